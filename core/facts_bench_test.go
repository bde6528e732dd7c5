package core

import (
	"fmt"
	"testing"
)

func BenchmarkFacts(b *testing.B) {
	for _, n := range []int{1, 20} {
		src := concat(largestCorpusFile(b), n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			d, _ := Parse(src)
			for b.Loop() {
				d.facts = nil
				d.Facts()
			}
		})
	}
}
