package preview

import (
	"strings"
)

// This file holds kramdown's less common block constructs: raw HTML,
// link, footnote and abbreviation definitions, extensions and attribute
// lists. The preview parses them so that the block structure around them
// is right; what it cannot show as the website does is noted for
// Divergences.

func (p *kdParser) note(lineNum int, msg string) {
	p.unsupported = append(p.unsupported, Divergence{Line: lineNum, Column: 1, Message: msg})
}

// parseHTMLBlock recognises block-level raw HTML. The preview never emits
// raw HTML: a comment is dropped (the website does not show it either) and
// an element is shown as its source text.
func (p *kdParser) parseHTMLBlock(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "<") {
		return i, false
	}
	if strings.HasPrefix(t, "<!--") {
		end := findAcross(src, i, "-->")
		if end < 0 {
			return i, false
		}
		tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num, eobLinkDef: true})
		return end + 1, true
	}
	name := htmlTagName(t, 1)
	if name == "" || htmlSpanElements[strings.ToLower(name)] || !isTagEnd(t[1+len(name):]) {
		return i, false
	}
	closeTag := "</" + strings.ToLower(name)
	j := i
	for j < len(src) {
		if strings.Contains(strings.ToLower(src[j].s), closeTag) {
			j++
			break
		}
		if j > i && isBlank(src[j].s) {
			break
		}
		j++
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		b.WriteString(src[k].s)
	}
	tree.children = append(tree.children, &block{kind: kHTML, line: src[i].num, text: b.String()})
	p.note(src[i].num, "raw HTML: the website renders it as HTML, the preview shows it as text")
	return j, true
}

// isTagEnd reports whether what follows a tag name can continue a tag:
// whitespace, ">" or "/>".
func isTagEnd(s string) bool {
	return s != "" && (isRubySpace(s[0]) || s[0] == '>' || strings.HasPrefix(s, "/>"))
}

// findAcross returns the index of the first line at or after i containing
// marker, or -1.
func findAcross(src []line, i int, marker string) int {
	for k := i; k < len(src); k++ {
		s := src[k].s
		if k == i {
			s = s[strings.Index(s, "<!--")+4:]
		}
		if strings.Contains(s, marker) {
			return k
		}
	}
	return -1
}

// parseLinkDefinition ports LINK_DEFINITION_START: "[id]: url" with an
// optional title on the same or the next line. The last definition of an
// id wins, as in kramdown.
func (p *kdParser) parseLinkDefinition(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "[") {
		return i, false
	}
	close := strings.IndexByte(t, ']')
	if close < 2 || !strings.HasPrefix(t[close:], "]:") || strings.Contains(t[1:close], "\n") {
		return i, false
	}
	id := t[1:close]
	rest := strings.TrimLeft(t[close+2:], " \t")
	rest = strings.TrimSuffix(rest, "\n")
	var url, title string
	next := i + 1
	if strings.HasPrefix(rest, "<") && strings.IndexByte(rest, '>') > 0 {
		end := strings.IndexByte(rest, '>')
		url = rest[1:end]
		after := rest[end+1:]
		if tt, ok := sameLineTitle(after); ok {
			title = tt
		} else if isBlank(after) {
			if tt, ok := nextLineTitle(src, i+1); ok {
				title, next = tt, i+2
			}
		} else {
			return i, false
		}
	} else {
		if !hasNonSpace(rest) {
			return i, false
		}
		u, tt, ok := splitURLTitle(rest)
		if ok {
			url, title = u, tt
		} else {
			url = strings.TrimRight(rest, " \t")
			if tt, ok := nextLineTitle(src, i+1); ok {
				title, next = tt, i+2
			}
		}
		if hasSpaceQuote(url) {
			return i, false
		}
	}
	p.defs[normalizeLinkID(id)] = linkDef{url: url, title: title}
	tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num, eobLinkDef: true})
	return next, true
}

// normalizeLinkID is kramdown's normalize_link_id.
func normalizeLinkID(id string) string {
	return strings.ToLower(strings.Join(strings.FieldsFunc(id, func(r rune) bool { return r < 0x80 && isRubySpace(byte(r)) }), " "))
}

// splitURLTitle splits `url "title"` at the shortest url after which a
// quoted title ends the line.
func splitURLTitle(s string) (url, title string, ok bool) {
	for k := 1; k < len(s); k++ {
		if s[k] != ' ' && s[k] != '\t' {
			continue
		}
		if tt, ok := sameLineTitle(s[k:]); ok && hasNonSpace(s[:k]) {
			return strings.TrimRight(s[:k], " \t"), tt, true
		}
	}
	return "", "", false
}

// sameLineTitle matches whitespace, a title in matching quotes and
// trailing whitespace.
func sameLineTitle(s string) (string, bool) {
	t := strings.TrimLeft(s, " \t")
	if len(t) == len(s) && s != "" && s[0] != '"' && s[0] != '\'' {
		return "", false
	}
	return quotedToEnd(t)
}

// nextLineTitle matches a line holding only a quoted title.
func nextLineTitle(src []line, i int) (string, bool) {
	if i >= len(src) {
		return "", false
	}
	return quotedToEnd(strings.TrimLeft(strings.TrimSuffix(src[i].s, "\n"), " \t"))
}

func quotedToEnd(t string) (string, bool) {
	t = strings.TrimRight(t, " \t")
	if len(t) < 3 || (t[0] != '"' && t[0] != '\'') || t[len(t)-1] != t[0] {
		return "", false
	}
	return t[1 : len(t)-1], true
}

func hasSpaceQuote(s string) bool {
	for k := 1; k < len(s); k++ {
		if (s[k] == '"' || s[k] == '\'') && (s[k-1] == ' ' || s[k-1] == '\t') {
			return true
		}
	}
	return false
}

// parseFootnoteDefinition consumes "[^name]: text" and its indented
// continuation. The preview does not render footnotes.
func (p *kdParser) parseFootnoteDefinition(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "[^") {
		return i, false
	}
	close := strings.Index(t, "]:")
	if close < 3 || !isALDName(t[2:close]) {
		return i, false
	}
	j := i + 1
	for j < len(src) {
		k := j
		for k < len(src) && isBlank(src[k].s) {
			k++
		}
		if k < len(src) && isIndented(src[k].s) {
			j = k + 1
			continue
		}
		break
	}
	tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num, eobLinkDef: true})
	p.note(src[i].num, "footnote: the website numbers it and lists it at the end of the page; the preview does not")
	return j, true
}

// isALDName matches kramdown's ALD_ID_NAME: a word character, then word
// characters and "-".
func isALDName(s string) bool {
	if s == "" || !isWordByte(s[0]) {
		return false
	}
	for k := 1; k < len(s); k++ {
		if !isWordByte(s[k]) && s[k] != '-' {
			return false
		}
	}
	return true
}

// parseAbbreviation consumes "*[ABBR]: text". The website marks every
// occurrence of the abbreviation; the preview does not.
func (p *kdParser) parseAbbreviation(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "*[") {
		return i, false
	}
	close := strings.Index(t, "]:")
	if close < 3 {
		return i, false
	}
	tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num, eobLinkDef: true})
	p.note(src[i].num, "abbreviation definition: the website marks the abbreviation everywhere in the page; the preview does not")
	return i + 1, true
}

// parseExtension handles kramdown's block extensions and attribute lists:
// "{::comment}" hides its content, "{::nomarkdown}" is shown as text,
// "{::options /}" is ignored, and attribute lists "{: ...}" and
// definitions "{:name: ...}" are consumed without effect.
func (p *kdParser) parseExtension(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "{:") {
		return i, false
	}
	if strings.HasPrefix(t, "{::") {
		return p.parseBlockExtension(tree, src, i, t)
	}
	end := ialEnd(t, 2)
	if end < 0 || !isBlank(t[end+1:]) {
		return i, false
	}
	if t[2] == '/' {
		return i, false
	}
	p.note(src[i].num, "kramdown attribute list: the website applies it to a block; the preview ignores it")
	if i+1 >= len(src) || !isIALLine(src[i+1].s) {
		tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num, eobLinkDef: true})
	}
	return i + 1, true
}

func (p *kdParser) parseBlockExtension(tree *block, src []line, i int, t string) (int, bool) {
	end := ialEnd(t, 3)
	if end < 0 || !isBlank(t[end+1:]) {
		return i, false
	}
	body := t[3:end]
	name := body
	if k := strings.IndexAny(body, " \t/"); k >= 0 {
		name = body[:k]
	}
	selfClosing := strings.HasSuffix(body, "/")
	switch name {
	case "options":
		p.note(src[i].num, "kramdown options extension: the preview ignores it")
		return i + 1, true
	case "comment", "nomarkdown":
	default:
		return i, false
	}
	if selfClosing {
		return i + 1, true
	}
	j := i + 1
	for ; j < len(src); j++ {
		u, ok := optSpace(src[j].s)
		if ok && (strings.HasPrefix(u, "{:/"+name+"}") || strings.HasPrefix(u, "{:/}")) {
			break
		}
	}
	if j >= len(src) {
		return i, false
	}
	if name == "nomarkdown" {
		var b strings.Builder
		for k := i + 1; k < j; k++ {
			b.WriteString(src[k].s)
		}
		tree.children = append(tree.children, &block{kind: kHTML, line: src[i].num, text: b.String()})
		p.note(src[i].num, "{::nomarkdown}: the website outputs its content as raw HTML, the preview shows it as text")
	}
	return j + 1, true
}
