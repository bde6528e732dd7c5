package preview

import "strings"

// isIndented matches kramdown's INDENT: a tab or four spaces.
func isIndented(s string) bool {
	return strings.HasPrefix(s, "\t") || strings.HasPrefix(s, "    ")
}

// parseIndentedCode ports kramdown's indented code block, which, unlike
// CommonMark's, takes lazy lines: non-blank lines after an indented line
// belong to the block and are joined to the previous line with a space.
func (p *kdParser) parseIndentedCode(tree *block, src []line, i int) (int, bool) {
	if !isIndented(src[i].s) {
		return i, false
	}
	j := i
	for {
		k := j
		for k < len(src) && isBlank(src[k].s) {
			k++
		}
		m := k
		for m < len(src) && isIndented(src[m].s) && hasNonSpace(src[m].s) {
			m++
		}
		if m == k {
			break
		}
		for m < len(src) && !isBlank(src[m].s) && !isIALLine(src[m].s) && !isEOBLine(src[m].s) && !isLazyEndHTML(src[m].s, 3) {
			m++
		}
		j = m
	}
	if j == i {
		return i, false
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		s := src[k].s
		if n := leadingSpaces(s); k > i && n <= 3 && !isRubySpace(s[n]) {
			// data.gsub!(/\n( {0,3}\S)/, ' \1'): a lazy line joins the previous one.
			str := b.String()
			b.Reset()
			b.WriteString(strings.TrimSuffix(str, "\n"))
			b.WriteByte(' ')
		}
		b.WriteString(trimIndent(s))
	}
	tree.children = append(tree.children, &block{kind: kCode, line: src[i].num, text: b.String()})
	return j, true
}

// trimIndent removes one level of indentation: a tab or four spaces.
func trimIndent(s string) string {
	if strings.HasPrefix(s, "\t") {
		return s[1:]
	}
	return strings.TrimPrefix(s, "    ")
}

// parseFencedCode ports kramdown-parser-gfm's fenced code block: the
// fence must be closed, else the opening line is not a code block at all.
func (p *kdParser) parseFencedCode(tree *block, src []line, i int) (int, bool) {
	fence, lang, ok := fenceOpen(src[i].s)
	if !ok {
		return i, false
	}
	closing := p.fenceClose(src, i+1, fence)
	if closing < 0 {
		return i, false
	}
	var b strings.Builder
	for k := i + 1; k < closing; k++ {
		b.WriteString(src[k].s)
	}
	tree.children = append(tree.children, &block{kind: kCode, line: src[i].num, text: b.String(), lang: lang})
	return closing + 1, true
}

// fenceOpen parses an opening fence line: up to three spaces, three or more
// of "`" and "~" (kramdown admits a mix), an optional single-word info string
// whose language ends at "?", and nothing else.
func fenceOpen(s string) (fence, lang string, ok bool) {
	t, ok := optSpace(s)
	if !ok {
		return "", "", false
	}
	n := 0
	for n < len(t) && (t[n] == '`' || t[n] == '~') {
		n++
	}
	if n < 3 {
		return "", "", false
	}
	fence = t[:n]
	info := strings.Trim(t[n:], " \t\n\r\f\v")
	if strings.ContainsAny(info, " \t\r\f\v") {
		return "", "", false
	}
	if q := strings.IndexByte(info, '?'); q >= 0 {
		if q == 0 {
			// (\S+?) needs one character before the query.
			q = strings.IndexByte(info[1:], '?')
			if q >= 0 {
				q++
			}
		}
		if q >= 0 {
			info = info[:q]
		}
	}
	return fence, info, true
}

// fenceClose is findFenceClose remembering, per text and fence, from where
// no closing line follows, so that many unclosed fences stay linear.
func (p *kdParser) fenceClose(src []line, from int, fence string) int {
	if len(src) == 0 {
		return -1
	}
	key := fenceKey{&src[0], fence}
	if none, known := p.noFenceClose[key]; known && from >= none {
		return -1
	}
	k := findFenceClose(src, from, fence)
	if k < 0 {
		if p.noFenceClose == nil {
			p.noFenceClose = map[fenceKey]int{}
		}
		p.noFenceClose[key] = from
	}
	return k
}

type fenceKey struct {
	text  *line
	fence string
}

// findFenceClose returns the index of the line closing fence: up to three
// spaces, the fence, more of its last character, optional whitespace.
func findFenceClose(src []line, from int, fence string) int {
	last := fence[len(fence)-1]
	for k := from; k < len(src); k++ {
		t, ok := optSpace(src[k].s)
		if !ok || !strings.HasPrefix(t, fence) {
			continue
		}
		r := t[len(fence):]
		for r != "" && r[0] == last {
			r = r[1:]
		}
		if isBlank(r) {
			return k
		}
	}
	return -1
}

// parseBlockMath ports kramdown's block math: "$$ ... $$" standing alone
// between block boundaries.
func (p *kdParser) parseBlockMath(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || !strings.HasPrefix(t, "$$") || !afterBlockBoundary(tree) {
		return i, false
	}
	// The math runs from the first "$$" to the next "$$", across lines.
	var b strings.Builder
	b.WriteString(t[2:])
	rest := t[2:]
	k := i
	for {
		if end := strings.Index(rest, "$$"); end >= 0 {
			if !isBlank(rest[end+2:]) || !beforeBlockBoundary(src, k+1) {
				return i, false
			}
			body := b.String()
			body = body[:len(body)-len(rest)+end]
			tree.children = append(tree.children, &block{kind: kMath, line: src[i].num, text: rubyStrip(body)})
			return k + 1, true
		}
		k++
		if k >= len(src) {
			return i, false
		}
		rest = src[k].s
		b.WriteString(rest)
	}
}
