package agenda

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
	"golang.org/x/tools/txtar"
)

// FuzzNext checks, on any input the model reads, that Next does not fail
// or panic, that the agenda parses, that no checked item remains and that
// every open item's text remains (or was reported rewritten).
func FuzzNext(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range a.Files {
			if s.Name == "input" {
				f.Add(unescaper.Replace(string(s.Data)))
			}
		}
	}
	f.Add("- [x] a\n  - [ ] b\n- [ ] c\n- [ ] c\n")
	f.Add("## Attending\n\n- @a\n\n- Regrets @b\n\nNext meeting is 2025-01-08 @ 16:00 UTC\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := core.Parse([]byte(src))
		if err != nil {
			return
		}
		r, err := Next(d, WithDate(when.Date(2030, 1, 2)))
		if err != nil {
			t.Fatalf("Next: %v\n%q", err, src)
		}
		if _, err := core.Parse(r.Bytes()); err != nil {
			t.Fatalf("the agenda does not parse: %v", err)
		}
		have := map[string]bool{}
		for _, it := range r.Doc.Items() {
			if it.Box == core.Done {
				t.Errorf("line %d: checked item kept: %q", it.Line, it.Text)
			}
			have[normalize(it.Text)] = true
		}
		for _, it := range d.Items() {
			if it.Box == core.Open && !underChecked(it) && !have[normalize(it.Text)] && !editedItem(r, it) {
				t.Errorf("minutes line %d: open item lost: %q\ninput:\n%s\nagenda:\n%s", it.Line, it.Text, src, strings.TrimSpace(r.Doc.String()))
			}
		}
	})
}
