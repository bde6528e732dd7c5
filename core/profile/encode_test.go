package profile

import (
	"reflect"
	"strings"
	"testing"
)

// TestYAMLRoundTrip writes profiles and reads them back: the same
// settings, for the built-in profile, the JSON test profile and one with
// every new setting and awkward strings.
func TestYAMLRoundTrip(t *testing.T) {
	odd := Default()
	odd.Name = "odd"
	odd.Site.Renderer = RendererGitHub
	odd.Site.FileName = "YYYY/CG-MM-DD.md"
	odd.Meeting.Time = "13:00 JST"
	odd.Meeting.Template = "learned"
	odd.Roster = append(odd.Roster, Member{Name: "Jack Huey", Aka: []string{"Jack Hueey"}}, Member{Name: "- dash: colon #hash"})
	odd.Format = Format{
		DateIn: []string{"file name", "body"}, DateStyle: "YYYY.MM.DD", FrontMatter: []string{"title", "tags"},
		ListMarker: "*", Checkboxes: true, Sections: []string{"# Meeting YYYY-MM-DD", "## Attendance", "## Agenda: [open]"},
		Roles:        Roles{Attendees: []string{"Council members", "Observers"}, Chair: []string{"Facilitator"}, Scribe: []string{"Minutes"}},
		SectionRules: []SectionRule{{"Links", RuleStanding}, {"Agenda: [open]", RuleAgenda}, {"true", RuleNotes}, {"Action Items", RuleActions}, {"# hash", RuleNotes}},
	}
	odd.Templates = []Template{
		{Name: "learned", Description: "Learned from 2 files", Body: "---\ntitle: \"x\"\n---\n\n# Meeting %%date%%\n\n  indented\n- [ ] …\n"},
		{Name: "nofinal", Body: "# No final line break"},
		{Name: "trailing", Body: "# Trailing blank lines\n\n\n"},
	}
	for _, p := range []*Profile{Default(), odd} {
		out := p.YAML()
		back, err := Load(out)
		if err != nil {
			t.Fatalf("%s: Load(YAML()) = %v\n%s", p.Name, err, out)
		}
		if !reflect.DeepEqual(back, p) {
			t.Errorf("%s: read back differs\n%s\ngot  %+v\nwant %+v", p.Name, out, back, p)
		}
	}
}

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"meetings", "meetings"},
		{"Council members", "Council members"},
		{"@sjn", `"@sjn"`},
		{"2019-10-17", `"2019-10-17"`},
		{"true", `"true"`},
		{"14", `"14"`},
		{"a: b", `"a: b"`},
		{"* [YYYY-MM-DD](x.md)", `"* [YYYY-MM-DD](x.md)"`},
		{"", `""`},
	} {
		if got := quote(c.in); got != c.want {
			t.Errorf("quote(%q) = %s, want %s", c.in, got, c.want)
		}
	}
	if got := flow([]string{"a, b", "c"}); got != `["a, b", c]` {
		t.Errorf("flow = %s", got)
	}
	if !strings.Contains(string(Default().YAML()), "file_name: cpansec-minutes-YYYY-MM-DD.md\n") {
		t.Error("file_name not written plain")
	}
}

func TestFilePattern(t *testing.T) {
	for _, c := range []struct {
		in string
		ok bool
	}{
		{"cpansec-minutes-YYYY-MM-DD.md", true},
		{"YYYY/CG-MM-DD.md", true},
		{"YYYY-MM/sept-DD.md", true},
		{"meeting-notes-YYYY.md", true},
		{"minutes/YYYY-MM-DD.md", false},
		{"../YYYY-MM-DD.md", false},
		{"notes.md", false},
		{"/YYYY.md", false},
	} {
		if got := isFilePattern(c.in); got != c.ok {
			t.Errorf("isFilePattern(%q) = %v", c.in, got)
		}
	}
}

// TestSectionRules: format.section_rules reads as a mapping in its order,
// is written back so, and RuleOf compares titles as written in headings.
func TestSectionRules(t *testing.T) {
	src := "name: g\nsite:\n  repository: o/r\n  file_name: m-YYYY-MM-DD.md\nformat:\n  section_rules:\n    Links: standing\n    Agenda items: agenda\n    \"Action Items\": actions\n    Meeting Notes: notes\n"
	p, err := Load([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []SectionRule{{"Links", RuleStanding}, {"Agenda items", RuleAgenda}, {"Action Items", RuleActions}, {"Meeting Notes", RuleNotes}}
	if !reflect.DeepEqual(p.Format.SectionRules, want) {
		t.Errorf("rules %v, want %v", p.Format.SectionRules, want)
	}
	if !strings.Contains(string(p.YAML()), "  section_rules:\n    Links: standing\n    Agenda items: agenda\n") {
		t.Errorf("YAML:\n%s", p.YAML())
	}
	for title, rule := range map[string]string{"links": RuleStanding, "**Agenda items:**": RuleAgenda, "action items": RuleActions, "Notes": ""} {
		if got := p.Format.RuleOf(title); got != rule {
			t.Errorf("RuleOf(%q) = %q, want %q", title, got, rule)
		}
	}
}
