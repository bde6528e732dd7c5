package learn

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/when"
)

func TestPathPattern(t *testing.T) {
	for _, c := range []struct {
		path string
		date when.When
		want string
	}{
		{"main/2018/CG-11-27.md", when.Date(2018, 11, 27), "main/YYYY/CG-MM-DD.md"},
		{"meetings/2019/2019-12-17.md", when.Date(2019, 12, 17), "meetings/YYYY/YYYY-MM-DD.md"},
		{"meetings_2019_2019-12-17.md", when.Date(2019, 12, 17), "meetings_YYYY_YYYY-MM-DD.md"},
		{"2021/DevelopersMeeting20211209Japan.md", when.Date(2021, 12, 9), "YYYY/DevelopersMeetingYYYYMMDDJapan.md"},
		{"minutes/2019.10.17.md", when.Date(2019, 10, 17), "minutes/YYYY.MM.DD.md"},
		{"_minutes/2023-09-11-2023-09-14-tpac-extra.md", when.Date(2023, 9, 11), "_minutes/YYYY-MM-DD-2023-09-14-tpac-extra.md"},
		{"archive/meeting-notes-2016.md", when.Date(2016, 12, 14), "archive/meeting-notes-YYYY.md"},
		{"meetings/2013-09/sept-19.md", when.Date(2013, 9, 19), "meetings/YYYY-MM/sept-19.md"},
	} {
		if got := pathPattern(c.path, c.date); got != c.want {
			t.Errorf("pathPattern(%q) = %q, want %q", c.path, got, c.want)
		}
	}
}

func TestStyleOf(t *testing.T) {
	for _, c := range []struct {
		text string
		date when.When
		want string
	}{
		{"2019.10.17", when.Date(2019, 10, 17), "YYYY.MM.DD"},
		{"2019-9-25", when.Date(2019, 9, 25), "YYYY-M-D"},
		{"2019-05-05", when.Date(2019, 5, 5), "YYYY-MM-DD"},
		{"19th July 2018", when.Date(2018, 7, 19), "Dth Month YYYY"},
		{"Sept 21 2020", when.Date(2020, 9, 21), "Mon DD YYYY"},
		{"December 14th, 2016", when.Date(2016, 12, 14), "Month Dth, YYYY"},
		{"05/06/2020", when.Date(2020, 6, 5), "DD/MM/YYYY"},
	} {
		if got := styleOf(c.text, c.date); got != c.want {
			t.Errorf("styleOf(%q) = %q, want %q", c.text, got, c.want)
		}
	}
	for style, want := range map[string]string{
		"YYYY-MM-DD": "%%date%%", "YYYY.MM.DD": "%%year%%.%%mm%%.%%dd%%", "YYYY-M-D": "%%year%%-%%month%%-%%day%%",
		"Month D, YYYY": "%%month_name%% %%day%%, %%year%%", "Month Dth, YYYY": "%%ordinal_date%%", "Mon DD YYYY": "%%date%%", "Dth Month YYYY": "%%date%%",
	} {
		if got := templateOf(style); got != want {
			t.Errorf("templateOf(%q) = %q, want %q", style, got, want)
		}
	}
}

func TestSplitPerson(t *testing.T) {
	for _, c := range []struct{ in, name, handle string }{
		{"Benjamin Gruenbaum @benjamingr", "Benjamin Gruenbaum", "@benjamingr"},
		{"min / simula / @minrk", "min", "@minrk"},
		{"Christian Bromann (@bromann)", "Christian Bromann", "@bromann"},
		{"Christian Bromann <@christian-bromann>", "Christian Bromann", "@christian-bromann"},
		{"@nornagon", "", "@nornagon"},
		{"Dan Middleton (Intel)", "Dan Middleton", ""},
		{"Team members: Niko", "Niko", ""},
		{"**name** / **institution** / **GitHub handle**", "", ""},
		{"Richard / Aalto / rkdarst", "Richard", ""},
	} {
		name, handle := splitPerson(c.in)
		if name != c.name || handle != c.handle {
			t.Errorf("splitPerson(%q) = %q, %q; want %q, %q", c.in, name, handle, c.name, c.handle)
		}
	}
}

// TestAliases: a handle written once, a typo away from one written
// often, is an alias; a name likewise is another spelling.
func TestAliases(t *testing.T) {
	var files []File
	for i, day := range []string{"2025-01-08", "2025-01-22", "2025-02-05"} {
		people := "- @stigtsp\n- @timlegge\n- Jeremiah Senkpiel\n"
		if i == 2 {
			people = "- @stigstp\n- @timlegge\n- Jeremiah Senkpeil\n"
		}
		files = append(files, File{Path: "meetings/" + day + ".md", Src: []byte("# Security sync " + day + "\n\n## Attendees\n\n" + people + "\n## Agenda\n\n- [ ] thing\n")})
	}
	r, err := Learn(files, Options{Repository: "o/n"})
	if err != nil {
		t.Fatal(err)
	}
	p := r.Profile
	if p.Aliases["@stigstp"] != "@stigtsp" {
		t.Errorf("aliases = %v", p.Aliases)
	}
	found := false
	for _, m := range p.Roster {
		if m.Name == "Jeremiah Senkpiel" && len(m.Aka) == 1 && m.Aka[0] == "Jeremiah Senkpeil" {
			found = true
		}
		if m.Handle == "@stigstp" || m.Name == "Jeremiah Senkpeil" {
			t.Errorf("a misspelling is on the roster: %+v", m)
		}
	}
	if !found {
		t.Errorf("roster %+v: no aka for the misspelt name", p.Roster)
	}
	if p.Meeting.CadenceDays != 14 || p.Site.Folder != "meetings" || p.Site.FileName != "YYYY-MM-DD.md" || !p.Format.Checkboxes || p.Group != "Security" {
		t.Errorf("cadence %d, folder %q, file %q, boxes %v, group %q", p.Meeting.CadenceDays, p.Site.Folder, p.Site.FileName, p.Format.Checkboxes, p.Group)
	}
	if body := p.Templates[0].Body; !strings.Contains(body, "# Security sync %%date%%\n") || !strings.Contains(body, "## Agenda\n\n- [ ] …\n") {
		t.Errorf("template:\n%s", body)
	}
}

// TestIndexLine: a README.md linking the minutes gives the index line.
func TestIndexLine(t *testing.T) {
	files := []File{
		{Path: "README.md", Src: []byte("# Minutes\n\n* [2025-01-08](2025-01-08.md)\n* [2025-01-22](2025-01-22.md)\n")},
		{Path: "2025-01-08.md", Src: []byte("# Sync 2025-01-08\n")},
		{Path: "2025-01-22.md", Src: []byte("# Sync 2025-01-22\n")},
	}
	r, err := Learn(files, Options{Folder: "meetings"})
	if err != nil {
		t.Fatal(err)
	}
	s := r.Profile.Site
	if s.IndexLine != "* [YYYY-MM-DD](YYYY-MM-DD.md)" || s.IndexFile != "meetings/README.md" || s.Folder != "meetings" {
		t.Errorf("index %q in %q, folder %q", s.IndexLine, s.IndexFile, s.Folder)
	}
	if _, err := Learn(files[:1], Options{}); err == nil {
		t.Error("no minutes: no error")
	}
}
