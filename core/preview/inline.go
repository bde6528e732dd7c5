package preview

import (
	"bytes"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// kdInline is the goldmark parser for kramdown's span-level syntax. It has
// one block parser (paragraph), so that every text handed to it is parsed
// as inline content, and inline parsers configured to behave as kramdown's
// span parsers: goldmark's links and emphasis, and kramdown's code spans,
// autolinks, strikethrough, math, smart quotes and typographic symbols
// (inline_*.go). Raw HTML has no parser: "<b>" stays text and is escaped.
// It is set up on first use, not at package init (see core's blockParser).
var kdInline = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 100)),
		parser.WithInlineParsers(
			util.Prioritized(kdCodeSpanParser{}, 100),
			util.Prioritized(kdAutoLinkParser{}, 200),
			util.Prioritized(kdLinkParser{parser.NewLinkParser()}, 300),
			util.Prioritized(kdEmphasisParser{}, 400),
			util.Prioritized(kdStrikeParser{}, 500),
			util.Prioritized(kdMathParser{}, 600),
			util.Prioritized(kdTypoParser{}, 900),
		),
	)
})

// inlineBatch parses the inline text of many blocks with one goldmark
// parse: the texts are laid out in one buffer, separated by blank lines, so
// that each becomes one paragraph.
type inlineBatch struct {
	blocks []*block
}

// collect adds every block of the tree that has inline text, in order.
func (ib *inlineBatch) collect(b *block) {
	switch b.kind {
	case kPara, kHeading, kDT, kCell:
		ib.blocks = append(ib.blocks, b)
		return
	}
	for _, c := range b.children {
		ib.collect(c)
	}
}

// parsed is the result of an inline batch: the source buffer and, for each
// block, its paragraph node (nil for empty text).
type parsed struct {
	src   []byte
	nodes map[*block]ast.Node
}

// parse runs goldmark over the collected texts with the document's link
// definitions.
func (ib *inlineBatch) parse(defs map[string]linkDef) *parsed {
	var buf bytes.Buffer
	starts := make([]int, len(ib.blocks))
	for i, b := range ib.blocks {
		starts[i] = -1
		t := trimLeftSpace(rewriteLinks(b.text, defs))
		if !hasNonSpace(t) {
			continue
		}
		starts[i] = buf.Len()
		buf.WriteString(t)
		buf.WriteString("\n\n")
	}
	out := &parsed{src: buf.Bytes(), nodes: make(map[*block]ast.Node, len(ib.blocks))}
	if buf.Len() == 0 {
		return out
	}
	ctx := parser.NewContext()
	for id, d := range defs {
		ctx.AddReference(parser.NewReference([]byte(id), []byte(d.url), titleBytes(d.title)))
	}
	doc := kdInline().Parse(text.NewReader(out.src), parser.WithContext(ctx))
	if deferDelimiters {
		processDelimiters(doc)
	}
	byStart := make(map[int]ast.Node)
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Lines().Len() > 0 {
			byStart[n.Lines().At(0).Start] = n
		}
	}
	for i, b := range ib.blocks {
		if starts[i] >= 0 {
			out.nodes[b] = byStart[starts[i]]
		}
	}
	return out
}

func titleBytes(t string) []byte {
	if t == "" {
		return nil
	}
	return []byte(t)
}

func trimLeftSpace(s string) string {
	i := 0
	for i < len(s) && isRubySpace(s[i]) {
		i++
	}
	return s[i:]
}
