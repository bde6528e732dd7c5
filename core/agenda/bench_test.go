package agenda

import (
	"github.com/cpansec/minutes/internal/corpustest"

	"path/filepath"
	"testing"
)

// BenchmarkNext makes the agenda of the largest real minutes (about 180
// items, two dozen checked).
func BenchmarkNext(b *testing.B) {
	corpus(b)
	d := parseFile(b, filepath.Join(corpustest.Dir(), "cpansec-minutes-2025-06-04@a5000c2.md"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Next(d); err != nil {
			b.Fatal(err)
		}
	}
}
