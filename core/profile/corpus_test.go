package profile

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// mention is an @handle in running text (not inside an e-mail address or a
// URL path).
var mention = regexp.MustCompile(`(?:^|[^A-Za-z0-9_./-])(@[A-Za-z0-9_][A-Za-z0-9_-]*)`)

// TestCorpusHandles checks every @handle in the group's minutes: each is on
// the roster, a group, a placeholder, or an alias whose suggestion is the
// handle meant; and every roster handle is used somewhere.
func TestCorpusHandles(t *testing.T) {
	files := corpustest.Files(t, "*.md")
	p := Default()
	used := map[string]bool{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range mention.FindAllStringSubmatch(string(src), -1) {
			h := m[1]
			used[norm(h)] = true
			switch {
			case p.Known(h), p.IsPlaceholder(h):
			default:
				c, ok := p.Canonical(h)
				if !ok {
					t.Errorf("%s: %s is neither on the roster nor an alias", filepath.Base(f), h)
				} else if s, _ := p.Suggest(h); s != c {
					t.Errorf("Suggest(%s) = %q, want %q", h, s, c)
				}
			}
		}
	}
	for _, h := range p.Handles() {
		if !used[norm(h)] {
			t.Errorf("roster handle %s never appears in the minutes", h)
		}
	}
	for from := range p.Aliases {
		// @robwo is in the group's history (PRODUCT.md) but not in this corpus.
		if !used[norm(from)] && from != "@robwo" {
			t.Errorf("alias %s never appears in the minutes", from)
		}
	}
}
