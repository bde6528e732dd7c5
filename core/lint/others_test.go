package lint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/internal/corpustest"
)

// cpansecOnly are the rules that rest on CPANSec's habits (its site's
// front matter, its roster, its meeting_time field, its next-meeting
// line) and the words of CPANSec's findings: another group's file must
// get none of them from the generic profile or from the profile learned
// from its own folder.
var (
	cpansecRules = []string{"front-matter-missing", "meeting-time", "unknown-handle", "next-meeting"}
	cpansecWords = []string{"cpansec", "layout: single", "usual cadence", "to be approved", "@ferki", "@neilb", "16:00 utc"}
)

// TestOtherGroupsNoCPANSecFindings lints every corpus-others file with
// profile.Generic() and with the profile learned from its group's files.
func TestOtherGroupsNoCPANSecFindings(t *testing.T) {
	groups, _ := filepath.Glob(filepath.Join(corpustest.OthersDir(), "*"))
	var dirs []string
	for _, g := range groups {
		if fi, err := os.Stat(g); err == nil && fi.IsDir() {
			dirs = append(dirs, g)
		}
	}
	if len(dirs) != 13 {
		corpustest.Files(t, "../corpus-others/*/*.md") // fails under CI, skips otherwise
		t.Fatalf("want the 13 groups of %s, found %d", corpustest.OthersDir(), len(dirs))
	}
	checked := 0
	for _, dir := range dirs {
		names, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		var files []learn.File
		for _, n := range names {
			files = append(files, learn.File{Path: filepath.Base(n), Src: corpustest.Read(t, n)})
		}
		learned, err := learn.Learn(files, learn.Options{})
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		for _, f := range files {
			d, err := core.Parse(f.Src, core.WithName(f.Path))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range []struct {
				name string
				p    *profile.Profile
			}{{"generic", profile.Generic()}, {"learned", learned.Profile}} {
				for _, fd := range lint.Check(d, lint.WithProfile(p.p)) {
					where := filepath.Base(dir) + "/" + f.Path
					for _, r := range cpansecRules {
						if fd.Rule == r {
							t.Errorf("%s, %s profile: line %d: CPANSec-only rule %s: %s", where, p.name, fd.Line, fd.Rule, fd.Message)
						}
					}
					for _, w := range cpansecWords {
						if strings.Contains(strings.ToLower(fd.Message+" "+fd.Suggestion), w) {
							t.Errorf("%s, %s profile: line %d: %s: CPANSec's %q in %q", where, p.name, fd.Line, fd.Rule, w, fd.Message)
						}
					}
				}
			}
			checked++
		}
	}
	if checked != 26 {
		t.Errorf("linted %d files, want 26", checked)
	}
}
