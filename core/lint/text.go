package lint

import (
	"strings"

	"github.com/cpansec/minutes/core"
)

// textLine is a line of Markdown the rules read: after the front matter,
// outside code and HTML blocks.
type textLine struct {
	// n is the 1-based line number; start the offset of its first byte.
	n, start int
	// text is the line without its line ending.
	text string
	// masked is text with code spans, link destinations, autolinks, HTML
	// tags and reference definitions' destinations blanked out byte for
	// byte, so that offsets stay the same.
	masked string
	// links are the [start, end) byte ranges of link and image texts.
	links [][2]int
}

// textLines returns the lines of d the rules read.
func textLines(d *core.Document) []textLine {
	src := d.Bytes()
	skip := verbatimSpans(d)
	var out []textLine
	// The spans are in document order and line starts only grow, so one
	// cursor finds each line's span: a search from the first span for
	// every line was quadratic (12 s for 512 KB of fences).
	k := 0
	for start := d.BodyStart; start < len(src); {
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		next := min(end+1, len(src))
		for k < len(skip) && skip[k].End <= start {
			k++
		}
		if k == len(skip) || !skip[k].Contains(start) {
			text := strings.TrimSuffix(string(src[start:end]), "\r")
			masked, links := mask(text)
			out = append(out, textLine{n: d.Line(start), start: start, text: text, masked: masked, links: links})
		}
		start = next
	}
	return out
}

// verbatimSpans returns the spans of blocks whose text is not Markdown
// prose: code blocks, HTML blocks and thematic breaks.
func verbatimSpans(d *core.Document) []core.Span {
	var out []core.Span
	var blocks func(bs []*core.Block)
	blocks = func(bs []*core.Block) {
		for _, b := range bs {
			switch b.Kind {
			case core.Code, core.HTML, core.Rule:
				out = append(out, b.Span)
			case core.List:
				for _, it := range b.Items {
					blocks(it.Blocks)
				}
			}
		}
	}
	d.Root.Walk(func(s *core.Section) bool {
		blocks(s.Blocks)
		return true
	})
	return out
}

// mask blanks the parts of a line that are not prose: code spans, link
// destinations and reference labels, autolinks and HTML tags, and the
// destination of a link reference definition. It returns the masked line
// and the ranges of link texts.
func mask(line string) (string, [][2]int) {
	b := []byte(line)
	var links [][2]int
	blank := func(i, j int) {
		for k := i; k < j; k++ {
			b[k] = ' '
		}
	}
	if i, ok := refDefinition(line); ok {
		blank(i, len(b))
		return string(b), nil
	}
	pairs := &bracketPairs{s: line}
	var tickScan closingRuns
	gtFrom, gtAt := -1, -1 // the first '>' at or after gtFrom is at gtAt (or none: -1)
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '`':
			n := run(line, i, '`')
			if j := tickScan.find(line, i+n, n); j >= 0 {
				blank(i, j+n)
				i = j + n - 1
			} else {
				i += n - 1
			}
		case '<':
			if i+1 < len(b) && (isLetter(b[i+1]) || strings.IndexByte("/!?", b[i+1]) >= 0) {
				if gtFrom < 0 || i < gtFrom || (gtAt >= 0 && i > gtAt) {
					gtFrom, gtAt = i, strings.IndexByte(line[i:], '>')
					if gtAt >= 0 {
						gtAt += i
					}
				}
				if j := gtAt - i; gtAt >= 0 && j > 0 {
					blank(i, i+j+1)
					i += j
				}
			}
		case '[':
			close := pairs.match(i, '[', ']')
			if close < 0 {
				continue
			}
			if close+1 < len(b) && (b[close+1] == '(' || b[close+1] == '[') {
				open, shut := b[close+1], byte(')')
				if open == '[' {
					shut = ']'
				}
				if end := pairs.match(close+1, open, shut); end >= 0 {
					links = append(links, [2]int{i + 1, close})
					blank(close+1, end+1)
					// The link text is prose: scan it as such.
					continue
				}
			}
		}
	}
	return string(b), links
}

// bracketPairs answers matching(s, i, open, close) for many i in one pass
// over s per kind of bracket, so that a line of "[" costs linear time.
type bracketPairs struct {
	s       string
	esc     []bool // s[k] is escaped by the backslash before it
	square  []int32
	round   []int32
	escDone bool
}

func (p *bracketPairs) match(i int, open, close byte) int {
	if len(p.s) < 256 {
		return matching(p.s, i, open, close)
	}
	if !p.escDone {
		p.escDone = true
		p.esc = make([]bool, len(p.s))
		for k := 0; k < len(p.s); k++ {
			if p.s[k] == '\\' && k+1 < len(p.s) {
				p.esc[k+1] = true
				k++
			}
		}
	}
	if p.esc[i] {
		// Scanned from a character the pass read as escaped: not the
		// same tokens, ask matching itself.
		return matching(p.s, i, open, close)
	}
	table := &p.square
	if open == '(' {
		table = &p.round
	}
	if *table == nil {
		*table = pairTable(p.s, p.esc, open, close)
	}
	return int((*table)[i])
}

// pairTable gives, for each unescaped open at k, the index of the close
// that matching finds for it, else -1.
func pairTable(s string, esc []bool, open, close byte) []int32 {
	t := make([]int32, len(s))
	var stack []int32
	for k := 0; k < len(s); k++ {
		t[k] = -1
		if esc[k] || s[k] == '\\' {
			continue
		}
		switch s[k] {
		case open:
			stack = append(stack, int32(k))
		case close:
			if len(stack) > 0 {
				t[stack[len(stack)-1]] = int32(k)
				stack = stack[:len(stack)-1]
			}
		}
	}
	return t
}

// closingRuns is closingRun with a memo: once no run of n backticks
// follows an offset, none follows a later one.
type closingRuns struct{ none map[int]int }

func (c *closingRuns) find(s string, i, n int) int {
	if from, ok := c.none[n]; ok && i >= from {
		return -1
	}
	j := closingRun(s, i, n)
	if j < 0 {
		if c.none == nil {
			c.none = map[int]int{}
		}
		c.none[n] = i
	}
	return j
}

// refDefinition reports whether line is a link reference definition
// ("[label]: URL") and where its destination starts.
func refDefinition(line string) (int, bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || !strings.HasPrefix(t, "[") {
		return 0, false
	}
	close := matching(t, 0, '[', ']')
	if close < 1 || close+1 >= len(t) || t[close+1] != ':' {
		return 0, false
	}
	return len(line) - len(t) + close + 2, true
}

// run returns how many c start at i.
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// closingRun returns where a run of exactly n backticks starts at or after
// i, or -1.
func closingRun(s string, i, n int) int {
	for i < len(s) {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			return -1
		}
		k := run(s, i+j, '`')
		if k == n {
			return i + j
		}
		i += j + k
	}
	return -1
}

// matching returns the index of the bracket closing the one at i, counting
// nested pairs and skipping escaped characters, or -1.
func matching(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
