package preview

import "strings"

// parseATXHeading ports kramdown-parser-gfm's ATX heading with the
// paragraph_end quirk: "#" must be in the first column and be followed by a
// space or tab; no blank line is needed before it.
func (p *kdParser) parseATXHeading(tree *block, src []line, i int) (int, bool) {
	s := src[i].s
	if !isATXStart(s) {
		return i, false
	}
	level := 0
	for s[level] == '#' {
		level++
	}
	text, id := headerContents(strings.TrimLeft(s[level:], " \t"))
	if t := trimClosingHashes(text); t != text {
		text = strings.TrimRight(t, " \t\n\r\f\v")
	}
	if text == "" {
		return i, false
	}
	tree.children = append(tree.children, &block{kind: kHeading, line: src[i].num, level: level, text: text, id: id})
	return i + 1, true
}

// trimClosingHashes removes a closing sequence of "#" preceded by a space
// or tab (kramdown: text.sub!(/[\t ]#+\z/, ”)).
func trimClosingHashes(text string) string {
	j := len(text)
	for j > 0 && text[j-1] == '#' {
		j--
	}
	if j == len(text) || j == 0 || (text[j-1] != ' ' && text[j-1] != '\t') {
		return text
	}
	return text[:j-1]
}

// headerContents strips trailing whitespace and an explicit id "{#id}"
// (kramdown's parse_header_contents).
func headerContents(contents string) (text, id string) {
	text = strings.TrimRight(contents, " \t\n\r\f\v")
	if !strings.HasSuffix(text, "}") {
		return text, ""
	}
	open := strings.LastIndex(text, "{#")
	if open < 1 || (text[open-1] != ' ' && text[open-1] != '\t') {
		return text, ""
	}
	name := text[open+2 : len(text)-1]
	if !isXMLName(name) {
		return text, ""
	}
	return strings.TrimRight(text[:open-1], " \t\n\r\f\v"), name
}

// isXMLName reports whether s is an XML name (REXML's NAME_START_CHAR then
// NAME_CHAR*), restricted to ASCII plus any non-ASCII letter.
func isXMLName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		start := isASCIILetter(c) || c == '_' || c == ':' || c >= 0x80
		if i == 0 && !start {
			return false
		}
		if !start && !isDigit(c) && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// parseSetextHeading ports kramdown's setext heading: a line underlined
// with "=" or "-", only after a block boundary.
func (p *kdParser) parseSetextHeading(tree *block, src []line, i int) (int, bool) {
	if i+1 >= len(src) || !afterBlockBoundary(tree) {
		return i, false
	}
	t, ok := optSpace(src[i].s)
	if !ok || t == "" || t[0] == ' ' || t[0] == '\t' || t[0] == '\n' {
		return i, false
	}
	u := src[i+1].s
	if u[0] != '=' && u[0] != '-' {
		return i, false
	}
	j := 0
	for j < len(u) && (u[j] == '=' || u[j] == '-') {
		j++
	}
	for j < len(u) && (u[j] == ' ' || u[j] == '\t' || u[j] == '\r' || u[j] == '\f' || u[j] == '\v') {
		j++
	}
	if u[j:] != "\n" {
		return i, false
	}
	text, id := headerContents(strings.TrimSuffix(t, "\n"))
	if text == "" {
		return i, false
	}
	level := 1
	if u[0] == '-' {
		level = 2
	}
	tree.children = append(tree.children, &block{kind: kHeading, line: src[i].num, level: level, text: text, id: id})
	return i + 2, true
}

// parseHR ports HR_START: three or more "*", "-" or "_" with optional
// spaces or tabs between them, after up to three spaces.
func (p *kdParser) parseHR(tree *block, src []line, i int) (int, bool) {
	if !isHR(src[i].s) {
		return i, false
	}
	tree.children = append(tree.children, &block{kind: kHR, line: src[i].num})
	return i + 1, true
}

func isHR(s string) bool {
	t, ok := optSpace(s)
	if !ok || t == "" || (t[0] != '*' && t[0] != '-' && t[0] != '_') {
		return false
	}
	c, n := t[0], 0
	for k := 0; k < len(t)-1; k++ {
		switch t[k] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3 && t[len(t)-1] == '\n'
}
