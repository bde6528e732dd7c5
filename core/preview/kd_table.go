package preview

import "strings"

// parseTable ports kramdown's tables. kramdown takes any run of lines that
// each contain an unescaped "|", between block boundaries, as a table — a
// list item "- a | b" becomes a one-cell-row table on the website, which
// GitHub would show as text.
func (p *kdParser) parseTable(tree *block, src []line, i int) (int, bool) {
	t, ok := optSpace(src[i].s)
	if !ok || t == "" || isRubySpace(t[0]) || !isTableLine(src[i].s) || !afterBlockBoundary(tree) {
		return i, false
	}
	table := &block{kind: kTable, line: src[i].num}
	leadingPipe := strings.HasPrefix(strings.TrimLeft(src[i].s, " \t\r\f\v"), "|")
	j := i
	if isTableSep(src[j].s, '-') {
		j++
	}
	var rows []*block
	var alignment []string
	alignSet, hasFooter := false, false
	columns := 0
	addSection := func(tag string, force bool) {
		if !hasFooter || tag != "tbody" || force {
			table.children = append(table.children, &block{kind: kTableSection, text: tag, children: rows})
			rows = nil
		}
	}
	for ; j < len(src); j++ {
		s := src[j].s
		if !isTableLine(s) {
			break
		}
		switch {
		case isTableSep(s, '-'):
			switch {
			case len(rows) == 0:
			case !alignSet && !hasFooter:
				addSection("thead", false)
				alignment, alignSet = tableAlignment(s), true
			default:
				addSection("tbody", false)
			}
		case isTableSep(s, '='):
			if len(rows) > 0 {
				addSection("tbody", true)
			}
			hasFooter = true
		default:
			cells := tableCells(strings.TrimRight(strings.TrimSuffix(s, "\n"), " \t"))
			if leadingPipe && len(cells) > 0 && rubyStrip(cells[0]) == "" {
				cells = cells[1:]
			}
			if len(cells) > 0 && rubyStrip(cells[len(cells)-1]) == "" {
				cells = cells[:len(cells)-1]
			}
			row := &block{kind: kRow, line: src[j].num}
			for _, c := range cells {
				row.children = append(row.children, &block{kind: kCell, line: src[j].num, text: rubyStrip(c)})
			}
			columns = max(columns, len(cells))
			rows = append(rows, row)
		}
	}
	if !beforeBlockBoundary(src, j) || j == i || !hasPipeOutsideCode(src[j-1].s) {
		return i, false
	}
	if len(rows) > 0 {
		tag := "tbody"
		if hasFooter {
			tag = "tfoot"
		}
		addSection(tag, false)
	}
	hasBody := false
	for _, sec := range table.children {
		hasBody = hasBody || sec.text == "tbody"
	}
	if !hasBody {
		return i, false
	}
	if len(alignment) > columns {
		alignment = alignment[:columns]
	}
	for len(alignment) < columns {
		alignment = append(alignment, "")
	}
	for _, sec := range table.children {
		for _, row := range sec.children {
			for len(row.children) < columns {
				row.children = append(row.children, &block{kind: kCell, line: row.line})
			}
			for k, c := range row.children {
				c.align, c.header = alignment[k], sec.text == "thead"
			}
		}
	}
	tree.children = append(tree.children, table)
	return j, true
}

// isTableLine matches TABLE_LINE at the start of s: a "|" first, or a "|"
// after a character other than a backslash.
func isTableLine(s string) bool {
	if strings.HasPrefix(s, "|") {
		return true
	}
	for k := 1; k < len(s) && s[k] != '\n'; k++ {
		if s[k] == '|' && s[k-1] != '\\' {
			return true
		}
	}
	return false
}

// isTableSep matches TABLE_SEP_LINE (dash '-') or TABLE_FSEP_LINE ('='):
// only "+", "|", ":", spaces, tabs and dash, with at least one dash.
func isTableSep(s string, dash byte) bool {
	seen := false
	for k := 0; k < len(s) && s[k] != '\n'; k++ {
		switch s[k] {
		case dash:
			seen = true
		case '+', '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return seen
}

// tableAlignment reads the column alignments from a separator line.
func tableAlignment(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '+' || r == '\n' }) {
		part = strings.TrimSpace(part)
		if !strings.Contains(part, "-") {
			continue
		}
		left, right := strings.HasPrefix(part, ":"), strings.HasSuffix(part, ":")
		switch {
		case left && right:
			out = append(out, "center")
		case right:
			out = append(out, "right")
		case left:
			out = append(out, "left")
		default:
			out = append(out, "")
		}
	}
	return out
}

// tableCells splits a row at unescaped "|" outside code spans; "\|"
// becomes "|".
func tableCells(s string) []string {
	var cells []string
	var cur strings.Builder
	for k := 0; k < len(s); k++ {
		c := s[k]
		switch {
		case c == '`':
			end := codeSpanEnd(s, k)
			if end > k {
				cur.WriteString(s[k:end])
				k = end - 1
				continue
			}
			cur.WriteByte(c)
		case c == '\\' && k+1 < len(s) && s[k+1] == '|':
			cur.WriteByte('|')
			k++
		case c == '|':
			cells = append(cells, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(cells, cur.String())
}

// codeSpanEnd returns the end of the kramdown code span starting at s[k],
// or k when the backticks do not open one.
func codeSpanEnd(s string, k int) int {
	n := 0
	for k+n < len(s) && s[k+n] == '`' {
		n++
	}
	if n == 1 && (k == 0 || isRubySpace(s[k-1])) && k+1 < len(s) && isRubySpace(s[k+1]) {
		return k
	}
	close := strings.Index(s[k+n:], strings.Repeat("`", n))
	if close < 0 {
		return k
	}
	return k + n + close + n
}

// hasPipeOutsideCode reports whether a table line has a cell separator
// outside code spans (kramdown rejects tables whose pipes are all in code).
func hasPipeOutsideCode(s string) bool {
	return len(tableCells(strings.TrimSuffix(s, "\n"))) > 1
}
