package core

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// corpus returns the paths of the real minutes (see internal/corpustest).
func corpus(t testing.TB) []string { return corpustest.Files(t, "*.md") }

func readCorpus(t testing.TB, path string) []byte { return corpustest.Read(t, path) }

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
