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
// definitions. Plain texts (plainInline: words and spaces, nothing an inline
// parser reads) skip it: each becomes the paragraph of one text node that
// goldmark would have made, laid out after the parsed texts in the same
// buffer. On a document of short headings or list items most texts are
// plain, and goldmark's work per paragraph was most of the preview's time.
func (ib *inlineBatch) parse(defs map[string]linkDef) *parsed {
	var buf bytes.Buffer
	starts := make([]int, len(ib.blocks))
	texts := make([]string, len(ib.blocks))
	for i, b := range ib.blocks {
		starts[i] = -1
		t := trimLeftSpace(rewriteLinks(b.text, defs))
		if !hasNonSpace(t) {
			continue
		}
		texts[i] = t
		if plainInlines && plainInline(t) {
			continue
		}
		starts[i] = buf.Len()
		buf.WriteString(t)
		buf.WriteString("\n\n")
	}
	parsedLen := buf.Len()
	for i, t := range texts {
		if t != "" && starts[i] < 0 {
			starts[i] = buf.Len()
			buf.WriteString(t)
		}
	}
	out := &parsed{src: buf.Bytes(), nodes: make(map[*block]ast.Node, len(ib.blocks))}
	if buf.Len() == 0 {
		return out
	}
	// The parsed paragraphs, in the order of their texts in the buffer.
	var paras []ast.Node
	if parsedLen > 0 {
		ctx := parser.NewContext()
		for id, d := range defs {
			ctx.AddReference(parser.NewReference([]byte(id), []byte(d.url), titleBytes(d.title)))
		}
		doc := kdInline().Parse(text.NewReader(out.src[:parsedLen]), parser.WithContext(ctx))
		if deferDelimiters {
			processDelimiters(doc)
		}
		for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
			if n.Lines().Len() > 0 {
				paras = append(paras, n)
			}
		}
	}
	k := 0
	for i, b := range ib.blocks {
		switch {
		case starts[i] < 0:
		case starts[i] >= parsedLen:
			p := ast.NewParagraph()
			seg := text.NewSegment(starts[i], starts[i]+len(texts[i]))
			p.Lines().Append(seg)
			p.AppendChild(p, ast.NewTextSegment(seg))
			out.nodes[b] = p
		default:
			// The texts' paragraphs start in the order of the texts.
			for k < len(paras) && paras[k].Lines().At(0).Start < starts[i] {
				k++
			}
			if k < len(paras) && paras[k].Lines().At(0).Start == starts[i] {
				out.nodes[b] = paras[k]
			}
		}
	}
	return out
}

// plainInlines turns plainInline's shortcut on; tests turn it off to check
// that it changes no output.
var plainInlines = true

// plainInline reports whether t is one line of letters, digits, spaces and
// punctuation no inline parser of kdInline triggers on and inlineWriter
// writes as it is, ending in no space: goldmark would make it one text
// node of the whole text.
func plainInline(t string) bool {
	if t == "" || t[len(t)-1] == ' ' {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == ' ' || c == ',' || c == ':' || c == ';' || c == '?' || c == '/' || c == '@' || c == '#' || c == '%' || c == '+' || c == '=' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return true
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
