package core

import (
	"github.com/yuin/goldmark/ast"
)

// item makes an item from a list item node whose lines are sp.
func (b *builder) item(n *ast.ListItem, sp Span, parent *Item, depth int) *Item {
	src := b.d.src
	it := &Item{Span: sp, Line: b.d.Line(sp.Start), Parent: parent, Depth: depth, doc: b.d}
	m := b.pos(n)
	ml := markerLen(src[m:])
	it.Marker = string(src[m : m+ml])
	it.MarkerSpan = Span{m, m + ml}
	it.Indent = columns(src[lineStart(src, m):m])
	it.ContentCol = contentColumn(src, m, ml, it.Indent)

	var kids []ast.Node
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		kids = append(kids, c)
	}
	spans := b.spans(kids, sp.End)
	rest := kids
	if len(kids) > 0 && isText(kids[0]) && lineStart(src, b.pos(kids[0])) == lineStart(src, m) {
		b.itemText(it, kids[0])
		rest, spans = kids[1:], spans[1:]
	} else {
		at := m + ml
		if len(kids) == 0 || lineStart(src, b.pos(kids[0])) != lineStart(src, m) {
			at = contentEnd(src, m)
		}
		it.TextSpan = Span{at, at}
	}
	for i, k := range rest {
		blk := b.block(k, spans[i], it, depth+1)
		it.Blocks = append(it.Blocks, blk)
		it.Items = append(it.Items, blk.Items...)
	}
	return it
}

// isText reports whether n holds an item's text: a paragraph (loose or
// tight), or a heading — "[link]\n    -" under a numbered item is a setext
// heading to CommonMark, though the writer meant a link and an empty item.
func isText(n ast.Node) bool {
	switch n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		return true
	case *ast.Heading:
		return n.Lines().Len() > 0
	}
	return false
}

// contentColumn returns the column where an item's text starts, following
// CommonMark: one to four spaces after the marker count, more mean one.
func contentColumn(src []byte, m, ml, indent int) int {
	after := m + ml
	end := contentEnd(src, m)
	ws := after
	for ws < end && isSpaceAt(src, ws) {
		if src[ws] == 0xC2 {
			ws++
		}
		ws++
	}
	gap := columns(src[after:ws])
	if ws == end || gap > 4 || gap == 0 {
		gap = 1
	}
	return indent + columnsOf(src[m:m+ml]) + gap
}

// columnsOf returns the width of b in columns, one per character.
func columnsOf(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// itemText fills the box, text and handles of it from its first paragraph.
func (b *builder) itemText(it *Item, para ast.Node) {
	src := b.d.src
	lines := para.Lines()
	first := lines.At(0).Start + b.base
	last := lines.At(lines.Len()-1).Start + b.base
	end := contentEnd(src, last)
	box, boxSpan, broken, textStart := detectBox(src, first, contentEnd(src, first))
	if box != NoBox {
		it.Box, it.BoxSpan = box, boxSpan
		it.BoxBroken = broken || hasNBSP(src[it.MarkerSpan.End:first])
	} else {
		textStart = first
	}
	it.TextSpan = Span{textStart, end}
	if textStart > end { // a box alone on a line
		it.TextSpan = Span{end, end}
	}
	it.Text = b.itemTextString(para, textStart)
	it.Handles = Handles(it.Text)
}

// itemTextString joins the paragraph's lines, the first from textStart.
func (b *builder) itemTextString(para ast.Node, textStart int) string {
	src := b.d.src
	lines := para.Lines()
	out := make([]byte, 0, 64)
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		start, stop := seg.Start+b.base, seg.Stop+b.base
		if i == 0 {
			start = min(max(start, textStart), stop)
		}
		stop = trimRightSpace(src, start, stop)
		if i > 0 {
			out = append(out, '\n')
		}
		out = append(out, trimLeftSpace(src[start:stop])...)
	}
	return string(out)
}

// detectBox reads a task box at offset i of a line ending at end: "[ ]",
// "[x]", "[X]", and the broken forms "[]" and "[U+00A0]"; after the box
// comes a space, a tab, U+00A0 or the line end. It returns the box, its
// span, whether it is broken, and where the text after it starts.
func detectBox(src []byte, i, end int) (Checkbox, Span, bool, int) {
	if i >= end || src[i] != '[' {
		return NoBox, Span{}, false, i
	}
	var box Checkbox
	var j int
	broken := false
	switch {
	case hasPrefixAt(src, i, "[ ]"):
		box, j = Open, i+3
	case hasPrefixAt(src, i, "[x]"), hasPrefixAt(src, i, "[X]"):
		box, j = Done, i+3
	case hasPrefixAt(src, i, "[]"):
		box, j, broken = Open, i+2, true
	case hasPrefixAt(src, i, "["+nbsp+"]"):
		box, j, broken = Open, i+4, true
	default:
		return NoBox, Span{}, false, i
	}
	if j < end && !isSpaceAt(src, j) {
		return NoBox, Span{}, false, i
	}
	span := Span{i, j}
	for j < end && isSpaceAt(src, j) {
		if src[j] == 0xC2 {
			broken = true
			j++
		}
		j++
	}
	return box, span, broken, j
}

func hasPrefixAt(src []byte, i int, p string) bool {
	return len(src)-i >= len(p) && string(src[i:i+len(p)]) == p
}

func hasNBSP(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		if b[i] == 0xC2 && b[i+1] == 0xA0 {
			return true
		}
	}
	return false
}
