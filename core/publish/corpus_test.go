package publish

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/internal/corpustest"
)

// TestCorpusFileNames checks that every minutes file of the corpus follows
// the profile's file name pattern and that no template does.
func TestCorpusFileNames(t *testing.T) {
	files := corpustest.Files(t, "*.md")
	p := profile.Default()
	for _, f := range files {
		d, ok := DateFromFileName(p, f)
		isMinutes := strings.HasPrefix(filepath.Base(f), "cpansec-minutes-")
		if ok != isMinutes {
			t.Errorf("DateFromFileName(%s) = %s, %v", filepath.Base(f), d, ok)
		}
		if ok && !strings.HasPrefix(filepath.Base(f), strings.TrimSuffix(FileName(p, d), ".md")+"@") {
			t.Errorf("%s: FileName gives %s", filepath.Base(f), FileName(p, d))
		}
	}
}
