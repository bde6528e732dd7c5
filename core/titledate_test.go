package core

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// TestTitleAndDateAsFacts checks, on every real file of every group, that
// TitleAndDate gives Facts' title and date, and that Facts made after it
// (from its partial facts) equals Facts made at once.
func TestTitleAndDateAsFacts(t *testing.T) {
	paths := corpustest.Files(t, "*.md")
	others, _ := filepath.Glob(filepath.Join(corpustest.OthersDir(), "*", "*.md"))
	for _, p := range append(paths, others...) {
		src := corpustest.Read(t, p)
		first, err := Parse(src, WithName(filepath.Base(p)))
		if err != nil {
			t.Fatal(err)
		}
		title, w := first.TitleAndDate()
		after := first.Facts()
		fresh, _ := Parse(src, WithName(filepath.Base(p)))
		want := fresh.Facts()
		if title != want.Title || w != want.When {
			t.Errorf("%s: TitleAndDate %q %v, Facts %q %v", p, title, w, want.Title, want.When)
		}
		if !reflect.DeepEqual(after, want) {
			t.Errorf("%s: Facts after TitleAndDate differ from Facts at once", p)
		}
	}
}
