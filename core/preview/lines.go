package preview

import (
	"sort"
	"strings"
)

// lineIndex maps byte offsets of a text to 1-based line numbers.
type lineIndex struct{ starts []int }

func newLineIndex(s string) lineIndex {
	starts := make([]int, 1, strings.Count(s, "\n")+1)
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{starts}
}

// lineOf returns the line holding offset off.
func (x lineIndex) lineOf(off int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })
}

// start returns the offset where line n (1-based) starts.
func (x lineIndex) start(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(x.starts) {
		return x.starts[len(x.starts)-1]
	}
	return x.starts[n-1]
}
