package preview

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kdLinkParser is goldmark's link parser with a guard that keeps "](" linear.
//
// For "](", goldmark scans the destination to where it ends (a space, an
// unbalanced ")" or the end of the line) before it sees whether a ")" or a
// title follows; when neither does, the link fails and the next "](" scans
// the same text again: "[a](" repeated is quadratic. On a long line the
// guard works out, from tables built in one pass over the line, whether
// goldmark's parse of the destination would fail, and if so lets the link
// parser see no "(" at all: goldmark then takes the same failure path
// (a shortcut reference or text) without the scan. Whenever the outcome is
// not certain, goldmark parses as usual.
type kdLinkParser struct{ inner parser.InlineParser }

// linkGuardMin is the line length from which the guard is used: below
// it, a scan costs at most this much per "](".
var linkGuardMin = 512

func (p kdLinkParser) Trigger() []byte { return p.inner.Trigger() }

func (p kdLinkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	if len(line) > linkGuardMin && len(line) > 2 && line[0] == ']' && line[1] == '(' && seg.Padding == 0 &&
		linkFails(block, pc, seg) {
		return p.inner.Parse(parent, &noParenReader{Reader: block, at: seg.Start + 1}, pc)
	}
	return p.inner.Parse(parent, block, pc)
}

func (p kdLinkParser) CloseBlock(parent ast.Node, block text.Reader, pc parser.Context) {
	if cb, ok := p.inner.(parser.CloseBlocker); ok {
		cb.CloseBlock(parent, block, pc)
	}
}

// noParenReader hides the "(" at source offset at from the link parser.
type noParenReader struct {
	text.Reader
	at int
}

func (r *noParenReader) Peek() byte {
	c := r.Reader.Peek()
	if _, pos := r.Reader.Position(); c == '(' && pos.Start == r.at && pos.Padding == 0 {
		return 0
	}
	return c
}

// linkGuard holds, for the line being parsed from offset base to stop,
// where goldmark's scan of a link destination starting at each offset
// stops, and memos of the scans that follow it.
type linkGuard struct {
	base, stop int
	esc        []bool       // the byte is the second of a backslash escape
	destEnd    []int32      // where a destination starting here ends (relative)
	gt         []int32      // the first unescaped ">" at or after here, or -1 (built on demand)
	next       int          // the first non-space after the line; -1 none, -2 not certain, 0 not known
	title      map[int]bool // whether a title at this offset is followed by ")"
}

var linkGuardKey = parser.NewContextKey()

// linkFails reports whether goldmark's link parser, at the "](" that
// starts seg, would fail to parse "(destination title)" there. False means
// not certain.
func linkFails(block text.Reader, pc parser.Context, seg text.Segment) bool {
	src := block.Source()
	b := seg.Start
	g, _ := pc.Get(linkGuardKey).(*linkGuard)
	if g == nil || g.stop != seg.Stop || b+2 < g.base {
		g = newLinkGuard(src, b+2, seg.Stop)
		pc.Set(linkGuardKey, g)
	}
	if b >= g.base && g.esc[b-g.base] {
		return false
	}
	// parseLink: skip "(" and spaces (on this line only: otherwise not
	// certain), then ")" is an empty link.
	t := b + 2
	for t < g.stop && util.IsSpace(src[t]) {
		t++
	}
	if t >= g.stop || src[t] == ')' {
		return false
	}
	var p int
	if src[t] == '<' {
		k := g.nextGT(src, t+1)
		if k < 0 {
			return true
		}
		p = k + 1
	} else {
		p = g.base + int(g.destEnd[t-g.base])
	}
	f, eof, ok := g.skipSpaces(block, src, p)
	switch {
	case !ok:
		return false
	case eof:
		return true
	}
	switch src[f] {
	case ')':
		return false
	case '"', '\'', '(':
		return !g.titleCloses(block, f)
	}
	return true
}

// newLinkGuard builds the tables for src[base:stop].
func newLinkGuard(src []byte, base, stop int) *linkGuard {
	m := stop - base
	g := &linkGuard{base: base, stop: stop, esc: make([]bool, m), destEnd: make([]int32, m),
		title: map[int]bool{}}
	// depth[k] is the parenthesis depth before byte k, counting unescaped
	// "(" and ")" as goldmark's parseLinkDestination does.
	depth := make([]int32, m+1)
	for k := 0; k < m; k++ {
		depth[k+1] = depth[k]
		c := src[base+k]
		switch {
		case c == '\\' && k+1 < m && util.IsPunct(src[base+k+1]):
			g.esc[k+1] = true
			depth[k+2] = depth[k]
			k++
		case c == '(':
			depth[k+1]++
		case c == ')':
			depth[k+1]--
		}
	}
	// The destination from k ends at the first space or at the first
	// ")" that brings the depth below depth[k].
	space := int32(m)
	stack := []int32{int32(m)} // offsets j > k with increasing depth[j]
	for k := m - 1; k >= 0; k-- {
		if !g.esc[k] && util.IsSpace(src[base+k]) {
			space = int32(k)
		}
		for len(stack) > 0 && depth[stack[len(stack)-1]] >= depth[k] {
			stack = stack[:len(stack)-1]
		}
		end := space
		if len(stack) > 0 && stack[len(stack)-1]-1 < end {
			end = stack[len(stack)-1] - 1
		}
		g.destEnd[k] = end
		stack = append(stack, int32(k))
	}
	return g
}

// nextGT returns the offset of the first unescaped ">" at or after from on
// the line, or -1.
func (g *linkGuard) nextGT(src []byte, from int) int {
	if g.gt == nil {
		m := g.stop - g.base
		g.gt = make([]int32, m+1)
		g.gt[m] = -1
		for k := m - 1; k >= 0; k-- {
			g.gt[k] = g.gt[k+1]
			if src[g.base+k] == '>' && !g.esc[k] {
				g.gt[k] = int32(k)
			}
		}
	}
	if from >= g.stop {
		return -1
	}
	k := g.gt[from-g.base]
	if k < 0 {
		return -1
	}
	return g.base + int(k)
}

// skipSpaces returns the first offset at or after p that is not a space,
// as the reader's SkipSpaces finds it: on this line from the tables,
// past its end with the reader itself (the next lines of a paragraph need
// not follow in the source: a quote's "> " is not part of them). eof is
// true at the end of the paragraph; ok is false when not certain.
func (g *linkGuard) skipSpaces(block text.Reader, src []byte, p int) (f int, eof, ok bool) {
	for f = p; f < g.stop; f++ {
		if !util.IsSpace(src[f]) {
			return f, false, true
		}
	}
	if g.next == 0 {
		g.next = -2 // not certain
		l, pos := block.Position()
		if line, seg := block.PeekLine(); line != nil && seg.Stop == g.stop {
			block.AdvanceLine()
			block.SkipSpaces()
			switch line, seg := block.PeekLine(); {
			case line == nil:
				g.next = -1
			case seg.Padding == 0:
				g.next = seg.Start
			}
		}
		block.SetPosition(l, pos)
	}
	return g.next, g.next == -1, g.next != -2
}

// titleCloses reports whether goldmark reads a link title at source
// offset f followed by ")", by running its own reader there.
func (g *linkGuard) titleCloses(block text.Reader, f int) bool {
	if ok, known := g.title[f]; known {
		return ok
	}
	l, pos := block.Position()
	advanceTo(block, f)
	ok := false
	if _, cur := block.Position(); cur.Start == f && cur.Padding == 0 {
		opener := block.Peek()
		closer := opener
		if opener == '(' {
			closer = ')'
		}
		block.Advance(1)
		if _, found := block.FindClosure(opener, closer, text.FindClosureOptions{Newline: true, Advance: true}); found {
			block.SkipSpaces()
			ok = block.Peek() == ')'
		}
	}
	block.SetPosition(l, pos)
	g.title[f] = ok
	return ok
}
