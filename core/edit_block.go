package core

import (
	"errors"
	"strings"
)

// ErrNotParagraph is returned when a paragraph edit gets another block.
var ErrNotParagraph = errors.New("the block is not a paragraph")

// SetParagraph replaces a top-level paragraph's text; lines keep the
// paragraph's indentation.
func (d *Document) SetParagraph(b *Block, text string) (Change, error) {
	if b == nil || b.Kind != Paragraph || b.Span.End > len(d.src) {
		return nil, ErrNotParagraph
	}
	start := b.Span.Start
	indent := string(d.src[start:skipIndent(d.src, start)])
	end := contentEnd(d.src, max(b.Span.End-1, start))
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	text = strings.ReplaceAll(text, "\n", d.Newline()+indent)
	return Change{{start + len(indent), end, text}}, nil
}

func skipIndent(src []byte, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}
