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

func TestName(t *testing.T) {
	for in, want := range map[string]string{
		"../shared/corpus/cpansec-minutes-2024-11-15@ff5825f.md": "cpansec-minutes-2024-11-15.md",
		"minutes-template@4c8a6a0.md":                            "minutes-template.md",
		"cpansec-minutes-2024-11-15.md":                          "cpansec-minutes-2024-11-15.md",
	} {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %q, want %q", in, got, want)
		}
	}
}
