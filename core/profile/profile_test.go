package profile

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/when"
)

func TestBuiltin(t *testing.T) {
	if got := Names(); len(got) != 1 || got[0] != "cpansec" {
		t.Errorf("Names() = %v", got)
	}
	p := Default()
	checks := []struct{ name, got, want string }{
		{"repository", p.Site.Repository, "CPAN-Security/security.metacpan.org"},
		{"owner", p.Owner(), "CPAN-Security"},
		{"repo", p.RepoName(), "security.metacpan.org"},
		{"branch", p.Site.Branch, "main"},
		{"folder", p.Site.Folder, "meetings"},
		{"file name", p.Site.FileName, "cpansec-minutes-YYYY-MM-DD.md"},
		{"index file", p.Site.IndexFile, "meetings/README.md"},
		{"index line", p.Site.IndexLine, "* [YYYY-MM-DD](cpansec-minutes-YYYY-MM-DD.md)"},
		{"clock", p.Clock().String(), "16:00 UTC"},
		{"template", p.Meeting.Template, "2026-compact"},
		{"group", p.Group, "CPANSec"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	if p.Meeting.CadenceDays != 14 {
		t.Errorf("cadence = %d, want 14", p.Meeting.CadenceDays)
	}
	active := p.ActiveBoards()
	if len(active) != 9 || active[0].Name != "Security Patch Tooling" || len(p.Boards) != 11 {
		t.Errorf("boards: %d active (first %q) of %d", len(active), active[0].Name, len(p.Boards))
	}
	if _, err := Builtin("nosuch"); err == nil || !strings.Contains(err.Error(), "cpansec") {
		t.Errorf("Builtin(nosuch) error = %v", err)
	}
}

func TestCopiesAreIndependent(t *testing.T) {
	a, b := Default(), Default()
	if err := a.Add("@newcomer"); err != nil {
		t.Fatal(err)
	}
	if !a.Known("@newcomer") || b.Known("@newcomer") || Default().Known("@newcomer") {
		t.Error("a name added to one profile leaked into another")
	}
}

func TestKnownAndCanonical(t *testing.T) {
	p := Default()
	for _, h := range []string{"@sjn", "sjn", "@Tux", "@tux", "@BooK", "@gdt", "@all", "@thibaultduponchelle", "@robrwo", "@stigtsp"} {
		if !p.Known(h) {
			t.Errorf("Known(%q) = false", h)
		}
	}
	// Misspellings, CPAN ids and template words are not on the roster.
	for _, h := range []string{"@stigsp", "@stigstp", "@stiptsp", "@robwo", "@rrwo", "@FIXME", "@names", "@svn", "@tinita", "@nobody", "", "@"} {
		if p.Known(h) {
			t.Errorf("Known(%q) = true", h)
		}
	}
	canon := map[string]string{"@Tux": "@tux", "@rrwo": "@robrwo", "@tib": "@thibaultduponchelle", "@ingy": "@ingydotnet", "@TINITA": "@perlpunk"}
	for in, want := range canon {
		if got, ok := p.Canonical(in); !ok || got != want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if _, ok := p.Canonical("@nobody"); ok {
		t.Error("Canonical(@nobody) ok")
	}
	if m, ok := p.Member("@rrwo"); !ok || m.Name != "Robert Rothenberg" {
		t.Errorf("Member(@rrwo) = %+v, %v", m, ok)
	}
	if !p.IsPlaceholder("@fixme") || p.IsPlaceholder("@sjn") {
		t.Error("IsPlaceholder")
	}
}

func TestSuggest(t *testing.T) {
	p := Default()
	tests := []struct{ in, want string }{
		{"@stigstp", "@stigtsp"}, // swapped letters
		{"@stigsp", "@stigtsp"},
		{"@stiptsp", "@stigtsp"},
		{"@robwo", "@robrwo"},
		{"@rrwo", "@robrwo"},
		{"@timlege", "@timlegge"}, // not an alias: found by distance
		{"@oaldres", "@oalders"},  // swap
		{"@thibaultduponchel", "@thibaultduponchelle"},
		{"@Leon", "@leont"}, // short name, one insertion
		{"@someone", ""},
		{"@sjn", ""},   // known
		{"@FIXME", ""}, // placeholder
		{"@zz", ""},
	}
	for _, tt := range tests {
		got, ok := p.Suggest(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Suggest(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	if err := p.Add("@stigstp"); err != nil {
		t.Fatal(err)
	}
	if got, ok := p.Suggest("@stigstp"); ok {
		t.Errorf("after Add, Suggest(@stigstp) = %q", got)
	}
	if err := p.Add("not a handle"); err == nil {
		t.Error("Add accepted a bad handle")
	}
	if hs := p.Handles(); hs[len(hs)-1] != "@stigstp" || hs[0] != "@sjn" {
		t.Errorf("Handles() = %v", hs)
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		d    int
	}{
		{"", "", 0}, {"abc", "abc", 0}, {"", "abc", 3}, {"stigstp", "stigtsp", 1},
		{"robwo", "robrwo", 1}, {"rrwo", "robrwo", 2}, {"ca", "abc", 3}, {"tüx", "tux", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.d {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
		if got := distance(tt.b, tt.a); got != tt.d {
			t.Errorf("distance(%q, %q) = %d, want %d (symmetry)", tt.b, tt.a, got, tt.d)
		}
	}
}

func TestFindBoard(t *testing.T) {
	p := Default()
	for _, name := range []string{
		"Security Patch Tooling", "CPAN Security Patch Tooling", "cpan security patch tooling",
		"https://github.com/orgs/CPAN-Security/projects/11", "https://github.com/orgs/CPAN-Security/projects/11/views/2",
	} {
		if b, ok := p.FindBoard(name); !ok || b.Name != "Security Patch Tooling" {
			t.Errorf("FindBoard(%q) = %+v, %v", name, b, ok)
		}
	}
	if b, ok := p.FindBoard("CPAN Rich Metadata & Dependencies"); !ok || !b.Retired {
		t.Errorf("retired board: %+v, %v", b, ok)
	}
	if _, ok := p.FindBoard("Quick summary of current work"); ok {
		t.Error("FindBoard found a board for a section title")
	}
}

func TestLoadOtherGroup(t *testing.T) {
	data, err := os.ReadFile("testdata/perl-toolchain.json")
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if p.Site.Branch != "main" || p.Site.Folder != "notes" || p.Clock() != (when.Clock{Hour: 18, Minute: 30, Zone: "UTC"}) || p.Meeting.CadenceDays != 7 {
		t.Errorf("defaults and normalisation: %+v %+v", p.Site, p.Meeting)
	}
	if got, _ := p.Suggest("@bobby"); got != "@bob" {
		t.Errorf("Suggest(@bobby) = %q", got)
	}
	if p.Known("@sjn") {
		t.Error("another group's profile knows @sjn")
	}
}

func TestLoadErrors(t *testing.T) {
	good := "name: g\nsite:\n  repository: o/r\n  file_name: m-YYYY-MM-DD.md\nmeeting:\n  time: \"16:00 UTC\"\nroster:\n  - handle: \"@a\"\n"
	tests := []struct {
		name, data, msg string
		line            int
	}{
		{"syntax", "name: [unclosed\n", "invalid profile", 1},
		{"unknown key", good + "colour: blue\n", "colour", 9},
		{"no name", strings.Replace(good, "name: g", "group: g", 1), "needs a name", 1},
		{"repository", strings.Replace(good, "o/r", "just-a-name", 1), "OWNER/NAME", 3},
		{"file name", strings.Replace(good, "m-YYYY-MM-DD.md", "minutes.md", 1), "YYYY-MM-DD", 4},
		{"time", strings.Replace(good, "16:00 UTC", "teatime", 1), "meeting.time", 6},
		{"handle", strings.Replace(good, `"@a"`, `"a b"`, 1), "roster handle", 8},
		{"duplicate", good + "  - handle: \"@A\"\n", "twice", 9},
		{"alias target", good + "aliases:\n  \"@b\": \"@c\"\n", "not on the roster", 10},
		{"alias on roster", good + "aliases:\n  \"@a\": \"@a\"\n", "is on the roster", 10},
		{"cadence", strings.Replace(good, "meeting:\n", "meeting:\n  cadence_days: -3\n", 1), "cadence_days", 6},
		{"unknown nested key", strings.Replace(good, "site:\n", "site:\n  colour: blue\n", 1), `unknown key "colour" in site`, 3},
		{"unknown board key", good + "boards:\n  - name: B\n    link: https://x\n", `unknown key "link" in a board`, 11},
		{"number expected", strings.Replace(good, "meeting:\n", "meeting:\n  cadence_days: fortnight\n", 1), `should be a whole number, not "fortnight"`, 6},
		{"quoted number", strings.Replace(good, "meeting:\n", "meeting:\n  cadence_days: \"14\"\n", 1), "whole number", 6},
		{"mapping expected", strings.Replace(good, "meeting:\n  time: \"16:00 UTC\"\n", "meeting: weekly\n", 1), "meeting should be a mapping", 5},
		{"list expected", good + "groups: \"@all\"\n", "should be a list", 9},
		{"text expected", good + "group: [a, b]\n", "should be text", 9},
		{"bool expected", good + "boards:\n  - name: B\n    url: https://x\n    retired: maybe\n", "true or false", 12},
		{"aliases not a mapping", good + "aliases: [\"@a\"]\n", "aliases should be a mapping", 9},
		{"duplicate key", good + "name: h\n", `mapping key "name" already defined at line 1`, 9},
		{"section rule", good + "format:\n  section_rules:\n    Links: standing\n    Agenda: keep\n", `format.section_rules: Agenda: rule "keep": want standing, agenda, actions, notes`, 12},
		{"section rule twice", good + "format:\n  section_rules:\n    Links: standing\n    \"**links:**\": notes\n", `"**links:**" is given a rule twice`, 12},
		{"section rules not a mapping", good + "format:\n  section_rules: [Links]\n", "format.section_rules should be a mapping", 10},
		{"section rule not text", good + "format:\n  section_rules:\n    Links: [standing]\n", "should be text", 11},
		{"json syntax", `{"name": "g",}` + "\n{", "invalid profile", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load([]byte(tt.data))
			var pe *Error
			if !errors.As(err, &pe) {
				t.Fatalf("Load error = %v, want an *Error", err)
			}
			if !strings.Contains(pe.Msg, tt.msg) || pe.Line != tt.line {
				t.Errorf("Load error = %q at line %d, want %q at line %d", pe.Msg, pe.Line, tt.msg, tt.line)
			}
		})
	}
	if _, err := Load([]byte(good)); err != nil {
		t.Errorf("the good profile: %v", err)
	}
}
