package publish

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

var june18 = when.At(2025, time.June, 18, 16, 0)

func TestNames(t *testing.T) {
	p := profile.Default()
	for _, c := range []struct{ got, want string }{
		{FileName(p, june18), "cpansec-minutes-2025-06-18.md"},
		{Path(p, june18), "meetings/cpansec-minutes-2025-06-18.md"},
		{IndexLine(p, june18), "* [2025-06-18](cpansec-minutes-2025-06-18.md)"},
		{IndexEditURL(p), "https://github.com/CPAN-Security/security.metacpan.org/edit/main/meetings/README.md"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestDateFromFileName(t *testing.T) {
	p := profile.Default()
	tests := []struct{ in, want string }{
		{"cpansec-minutes-2025-06-18.md", "2025-06-18"},
		{"meetings/cpansec-minutes-2025-06-18.md", "2025-06-18"},
		{"../shared/corpus/cpansec-minutes-2024-11-15@ff5825f.md", "2024-11-15"}, // a copy's suffix
		{"cpansec-minutes-2025-06-18 (1).md", "2025-06-18"},
		{"cpansec-minutes-2025-06-18.old.md", "2025-06-18"},
		{"cpansec-minutes-2025-06-18x.md", ""},
		{"cpansec-minutes-2025-06-180.md", ""},
		{"cpansec-minutes-2025-06-18 (1).txt", ""},
		{`C:\Users\me\cpansec-minutes-2024-11-15.md`, "2024-11-15"},
		{"minutes-2025-06-18.md", ""},
		{"cpansec-minutes-2025-06-18.markdown", ""},
		{"cpansec-minutes-2025-6-18.md", ""},
		{"minutes-template@4c8a6a0.md", ""},
	}
	for _, tt := range tests {
		d, ok := DateFromFileName(p, tt.in)
		if ok != (tt.want != "") || d.String() != tt.want {
			t.Errorf("DateFromFileName(%q) = %s, %v; want %q", tt.in, d, ok, tt.want)
		}
	}
}

func TestNewFileURL(t *testing.T) {
	p := profile.Default()
	content := "---\nlayout: single\ntitle: A & B #1 + 100% ünïcode\n---\n\n- [ ] @sjn - item?x=1&y=2\n"
	link, complete := NewFileURL(p, june18, []byte(content))
	if !complete {
		t.Fatal("a short document did not fit")
	}
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	if u.Scheme != "https" || u.Host != "github.com" || u.Path != "/CPAN-Security/security.metacpan.org/new/main" {
		t.Errorf("link %s goes to the wrong page", link)
	}
	q := u.Query()
	if q.Get("filename") != "meetings/cpansec-minutes-2025-06-18.md" || q.Get("value") != content || len(q) != 2 {
		t.Errorf("query %v does not carry the file name and content", q)
	}
	if strings.ContainsAny(u.RawQuery, " \n#") {
		t.Errorf("query not escaped: %q", u.RawQuery)
	}
}

func TestNewFileURLTooLong(t *testing.T) {
	p := profile.Default()
	// Find the longest content that fits, then one byte more.
	fits := func(n int) bool {
		link, complete := NewFileURL(p, june18, []byte(strings.Repeat("a", n)))
		if len(link) > MaxURLLength {
			t.Fatalf("link of %d bytes exceeds MaxURLLength", len(link))
		}
		return complete
	}
	lo, hi := 0, MaxURLLength
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	link, _ := NewFileURL(p, june18, []byte(strings.Repeat("a", lo)))
	if len(link) != MaxURLLength {
		t.Errorf("the longest fitting link is %d bytes, want exactly %d", len(link), MaxURLLength)
	}
	link, complete := NewFileURL(p, june18, []byte(strings.Repeat("a", lo+1)))
	if complete || strings.Contains(link, "value=") || !strings.Contains(link, "filename=meetings%2Fcpansec-minutes-2025-06-18.md") {
		t.Errorf("too long: complete=%v link=%s", complete, link)
	}
	// Escaping counts: multi-byte text takes more room than its bytes.
	_, complete = NewFileURL(p, june18, []byte(strings.Repeat("ü", lo/2)))
	if complete {
		t.Error("escaped length not taken into account")
	}
}

func TestGroupByOwner(t *testing.T) {
	actions := []Action{
		{Owners: []string{"@sjn"}, Text: "organise the\n   meeting", Line: 3},
		{Text: "volunteers needed", Line: 4},
		{Owners: []string{"@robrwo"}, Text: "PAUSE rules", Line: 5},
		{Owners: []string{"@Tux"}, Text: "Test::CVE", Line: 6},
		{Owners: []string{"@rrwo"}, Text: "security policies", Line: 7},
		{Owners: []string{"@tux"}, Text: "checklist", Line: 8},
		{Owners: []string{"@newcomer"}, Text: "say hello", Line: 9},
		{Owners: []string{"@stigtsp", "@Tux", "@tux"}, Text: "Better tooling", Line: 10},
	}
	got := ActionsText(actions, profile.Default())
	want := `@newcomer (1)
- say hello (line 9)

@robrwo (2)
- PAUSE rules (line 5)
- security policies (line 7)

@sjn (1)
- organise the meeting (line 3)

@stigtsp (1)
- Better tooling (line 10)

@tux (3)
- Test::CVE (line 6)
- checklist (line 8)
- Better tooling (line 10)

No owner (1)
- volunteers needed (line 4)
`
	if got != want {
		t.Errorf("ActionsText =\n%s\nwant\n%s", got, want)
	}
	// Without a profile, aliases stay apart and case variants keep the first spelling.
	groups := GroupByOwner(actions, nil)
	var owners []string
	for _, g := range groups {
		owners = append(owners, g.Owner)
	}
	if strings.Join(owners, ",") != "@newcomer,@robrwo,@rrwo,@sjn,@stigtsp,@Tux," {
		t.Errorf("owners without profile = %q", owners)
	}
	if ActionsText(nil, nil) != "" {
		t.Error("no actions should give no text")
	}
}

// TestFilePatterns: other groups' patterns, with date folders, dots and
// eight digits, both ways.
func TestFilePatterns(t *testing.T) {
	tests := []struct {
		pattern, path, date, name string
	}{
		{"YYYY/CG-MM-DD.md", "main/2018/CG-11-27.md", "2018-11-27", "2018/CG-11-27.md"},
		{"YYYY/YYYY-MM-DD.md", "meetings/2019/2019-12-17.md", "2019-12-17", "2019/2019-12-17.md"},
		{"YYYY/YYYY-MM-DD.md", "meetings/2019/2020-12-17.md", "", "2019/2019-12-17.md"},
		{"YYYY/DevelopersMeetingYYYYMMDDJapan.md", "2021/DevelopersMeeting20211209Japan.md", "2021-12-09", "2021/DevelopersMeeting20211209Japan.md"},
		{"YYYY.MM.DD.md", "minutes/2019.10.17.md", "2019-10-17", "2019.10.17.md"},
		{"YYYY-MM-DD-wecg.md", "_minutes/2022-02-17-wecg.md", "2022-02-17", "2022-02-17-wecg.md"},
		{"YYYY-MM-DD-wecg.md", "_minutes/2022-02-17.md", "", "2022-02-17-wecg.md"},
		{"meeting-notes-YYYY.md", "archive/meeting-notes-2016.md", "", "meeting-notes-2016.md"},
		{"YYYY-MM-DD.md", "2019-9-25.md", "", "2019-09-25.md"},
		{"YYYY-MM-DD.md", "2019-02-30.md", "", "2019-02-30.md"},
	}
	for _, tt := range tests {
		p := profile.Default()
		p.Site.FileName = tt.pattern
		d, ok := DateFromFileName(p, tt.path)
		if ok != (tt.date != "") || ok && d.String() != tt.date {
			t.Errorf("%s: DateFromFileName(%q) = %s, %v; want %q", tt.pattern, tt.path, d, ok, tt.date)
		}
		if ok && FileName(p, d) != tt.name {
			t.Errorf("%s: FileName(%s) = %q, want %q", tt.pattern, d, FileName(p, d), tt.name)
		}
	}
}
