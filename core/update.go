package core

import (
	"bytes"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
)

// Update applies c to the document in place, re-parsing only the part of
// the source the change touches: the chunks (a heading and its blocks up to
// the next heading) that hold the change. Sections and items outside them
// keep their identity, their spans and lines shifted; those inside are
// replaced, and using them afterwards is an error. The result is the same
// as Apply's, which the tests check for random edits; Update is for an
// editor that applies many small edits to one large document, where a
// keystroke must not cost a parse of the whole file.
func (d *Document) Update(c Change) error {
	if err := c.check(len(d.src)); err != nil {
		return err
	}
	if len(c) == 0 {
		return nil
	}
	src := c.Apply(d.src)
	if err := check(src, d.name); err != nil {
		return err
	}
	lo, hi := c[0].Start, c[len(c)-1].End
	if d.updateFrontMatter(src, lo, hi) || d.updateChunks(src, lo, hi) {
		d.facts, d.titleDates = nil, nil
		return nil
	}
	d.markStale(0, len(d.chunks)-1)
	return d.reset(src)
}

// updateFrontMatter handles a change inside the front matter's YAML: the
// body's structure is unchanged, only shifted.
func (d *Document) updateFrontMatter(src []byte, lo, hi int) bool {
	fm := d.FrontMatter
	if fm == nil || !fm.Closed || lo < fm.ContentStart || hi > fm.ContentEnd {
		return false
	}
	nfm := frontmatter.Parse(src)
	delta := len(src) - len(d.src)
	if nfm == nil || !nfm.Closed || nfm.End != fm.End+delta {
		return false
	}
	lines := bytes.Count(src[fm.ContentStart:nfm.ContentEnd], []byte{'\n'}) - bytes.Count(d.src[fm.ContentStart:fm.ContentEnd], []byte{'\n'})
	d.setSource(src)
	d.FrontMatter, d.BodyStart = nfm, nfm.End
	for i := range d.chunks {
		d.chunks[i].shift(delta, lines)
	}
	d.link()
	return true
}

// updateChunks re-parses the chunks holding [lo, hi) of the old source. It
// reports false when the change moves a chunk boundary in a way a partial
// parse cannot see (the caller then parses everything).
func (d *Document) updateChunks(src []byte, lo, hi int) bool {
	if lo < d.BodyStart || lo == 0 {
		return false // the BOM, or the front matter, may change
	}
	if fm := d.FrontMatter; fm == nil || !fm.Closed || lo == d.BodyStart {
		// Without a closed block the body can open or close one; right
		// after the block an edit can extend its last line.
		nfm := frontmatter.Parse(src)
		if (nfm == nil) != (fm == nil) || nfm != nil && (nfm.End != fm.End || nfm.Closed != fm.Closed) {
			return false
		}
	}
	i, j := d.chunkAt(max(lo-1, d.BodyStart)), d.chunkAt(hi)
	if lo == d.BodyStart {
		i = 0
	}
	if i > 0 && lo < lineEnd(d.src, d.chunks[i].start) {
		// The edit touches the chunk's heading line: whether that line is
		// still a heading depends on what comes before it (the list above
		// may now take it as a lazy line), so the window starts at the
		// previous chunk, whose heading did not change.
		i--
	}
	winStart, winEnd := d.chunks[i].start, d.chunks[j].end
	delta := len(src) - len(d.src)
	newEnd := winEnd + delta
	hasNext := j+1 < len(d.chunks)
	if hasNext && d.chunks[j+1].heading.Heading.Len() != lineEnd(d.src, winEnd)-winEnd {
		return false // the next heading is a setext heading: it may absorb a new last line
	}
	lines := bytes.Count(src[winStart:newEnd], []byte{'\n'}) - bytes.Count(d.src[winStart:winEnd], []byte{'\n'})
	old := d.src
	d.setSource(src)
	parseEnd := newEnd
	if hasNext {
		parseEnd = lineEnd(d.norm, newEnd)
	}
	b := &builder{d: d, norm: d.norm, base: winStart}
	tree := blockParser().Parse(textReader(d.norm[winStart:parseEnd]), parser.WithContext(parser.NewContext()))
	top, ok := b.windowNodes(tree, i > 0, hasNext, newEnd)
	if !ok {
		d.src = old // reset re-reads everything from the new source
		return false
	}
	fresh := b.chunks(top, newEnd)
	if i > 0 {
		fresh = fresh[1:] // the empty part before the window's first heading
	}
	d.markStale(i, j)
	rest := d.chunks[j+1:]
	for k := range rest {
		rest[k].shift(delta, lines)
	}
	d.chunks = append(append(append([]chunk{}, d.chunks[:i]...), fresh...), rest...)
	d.link()
	return true
}

// windowNodes checks the top-level nodes of a window's parse: it must start
// with a heading (unless it is the first chunk) and, when a chunk follows,
// end with that chunk's heading as its own block. It returns the nodes
// without that heading.
func (b *builder) windowNodes(tree ast.Node, needHeading, hasNext bool, nextStart int) ([]ast.Node, bool) {
	var top []ast.Node
	for n := tree.FirstChild(); n != nil; n = n.NextSibling() {
		top = append(top, n)
	}
	if needHeading {
		// Only an ATX heading starts a chunk for sure: a setext heading's
		// text could have been the end of the paragraph before it.
		if len(top) == 0 || !isHeading(top[0]) || lineStart(b.norm, b.pos(top[0])) != b.base || !isATX(b.norm, b.base) {
			return nil, false
		}
	}
	if hasNext {
		k := len(top) - 1
		if k < 0 || !isHeading(top[k]) || lineStart(b.norm, b.pos(top[k])) != nextStart {
			return nil, false
		}
		if k > 0 && lineStart(b.norm, b.pos(top[k-1])) >= nextStart {
			return nil, false
		}
		top = top[:k]
	}
	return top, true
}

func isHeading(n ast.Node) bool { _, ok := n.(*ast.Heading); return ok }

// isATX reports whether the line at off is an ATX heading: up to three
// spaces, one to six '#', then a blank or the line end.
func isATX(norm []byte, off int) bool {
	for i := 0; i < 3 && off < len(norm) && norm[off] == ' '; i++ {
		off++
	}
	n := 0
	for off+n < len(norm) && norm[off+n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return false
	}
	off += n
	return off == len(norm) || norm[off] == ' ' || norm[off] == '\t' || norm[off] == '\n' || norm[off] == '\r'
}

// chunkAt returns the index of the chunk holding offset off.
func (d *Document) chunkAt(off int) int {
	lo, hi := 0, len(d.chunks)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.chunks[mid].start <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// setSource replaces the source and what is derived from it byte for byte.
func (d *Document) setSource(src []byte) {
	d.src = src
	d.idx = newLineIndex(src)
	d.norm = normalize(src)
}

// markStale detaches the sections and items of chunks i..j from the
// document, so that edits given them fail instead of going astray.
func (d *Document) markStale(i, j int) {
	for _, c := range d.chunks[i : j+1] {
		if c.heading != nil {
			c.heading.doc = nil
		}
		for _, b := range c.blocks {
			for _, it := range b.Items {
				it.Walk(func(it *Item) bool { it.doc = nil; return true })
			}
		}
	}
}

// shift moves a chunk by delta bytes and lines lines.
func (c *chunk) shift(delta, lines int) {
	c.start += delta
	c.end += delta
	if s := c.heading; s != nil {
		s.Line += lines
		s.Heading = s.Heading.shift(delta)
		s.TitleSpan = s.TitleSpan.shift(delta)
		if s.Time != "" {
			s.TimeSpan = s.TimeSpan.shift(delta)
		}
	}
	for _, b := range c.blocks {
		b.shift(delta, lines)
	}
}

func (b *Block) shift(delta, lines int) {
	b.Span = b.Span.shift(delta)
	b.Line += lines
	for _, it := range b.Items {
		it.shift(delta, lines)
	}
}

func (it *Item) shift(delta, lines int) {
	it.Span = it.Span.shift(delta)
	it.Line += lines
	it.MarkerSpan = it.MarkerSpan.shift(delta)
	it.TextSpan = it.TextSpan.shift(delta)
	if it.Box != NoBox {
		it.BoxSpan = it.BoxSpan.shift(delta)
	}
	for _, b := range it.Blocks {
		b.shift(delta, lines) // it.Items are the items of these blocks
	}
}

func (s Span) shift(delta int) Span { return Span{s.Start + delta, s.End + delta} }
