package learn

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/internal/corpustest"
)

// readDir returns the Markdown files of a folder of testdata.
func readDir(t *testing.T, dir string) []File {
	t.Helper()
	names, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(names) == 0 {
		t.Fatalf("no files in %s", dir)
	}
	var files []File
	for _, n := range names {
		src, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Path: filepath.Base(n), Src: src})
	}
	return files
}

// TestSectionRulesLearned: in three meetings of a made-up group, Links is
// the same each time (standing), Agenda keeps its numbered skeleton with
// another topic (agenda), Action items carry an item (actions); the
// notes, different each time, and the attendees (people, cleared by their
// role) get no rule. From two of the files, nothing is learned.
func TestSectionRulesLearned(t *testing.T) {
	files := readDir(t, "testdata/rules")
	r, err := Learn(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []profile.SectionRule{{Title: "Links", Rule: profile.RuleStanding}, {Title: "Agenda", Rule: profile.RuleAgenda}, {Title: "Action items", Rule: profile.RuleActions}}
	if got := r.Profile.Format.SectionRules; !reflect.DeepEqual(got, want) {
		t.Errorf("rules %v, want %v", got, want)
	}
	if !strings.Contains(string(r.YAML()), "# section rules from 2 pairs of consecutive meetings: Links: standing, Agenda: agenda, Action items: actions\n") {
		t.Errorf("no note of the rules:\n%s", r.YAML())
	}
	two, err := Learn(files[:2], Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := two.Profile.Format.SectionRules; len(got) > 0 {
		t.Errorf("from two files: rules %v, want none", got)
	}
}

// TestSectionRulesCPANSec learns from the CPANSec corpus history. From
// all of it, no rule: its latest format (2026 compact) has two meetings,
// and the sections of older formats are not in the latest minutes. From
// its 2025 project-grouped minutes (January to June, 55 versions of ten
// meetings), the rules read by hand from those files: the pre-meeting
// socializing line is the same each time, the Agenda's project headings
// recur with other items, a topic's items ("Funding drive") are carried.
func TestSectionRulesCPANSec(t *testing.T) {
	var all, y2025 []File
	for _, n := range corpustest.Files(t, "*.md") {
		f := File{Path: filepath.Base(n), Src: corpustest.Read(t, n)}
		all = append(all, f)
		if b := filepath.Base(n); strings.HasPrefix(b, "cpansec-minutes-2025-0") {
			y2025 = append(y2025, f)
		}
	}
	r, err := Learn(all, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Profile.Format.SectionRules; len(got) > 0 {
		t.Errorf("from the whole history: rules %v, want none", got)
	}
	r, err = Learn(y2025, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := r.Profile.Format
	for title, rule := range map[string]string{"Pre-meeting socializing": profile.RuleStanding, "Agenda": profile.RuleAgenda, "Funding drive": profile.RuleActions, "Attendees": "", "Meeting start": ""} {
		if got := f.RuleOf(title); got != rule {
			t.Errorf("2025: %s: rule %q, want %q (all: %v)", title, got, rule, f.SectionRules)
		}
	}
}
