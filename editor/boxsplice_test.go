package editor

import (
	"math/rand"
	"testing"
	"unicode/utf16"

	"github.com/cpansec/minutes/core"
)

// TestBoxSplices applies random changes to documents with a BOM, CR LF,
// lone CR, U+00A0 and astral characters: the splices, applied to the box's
// UTF-16 text as setRangeText does, give exactly what the box shows of the
// new document, and most changes are spliced in place.
func TestBoxSplices(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	pieces := []string{"a", "- [ ] @sjn x", "\r\n", "\n", "\u00a0", "é", "😀", "## H", " ", "\r"}
	for _, start := range []string{"", BOM + "---\r\nlayout: page\r\n---\r\n", "# T\n\n- a 😀\n"} {
		src, spliced := start+"x\n", 0
		for step := 0; step < 300; step++ {
			at := r.Intn(len(src) + 1)
			for at < len(src) && src[at]&0xC0 == 0x80 {
				at++
			}
			end := at
			for end < len(src) && r.Intn(3) == 0 {
				end++
				for end < len(src) && src[end]&0xC0 == 0x80 {
					end++
				}
			}
			c := core.Change{{Start: at, End: end, Text: pieces[r.Intn(len(pieces))]}}
			next := string(c.Apply([]byte(src)))
			if splices, after, ok := BoxSplices(src, c); ok {
				spliced++
				box := utf16.Encode([]rune(TextOf(src)))
				for i := len(splices) - 1; i >= 0; i-- {
					s := splices[i]
					box = append(box[:s.Start16:s.Start16], append(utf16.Encode([]rune(s.Text)), box[s.End16:]...)...)
				}
				if got := string(utf16.Decode(box)); got != TextOf(next) || after != TextOf(next) {
					t.Fatalf("step %d: box %q, after %q, want %q (change %+v of %q)", step, got, after, TextOf(next), c, src)
				}
			}
			src = next
		}
		if spliced < 200 {
			t.Errorf("only %d of 300 changes spliced in place", spliced)
		}
	}
	if _, _, ok := BoxSplices("a\r\nb", core.Change{{Start: 2, End: 2, Text: "x"}}); ok {
		t.Error("a splice between CR and LF")
	}
}
