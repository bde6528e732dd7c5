package previewpane

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/ui"
)

// A chunk is a section or more; to follow an item, not only its section,
// the preview finds the element that shows a file line among a chunk's
// parts: its list items are the document's items within the chunk's
// lines, in order (the HTML lists them depth first, as the document
// walks them), its headings the sections, and its paragraphs outside
// lists and quotes the sections' own paragraphs. The HTML carries no
// source lines (it is byte for byte what the website serves), so a kind
// whose count differs from the document's (a construct the two read
// differently) maps nothing, and the chunk stands for its lines.

// partKind is one kind of part: the elements that show it and the lines
// of the document's parts of that kind.
type partKind struct {
	selector string
	keep     func(ui.Node) bool // nil: every element the selector finds
	lines    func(d *core.Document, from, to int) []int
}

var partKinds = []partKind{
	{"li", nil, itemLines},
	{"h1, h2, h3, h4, h5, h6", nil, sectionLines},
	{"p", func(n ui.Node) bool {
		return n.Parent() != nil && n.Parent().Closest("li, blockquote, table, nav") == nil
	}, paragraphLines},
}

// itemLines are the lines of the items that start in [from, to), in
// document order.
func itemLines(d *core.Document, from, to int) []int {
	var out []int
	d.Root.WalkItems(func(it *core.Item) bool {
		if it.Line >= from && it.Line < to {
			out = append(out, it.Line)
		}
		return it.Line < to
	})
	return out
}

func sectionLines(d *core.Document, from, to int) []int {
	var out []int
	for _, s := range d.Sections() {
		if s.Line >= from && s.Line < to {
			out = append(out, s.Line)
		}
	}
	return out
}

func paragraphLines(d *core.Document, from, to int) []int {
	var out []int
	d.Root.Walk(func(s *core.Section) bool {
		for _, b := range s.Blocks {
			if b.Kind == core.Paragraph && b.Line >= from && b.Line < to {
				out = append(out, b.Line)
			}
		}
		return true
	})
	return out
}

// chunkLines are the file lines chunk i shows: from its line up to the
// next chunk's.
func (p *Pane) chunkLines(i int) (from, to int) {
	from, to = p.shown[i].line, 1<<31-1
	for _, s := range p.shown[i+1:] {
		if s.line > 0 {
			to = s.line
			break
		}
	}
	return from, to
}

// parts returns the elements of kind k in chunk i and the lines they
// show, or nil when the counts differ.
func (p *Pane) parts(i int, k partKind) ([]ui.Node, []int) {
	if p.doc == nil || p.shown[i].line <= 0 {
		return nil, nil
	}
	from, to := p.chunkLines(i)
	lines := k.lines(p.doc, from, to)
	if len(lines) == 0 {
		return nil, nil
	}
	els := p.shown[i].el.QueryAll(k.selector)
	if k.keep != nil {
		kept := els[:0]
		for _, el := range els {
			if k.keep(el) {
				kept = append(kept, el)
			}
		}
		els = kept
	}
	if len(els) != len(lines) {
		return nil, nil
	}
	return els, lines
}

// lineOf returns the file line that el, inside chunk i, shows: its
// innermost part's, else the chunk's.
func (p *Pane) lineOf(i int, el ui.Node) int {
	best, depth := p.shown[i].line, -1
	for _, k := range partKinds {
		part := el.Closest(k.selector)
		if part == nil || !p.shown[i].el.Contains(part) {
			continue
		}
		els, lines := p.parts(i, k)
		for j, e := range els {
			if e.Equal(part) {
				// The innermost part wins: a paragraph in an item is the
				// item's, a list item inside another its own.
				if d := nodeDepth(e); d > depth {
					best, depth = lines[j], d
				}
			}
		}
	}
	return best
}

func nodeDepth(n ui.Node) int {
	d := 0
	for ; n != nil; n = n.Parent() {
		d++
	}
	return d
}

// partAt returns the element of chunk i showing the part that holds file
// line (the item, heading or paragraph it is in), with that part's line,
// or nil.
func (p *Pane) partAt(i, line int) (ui.Node, int) {
	off := p.doc.LineStart(line)
	at := 0
	if it := p.doc.ItemAt(off); it != nil {
		at = it.Line
	} else if s := p.doc.SectionAt(off); s != nil && s.Line == line {
		at = line
	} else if s != nil {
		for _, b := range s.Blocks {
			if b.Kind == core.Paragraph && b.Line <= line && p.doc.Line(max(b.Span.End-1, b.Span.Start)) >= line {
				at = b.Line
			}
		}
	}
	if at == 0 {
		return nil, 0
	}
	for _, k := range partKinds {
		if k.keep == nil {
			if el := p.partNth(i, k, at); el != nil {
				return el, at
			}
			continue
		}
		els, lines := p.parts(i, k)
		for j, l := range lines {
			if l == at {
				return els[j], at
			}
		}
	}
	return nil, 0
}

// partNth returns the element of kind k in chunk i that shows the part
// at line at, reading only that element from the page (a keystroke in an
// item of a long list), or nil when the counts differ.
func (p *Pane) partNth(i int, k partKind, at int) ui.Node {
	if p.doc == nil || p.shown[i].line <= 0 {
		return nil
	}
	from, to := p.chunkLines(i)
	lines := k.lines(p.doc, from, to)
	for j, l := range lines {
		if l == at {
			el, count := p.shown[i].el.QueryNth(k.selector, j)
			if count != len(lines) {
				return nil
			}
			return el
		}
	}
	return nil
}
