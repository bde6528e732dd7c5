package preview

import "strings"

// parseParagraph ports kramdown's paragraph parser with the GFM
// paragraph_end quirk: a paragraph runs until a blank line or a line that
// starts a list, an ATX heading, a definition, a blockquote or a fence.
// Horizontal rules and setext underlines do not end it.
func (p *kdParser) parseParagraph(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || t == "" || t[0] == ' ' || t[0] == '\t' || t[0] == '\n' {
		return i, false
	}
	j := i + 1
	for j < len(src) && !isParagraphEnd(src[j].s) {
		j++
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(src[k].s)
	}
	text := strings.TrimRight(b.String(), " \t\n\r\f\v")
	if last := tree.last(); last != nil && last.kind == kPara {
		joiner := "\n"
		if i > 0 && strings.HasSuffix(src[i-1].s, "  \n") {
			joiner = "  \n"
		}
		// Joined when the container is parsed (see flushText): repeated
		// merges stay linear.
		last.pieces = append(last.pieces, joiner, text)
		return j, true
	}
	text = strings.TrimLeft(text, " \t\n\r\f\v")
	tree.children = append(tree.children, &block{kind: kPara, line: src[i].num, text: text})
	return j, true
}

// isParagraphEnd matches kramdown-parser-gfm's PARAGRAPH_END_GFM at the
// start of a line.
func isParagraphEnd(s string) bool {
	return isBlank(s) || isIALLine(s) || isEOBLine(s) || isLazyEndHTML(s, 3) ||
		isListStart(s) || isATXStart(s) || isDefinitionStart(s) ||
		isBlockquoteStart(s) || isFenceStart(s)
}

// isATXStart matches the GFM ATX_HEADER_START: 1 to 6 "#" at the very start
// of the line, then a space or tab.
func isATXStart(s string) bool {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	return n >= 1 && n <= 6 && n < len(s) && (s[n] == ' ' || s[n] == '\t')
}

// isBlockquoteStart matches BLOCKQUOTE_START: up to three spaces and ">".
func isBlockquoteStart(s string) bool {
	t, ok := optSpace(s)
	return ok && strings.HasPrefix(t, ">")
}

// isFenceStart matches the GFM FENCED_CODEBLOCK_START: up to three spaces
// and three or more backticks or tildes.
func isFenceStart(s string) bool {
	t, ok := optSpace(s)
	if !ok {
		return false
	}
	n := 0
	for n < len(t) && (t[n] == '`' || t[n] == '~') {
		n++
	}
	return n >= 3
}

// isDefinitionStart matches DEFINITION_LIST_START: up to three spaces, ":"
// and a space, tab or "|".
func isDefinitionStart(s string) bool {
	t, ok := optSpace(s)
	return ok && len(t) >= 2 && t[0] == ':' && isPatternTail(t[1])
}

// isPatternTail reports whether c may follow a list or definition marker
// (kramdown's PATTERN_TAIL, whose character class also admits "|").
func isPatternTail(c byte) bool { return c == ' ' || c == '\t' || c == '|' }

// flushText joins the pieces merged into a paragraph.
func (b *block) flushText() {
	if len(b.pieces) == 0 {
		return
	}
	var sb strings.Builder
	sb.WriteString(b.text)
	for _, p := range b.pieces {
		sb.WriteString(p)
	}
	b.text, b.pieces = sb.String(), nil
}
