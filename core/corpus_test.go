package core

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the group's real minutes, beside the repository.
const corpusDir = "../../shared/corpus"

// corpus returns the paths of the real minutes. It fails the test when the
// corpus is missing and CI is set, and skips it otherwise.
func corpus(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("corpus missing: no *.md in %s (CI is set, so this is a failure)", corpusDir)
		}
		t.Skipf("corpus missing in %s", corpusDir)
	}
	return files
}

func readCorpus(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCorpusRoundTrip(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src := readCorpus(t, path)
			d, err := Parse(src, WithName(filepath.Base(path)))
			if err != nil {
				t.Fatal(err)
			}
			if got := d.Bytes(); string(got) != string(src) {
				t.Fatalf("round trip differs")
			}
			checkSpans(t, d)
		})
	}
}

func TestDumpCorpusFile(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" {
		t.Skip("set DUMP=file to print its model")
	}
	d, err := Parse(readCorpus(t, f))
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + dump(d))
}
