package preview

import "strings"

// This file cuts the Markdown (after Liquid) into chunks for the
// incremental renderer. A chunk starts at a line beginning with "#" that
// follows a blank line: there kramdown's block state is reset (every
// paragraph, list, blockquote, table and indented code block ends at such a
// line, and an ATX heading needs nothing before it). Blocks that can go on
// past a blank line — fenced code, raw HTML, math, kramdown extensions,
// end-of-block markers — make the rest of the document one chunk, but for
// a fenced code block that provably ends where the scan says (SkipFence):
// chunks start again after it. The splitter keeps the candidates of the
// previous text and rescans only the lines around an edit.

// splitter remembers the line analysis of the previous text.
type splitter struct {
	text       string
	candidates []int // offsets of lines starting with "#" after a blank line
	crossings  []int // offsets of lines that may start a block crossing blank lines
	// same and tail are, after an incremental split, the lengths of the
	// text's unchanged beginning and end; oldLen the previous text's length.
	same, tail, oldLen int
	incremental        bool
}

// split returns the chunk starts of text.
func (sp *splitter) split(text string) []int {
	sp.oldLen, sp.incremental = len(sp.text), false
	if sp.text == "" || len(text) < 64 || len(sp.text) < 64 {
		sp.candidates, sp.crossings = scanLines(text, 0, len(text), nil, nil)
	} else {
		sp.update(text)
	}
	sp.text = text
	starts := []int{0}
	cands, cross := sp.candidates, sp.crossings
	from := 0
	for {
		limit := len(text)
		for len(cross) > 0 && cross[0] < from {
			cross = cross[1:]
		}
		if len(cross) > 0 {
			limit = cross[0]
		}
		for len(cands) > 0 && cands[0] < limit {
			if c := cands[0]; c > 0 && c >= from {
				starts = append(starts, c)
			}
			cands = cands[1:]
		}
		if len(cross) == 0 {
			return starts
		}
		next, ok := SkipFence(text, cross[0])
		if !ok {
			return starts
		}
		from = next
	}
}

// SkipFence reports where the fenced code block starting at off in text
// (Markdown after Liquid) ends — the start of the line after its closing
// fence — when kramdown surely parses it as that block: the opening line
// is at the margin after a blank line (or the text's start), so that it
// starts a block at the top level whatever came before (a list, a quote
// or a paragraph ends at such a line, as they do at a chunk's heading),
// and its closing line is there (kramdown-parser-gfm makes an unclosed
// fence a paragraph). Any other line that may cross blank lines gives
// false. A line in the block that looks like a heading or another
// crossing is then its text, nothing else.
func SkipFence(text string, off int) (int, bool) {
	line := text[off:lineEnd(text, off)]
	if line == "" || (line[0] != '`' && line[0] != '~') {
		return 0, false
	}
	if off > 0 && !isBlank(text[strings.LastIndexByte(text[:off-1], '\n')+1:off-1]) {
		return 0, false
	}
	fence, _, ok := fenceOpen(line)
	if !ok {
		return 0, false
	}
	last := fence[len(fence)-1]
	for at := lineEnd(text, off) + 1; at < len(text); {
		end := lineEnd(text, at)
		if t, ok := optSpace(text[at:end]); ok && strings.HasPrefix(t, fence) {
			r := t[len(fence):]
			for r != "" && r[0] == last {
				r = r[1:]
			}
			if isBlank(r) {
				return end + 1, true
			}
		}
		at = end + 1
	}
	return 0, false
}

// update rescans the lines of text that differ from the previous text,
// with one line of margin on each side, and shifts the rest.
func (sp *splitter) update(text string) {
	old := sp.text
	p, s := commonEnds(old, text)
	sp.same, sp.tail, sp.incremental = p, s, true
	delta := len(text) - len(old)
	// The window: from the start of the line holding the first change to
	// the end of the line after the one holding the last change.
	from := strings.LastIndexByte(text[:p], '\n') + 1
	if from > 0 {
		// Include the line before: a candidate's condition looks at it.
		from = strings.LastIndexByte(text[:from-1], '\n') + 1
	}
	to := lineEnd(text, len(text)-s)
	if to < len(text) {
		to = lineEnd(text, to+1)
	}
	oldTo := to - delta
	var cands, cross []int
	for _, c := range sp.candidates {
		if c >= from {
			break
		}
		cands = append(cands, c)
	}
	for _, c := range sp.crossings {
		if c >= from {
			break
		}
		cross = append(cross, c)
	}
	cands, cross = scanLines(text, from, to, cands, cross)
	for _, c := range sp.candidates {
		if c > oldTo {
			cands = append(cands, c+delta)
		}
	}
	for _, c := range sp.crossings {
		if c > oldTo {
			cross = append(cross, c+delta)
		}
	}
	sp.candidates, sp.crossings = cands, cross
}

// scanLines appends to cands and cross the candidates and crossing lines
// among the lines starting in text[from:to] (from is a line start).
func scanLines(text string, from, to int, cands, cross []int) ([]int, []int) {
	prevBlank := from == 0 || isBlank(text[strings.LastIndexByte(text[:from-1], '\n')+1:from-1])
	for off := from; off < to && off < len(text); {
		end := lineEnd(text, off)
		line := text[off:end]
		if mayCrossBlankLines(line) {
			cross = append(cross, off)
		}
		if prevBlank && off > 0 && line != "" && line[0] == '#' {
			cands = append(cands, off)
		}
		prevBlank = isBlank(line)
		off = end + 1
	}
	return cands, cross
}

// commonEnds returns the lengths of the common prefix and suffix of a and
// b, not overlapping.
func commonEnds(a, b string) (int, int) {
	n := min(len(a), len(b))
	p := 0
	for p+512 <= n && a[p:p+512] == b[p:p+512] {
		p += 512
	}
	for p < n && a[p] == b[p] {
		p++
	}
	s := 0
	for s+512 <= n-p && a[len(a)-s-512:len(a)-s] == b[len(b)-s-512:len(b)-s] {
		s += 512
	}
	for s < n-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	return p, s
}

func lineEnd(s string, at int) int {
	if at >= len(s) {
		return len(s)
	}
	if k := strings.IndexByte(s[at:], '\n'); k >= 0 {
		return at + k
	}
	return len(s)
}

// mayCrossBlankLines reports whether a line may start a block that goes on
// after a blank line.
func mayCrossBlankLines(line string) bool {
	t, ok := optSpace(line)
	if !ok || t == "" {
		return false
	}
	switch t[0] {
	case '`', '~':
		return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")
	case '<', '{', '^':
		return true
	case '$':
		return strings.HasPrefix(t, "$$")
	}
	return false
}
