package core

import (
	"bytes"
	"sort"
	"unicode/utf8"
)

// lineIndex maps byte offsets of a source to 1-based lines and columns.
type lineIndex struct {
	src    []byte
	starts []int // starts[i] is the offset of line i+1
}

func newLineIndex(src []byte) lineIndex {
	starts := make([]int, 1, 1+bytes.Count(src, []byte{'\n'}))
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{src: src, starts: starts}
}

// line returns the 1-based line holding offset off.
func (l lineIndex) line(off int) int {
	return sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off })
}

// column returns the 1-based column of off in characters (runes).
func (l lineIndex) column(off int) int {
	start := l.starts[l.line(off)-1]
	if off > len(l.src) {
		off = len(l.src)
	}
	return 1 + utf8.RuneCount(l.src[start:off])
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(src []byte, off int) int {
	if off > len(src) {
		off = len(src)
	}
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// lineEnd returns the offset just past the line ending of the line holding
// off (or len(src) on the last line without one).
func lineEnd(src []byte, off int) int {
	i := bytes.IndexByte(src[off:], '\n')
	if i < 0 {
		return len(src)
	}
	return off + i + 1
}

// contentEnd returns the offset of the end of the text of the line holding
// off, before its "\n" or "\r\n".
func contentEnd(src []byte, off int) int {
	e := lineEnd(src, off)
	if e > off && e > 0 && src[e-1] == '\n' {
		e--
		if e > off && src[e-1] == '\r' {
			e--
		}
	}
	return e
}

// isBlank reports whether src[start:end] holds only spaces, tabs and line
// endings.
func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// trimBlankLines moves end back over whole blank lines of the normalised
// source, never before start; the result is at a line start (or start).
func trimBlankLines(norm []byte, start, end int) int {
	for end > start {
		ls := lineStart(norm, end-1)
		if ls < start || !isBlank(norm[ls:end]) {
			break
		}
		end = ls
	}
	return end
}

// LineEnding is a document's line ending, "\r\n" or "\n": the one its
// first line ends with. It is the one rule for the line breaks an edit
// writes, whether the edit comes from the model or from a text box.
func LineEnding[S ~string | ~[]byte](src S) string {
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			if i > 0 && src[i-1] == '\r' {
				return "\r\n"
			}
			return "\n"
		}
	}
	return "\n"
}

// columns returns the width of leading indentation b in columns, with tabs
// to the next multiple of 4 and U+00A0 counted as one column.
func columns(b []byte) int {
	n := 0
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\t':
			n += 4 - n%4
		case b[i] == 0xC2 && i+1 < len(b) && b[i+1] == 0xA0:
			n++
			i++
		default:
			n++
		}
	}
	return n
}
