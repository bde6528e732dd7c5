package agenda

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
	"github.com/cpansec/minutes/internal/corpustest"
)

// TestOtherGroupsNext makes the next agenda of every corpus-others file
// with the generic profile and with the profile learned from its group's
// folder, and checks the rule's promises on it (problems: roles cleared,
// dates moved, open items kept, lines untouched byte for byte, no
// approval line for groups that approve none), and that the open items of
// an action-item section are carried and its done ones dropped.
func TestOtherGroupsNext(t *testing.T) {
	files := corpustest.Files(t, "../corpus-others/*/*.md")
	if len(files) != 26 {
		t.Fatalf("want the 26 files of corpus-others, found %d", len(files))
	}
	learned := map[string]*profile.Profile{}
	for _, file := range files {
		dir := filepath.Dir(file)
		if learned[dir] == nil {
			names, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			var fs []learn.File
			for _, n := range names {
				fs = append(fs, learn.File{Path: filepath.Base(n), Src: corpustest.Read(t, n)})
			}
			r, err := learn.Learn(fs, learn.Options{})
			if err != nil {
				t.Fatalf("%s: %v", dir, err)
			}
			learned[dir] = r.Profile
		}
		for _, p := range []struct {
			name string
			p    *profile.Profile
		}{{"generic", profile.Generic()}, {"learned", learned[dir]}} {
			t.Run(filepath.Base(dir)+"/"+filepath.Base(file)+"/"+p.name, func(t *testing.T) {
				src, err := os.ReadFile(file)
				if err != nil {
					t.Fatal(err)
				}
				d, err := core.Parse(src, core.WithName(filepath.Base(file)))
				if err != nil {
					t.Fatal(err)
				}
				r, err := Next(d, WithProfile(p.p))
				if err != nil {
					t.Fatal(err)
				}
				for _, pr := range problems(d, r, p.p) {
					if d.Facts().IsLog() && strings.Contains(pr, "still states") {
						continue // a log of meetings: the other meetings keep their dates
					}
					t.Error(pr)
				}
				out := r.Doc.String()
				for _, s := range d.Sections() {
					if !isActionTitle(s.Title) || hasBoxes(d) {
						continue
					}
					for _, b := range s.Blocks {
						for _, it := range b.Items {
							if kept := strings.Contains(out, firstLine(it.Text)); kept == isDone(it.Text) {
								t.Errorf("line %d: action item %q kept %v, done %v", it.Line, it.Text, kept, isDone(it.Text))
							}
						}
					}
				}
			})
		}
	}
}
