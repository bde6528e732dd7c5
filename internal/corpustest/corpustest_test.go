package corpustest

import (
	"path/filepath"
	"testing"
)

func TestFiles(t *testing.T) {
	files := Files(t, "*.md")
	if len(files) < 100 {
		t.Errorf("only %d corpus files in %s", len(files), Dir())
	}
	if filepath.Base(filepath.Dir(files[0])) != "corpus" {
		t.Errorf("files come from %s", filepath.Dir(files[0]))
	}
	if len(Largest(t)) < 10000 {
		t.Error("the largest file is small")
	}
	if n := len(Seeds(4)); n == 0 || n > len(files)/4+1 {
		t.Errorf("Seeds(4) gave %d of %d", n, len(files))
	}
}
