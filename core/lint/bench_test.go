package lint

import (
	"github.com/cpansec/minutes/internal/corpustest"

	"fmt"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
)

// BenchmarkCheckCorpusFile lints a long real minutes file (2025-06-04,
// 260 lines): the cost of linting on every keystroke in the editor.
func BenchmarkCheckCorpusFile(b *testing.B) {
	files := corpustest.Files(b, "cpansec-minutes-2025-06-04@*.md")
	d := parseFile(b, files[0])
	for b.Loop() {
		Check(d)
	}
}

// defects is a block of lines with one of each defect the rules look at,
// repeated to make large inputs.
const defects = "- []\u00a0@stigstp - see https://example.org/x FIXME\n" +
	"-\u2003@a, @a, @a, @a, @a\n" +
	"## 16:00 UTC –\u00a0Heading Friday 2024-11-28\n" +
	"- Regrets: @sjn, @tux\n- Attending: @sjn, @tux\n- \n- …\n- same\n- same\n"

// BenchmarkCheckLarge lints 1 MB and 4 MB of defects; the time per byte
// should stay the same (every rule is linear).
func BenchmarkCheckLarge(b *testing.B) {
	for _, mb := range []int{1, 4} {
		src := "---\nmeeting_time: 2024-11-15 16:00 UTC\n---\n" + strings.Repeat(defects, mb<<20/len(defects))
		d, err := core.Parse([]byte(src))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Check(d)
			}
		})
	}
}

// BenchmarkCheckLongLine lints one 1 MB line of handles and names, the
// worst case for finding each mention's place.
func BenchmarkCheckLongLine(b *testing.B) {
	src := "- Regrets: " + strings.Repeat("@stigstp, @sjn, ", 1<<16) + "\n- Attending: @sjn\n"
	d, err := core.Parse([]byte(src))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Check(d)
	}
}
