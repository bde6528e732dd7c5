package core

import (
	"strings"
	"sync"

	"github.com/cpansec/minutes/core/internal/linkrefs"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

func textReader(b []byte) text.Reader { return text.NewReader(b) }

// blockParser parses block structure only: the model reads inline text
// from the source itself, so no inline parser is configured. That keeps
// parsing linear whatever the brackets and emphasis in the input. It is
// set up on first use, not at package init: the page's start runs every
// package's init before it can paint (issue 12).
var blockParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(boundedBlockParsers()...),
		parser.WithParagraphTransformers(linkrefs.Transformers()...),
	)
})

// boundedBlockParsers are goldmark's block parsers with blockquotes
// nested at most MaxDepth deep: goldmark measures each marker's column
// from the start of the line, so a line of n ">" cost n² (a 512 KB line
// took over a minute). Deeper markers are text of the innermost quote.
func boundedBlockParsers() []util.PrioritizedValue {
	ps := parser.DefaultBlockParsers()
	for i, p := range ps {
		if bp, ok := p.Value.(parser.BlockParser); ok && string(bp.Trigger()) == ">" {
			ps[i].Value = boundedQuoteParser{bp}
		}
	}
	return ps
}

// boundedQuoteParser opens no blockquote deeper than MaxDepth.
type boundedQuoteParser struct{ parser.BlockParser }

func (q boundedQuoteParser) Open(parent ast.Node, reader text.Reader, pc parser.Context) (ast.Node, parser.State) {
	depth := 0
	for n := parent; n != nil; n = n.Parent() {
		if n.Kind() == ast.KindBlockquote {
			if depth++; depth >= MaxDepth {
				return nil, parser.NoChildren
			}
		}
	}
	return q.BlockParser.Open(parent, reader, pc)
}

// builder turns goldmark's tree of one document into sections and items.
type builder struct {
	d    *Document
	norm []byte // normalised source (see normalize), same offsets as d.src
	base int    // offset of the parsed text in the source
}

// chunk is a heading and the top-level blocks up to the next heading (the
// first chunk has no heading: what comes before the first heading). A
// document is a list of chunks; an edit re-parses only the chunks it
// touches.
type chunk struct {
	start, end int
	heading    *Section // nil for the part before the first heading
	blocks     []*Block
}

// build parses the body of d into chunks and links them into a tree.
func build(d *Document) {
	d.chunks = parseChunks(d, d.BodyStart, d.norm[d.BodyStart:], len(d.src))
	d.link()
}

// parseChunks parses text (the normalised source from offset base) and
// returns its chunks; the last block ends at limit.
func parseChunks(d *Document, base int, text []byte, limit int) []chunk {
	b := &builder{d: d, norm: d.norm, base: base}
	tree := blockParser().Parse(textReader(text), parser.WithContext(parser.NewContext()))
	var top []ast.Node
	for n := tree.FirstChild(); n != nil; n = n.NextSibling() {
		top = append(top, n)
	}
	return b.chunks(top, limit)
}

// chunks turns top-level nodes into chunks.
func (b *builder) chunks(top []ast.Node, limit int) []chunk {
	spans := b.spans(top, limit)
	out := []chunk{{start: b.base, end: limit}}
	for i, n := range top {
		if h, ok := n.(*ast.Heading); ok {
			out[len(out)-1].end = spans[i].Start
			out = append(out, chunk{start: spans[i].Start, end: limit, heading: b.section(h, spans[i])})
			continue
		}
		c := &out[len(out)-1]
		c.blocks = append(c.blocks, b.block(n, spans[i], nil, 0))
	}
	return out
}

// link builds the section tree from the chunks.
func (d *Document) link() {
	root := &Section{Own: Span{0, len(d.src)}, Full: Span{0, len(d.src)}, doc: d}
	root.Blocks = d.chunks[0].blocks
	stack := []*Section{root}
	for _, c := range d.chunks[1:] {
		s := c.heading
		s.Blocks, s.Sections = c.blocks, nil
		for len(stack) > 1 && stack[len(stack)-1].Level >= s.Level {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		s.Parent = parent
		parent.Sections = append(parent.Sections, s)
		stack = append(stack, s)
	}
	setSectionEnds(root, len(d.src))
	d.Root = root
}

// pos returns the source offset where node n starts.
func (b *builder) pos(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p + b.base
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start + b.base
	}
	if c := n.FirstChild(); c != nil {
		return b.pos(c)
	}
	return b.base
}

// spans returns the line span of each sibling node: from the start of its
// first line to the start of the next sibling (or limit), without trailing
// blank lines.
func (b *builder) spans(nodes []ast.Node, limit int) []Span {
	out := make([]Span, len(nodes))
	for i, n := range nodes {
		start := lineStart(b.norm, b.pos(n))
		end := limit
		if i+1 < len(nodes) {
			end = lineStart(b.norm, b.pos(nodes[i+1]))
		}
		if end < start {
			end = start
		}
		out[i] = Span{start, trimBlankLines(b.norm, start, end)}
	}
	return out
}

// setSectionEnds fills the Own and Full spans of s's subsections; end is
// where s ends.
func setSectionEnds(s *Section, end int) {
	for i, c := range s.Sections {
		full := end
		if i+1 < len(s.Sections) {
			full = s.Sections[i+1].Heading.Start
		}
		c.Full = Span{c.Heading.Start, full}
		own := full
		if len(c.Sections) > 0 {
			own = c.Sections[0].Heading.Start
		}
		c.Own = Span{c.Heading.Start, own}
		setSectionEnds(c, full)
	}
}

// section makes a section from a top-level heading.
func (b *builder) section(h *ast.Heading, sp Span) *Section {
	src := b.d.src
	s := &Section{Level: h.Level, Line: b.d.Line(sp.Start), doc: b.d}
	s.Heading = Span{sp.Start, lineEnd(src, max(sp.End-1, sp.Start))}
	if h.Lines().Len() == 0 { // empty heading "##"
		at := contentEnd(src, sp.Start)
		s.TitleSpan = Span{at, at}
		return s
	}
	first, last := h.Lines().At(0), h.Lines().At(h.Lines().Len()-1)
	s.TitleSpan = Span{first.Start + b.base, last.Stop + b.base}
	s.TitleSpan.End = trimRightSpace(src, s.TitleSpan.Start, s.TitleSpan.End)
	s.Broken = headingBroken(src, sp.Start)
	title := b.d.Text(s.TitleSpan)
	if t, sep := leadingTime(title); t != "" {
		s.Time = t
		s.TimeSpan = Span{s.TitleSpan.Start, s.TitleSpan.Start + sep}
		title = title[sep:]
	}
	s.Title = title
	return s
}

// headingBroken reports whether the ATX heading line at start has no
// ASCII space or tab after its hashes (the website then shows the hashes).
func headingBroken(src []byte, start int) bool {
	i := start
	for i < len(src) && src[i] == ' ' {
		i++
	}
	if i >= len(src) || src[i] != '#' {
		return false // setext
	}
	for i < len(src) && src[i] == '#' {
		i++
	}
	return i < len(src) && src[i] != ' ' && src[i] != '\t' && src[i] != '\n' && src[i] != '\r'
}

// trimRightSpace moves end back over spaces, tabs and line endings.
func trimRightSpace(src []byte, start, end int) int {
	for end > start && strings.IndexByte(" \t\r\n", src[end-1]) >= 0 {
		end--
	}
	return end
}

// block makes a block from a node; parent is the enclosing item, if any.
func (b *builder) block(n ast.Node, sp Span, parent *Item, depth int) *Block {
	blk := &Block{Span: sp, Line: b.d.Line(sp.Start), Kind: Other}
	switch n := n.(type) {
	case *ast.Paragraph, *ast.TextBlock:
		blk.Kind = Paragraph
		blk.Text = b.linesText(n, n.Lines().Len())
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		blk.Kind = Code
	case *ast.Blockquote:
		blk.Kind = Quote
	case *ast.HTMLBlock:
		blk.Kind = HTML
	case *ast.ThematicBreak:
		blk.Kind = Rule
	case *ast.List:
		blk.Kind = List
		blk.Ordered = n.IsOrdered()
		blk.Loose = !n.IsTight
		if depth >= MaxDepth {
			break
		}
		var kids []ast.Node
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			kids = append(kids, c)
		}
		for i, sp := range b.spans(kids, sp.End) {
			it := b.item(kids[i].(*ast.ListItem), sp, parent, depth)
			it.list, it.index = blk, i
			blk.Items = append(blk.Items, it)
		}
	}
	return blk
}

// linesText returns the text of the first n lines of a leaf block, each
// trimmed, joined by "\n".
func (b *builder) linesText(n ast.Node, count int) string {
	var sb strings.Builder
	lines := n.Lines()
	for i := 0; i < count && i < lines.Len(); i++ {
		seg := lines.At(i)
		start, stop := seg.Start+b.base, seg.Stop+b.base
		stop = trimRightSpace(b.d.src, start, stop)
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.Write(trimLeftSpace(b.d.src[start:stop]))
	}
	return sb.String()
}

func trimLeftSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	return b
}
