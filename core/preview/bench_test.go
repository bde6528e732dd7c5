package preview

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkRender renders 1, 10 and 100 copies of the largest corpus
// minutes in one go (issue 5: time must grow linearly).
func BenchmarkRender(b *testing.B) {
	big := string(largestCorpusFile(b))
	for _, n := range []int{1, 10, 100} {
		src := []byte(strings.Repeat(big+"\n", n))
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for i := 0; i < b.N; i++ {
				Render(src, WithNow(fixedNow))
			}
		})
	}
}

// BenchmarkIncrementalKeystroke types one character at a time into a
// section of 20 copies of the largest minutes: the per-keystroke cost of
// the live preview.
func BenchmarkIncrementalKeystroke(b *testing.B) {
	big := string(largestCorpusFile(b))
	doc := strings.Repeat(big+"\n", 20)
	at := strings.Index(doc, "Meeting chair") + len(doc)/2
	at = strings.Index(doc[at:], "Meeting chair") + at
	versions := [2]string{doc[:at] + "X" + doc[at:], doc}
	b.Run("string", func(b *testing.B) {
		r := NewRenderer(WithNow(fixedNow))
		r.UpdateString(doc)
		b.SetBytes(int64(len(doc)))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			r.UpdateString(versions[i%2])
		}
	})
	b.Run("bytes", func(b *testing.B) {
		r := NewRenderer(WithNow(fixedNow))
		r.Update([]byte(doc))
		vb := [2][]byte{[]byte(versions[0]), []byte(versions[1])}
		b.SetBytes(int64(len(doc)))
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			r.Update(vb[i%2])
		}
	})
}

// BenchmarkDivergences checks the largest minutes.
func BenchmarkDivergences(b *testing.B) {
	src := largestCorpusFile(b)
	for i := 0; i < b.N; i++ {
		Divergences(src)
	}
}
