package preview

import (
	"strings"
)

// listMarker matches a list item marker at the start of s with at most
// maxLead leading spaces: "+", "*" or "-" for a bullet list, digits and "."
// for an ordered one, followed by a space, tab or "|" (kramdown's
// PATTERN_TAIL). It returns the marker length including the leading spaces.
func listMarker(s string, ordered bool, maxLead int) (int, bool) {
	n := leadingSpaces(s)
	if n > maxLead || n >= len(s) {
		return 0, false
	}
	i := n
	if ordered {
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == n || i >= len(s) || s[i] != '.' {
			return 0, false
		}
		i++
	} else {
		if s[i] != '+' && s[i] != '*' && s[i] != '-' {
			return 0, false
		}
		i++
	}
	if i >= len(s) || !isPatternTail(s[i]) {
		return 0, false
	}
	return i, true
}

// isListStart matches kramdown's LIST_START: a bullet or ordered marker
// after up to three spaces.
func isListStart(s string) bool {
	if _, ok := listMarker(s, false, 3); ok {
		return true
	}
	_, ok := listMarker(s, true, 3)
	return ok
}

// firstListLine ports parse_first_list_line: the content of the item's
// first line and the item's content indentation. An empty first line sets
// the indentation to 4, whatever the marker.
func firstListLine(indentation int, content string) (string, int) {
	if isBlank(content) || isIALOnly(content) {
		return "", 4
	}
	for {
		sp := leadingSpaces(content)
		if sp >= len(content) || content[sp] != '\t' {
			break
		}
		tabs := 0
		for sp+tabs < len(content) && content[sp+tabs] == '\t' {
			tabs++
		}
		temp := sp + indentation
		content = content[:sp] + strings.Repeat(" ", 4-(temp%4)+(tabs-1)*4) + content[sp+tabs:]
	}
	indentation += leadingSpaces(content)
	return strings.TrimLeft(content, " \t\n\r\f\v"), indentation
}

// isIALOnly reports whether s is an attribute list and nothing else.
func isIALOnly(s string) bool {
	t := strings.TrimLeft(s, " \t\r\f\v")
	if !strings.HasPrefix(t, "{:") {
		return false
	}
	end := ialEnd(t, 2)
	return end > 2 && isBlank(t[end+1:])
}

// matchContentIndent ports the content_re of a list item indented by n:
// the line starts with n columns of indentation (tabs count as four) and
// has something after them.
func matchContentIndent(s string, n int) bool {
	i := 0
	for u := 0; u < n/4; u++ {
		switch {
		case strings.HasPrefix(s[i:], "\t"):
			i++
		case strings.HasPrefix(s[i:], "    "):
			i += 4
		default:
			return false
		}
	}
	r := s[i:]
	if !(leadingSpaces(r) >= n%4 || strings.HasPrefix(r, "\t")) {
		return false
	}
	return hasNonSpace(r)
}

// matchLazy ports the lazy_re of a list item indented by n: any non-blank
// line that does not start with an attribute list or a block HTML tag.
func matchLazy(s string, n int) bool {
	if !hasNonSpace(s) {
		return false
	}
	maxSp := min(n, 3)
	if sp := leadingSpaces(s); sp <= maxSp {
		if isIALLine(s) || isLazyEndHTML(s, maxSp) {
			return false
		}
	}
	return true
}

// expandLeadingTabs replaces the tabs at the start of s by four spaces each.
func expandLeadingTabs(s string) string {
	t := 0
	for t < len(s) && s[t] == '\t' {
		t++
	}
	if t == 0 {
		return s
	}
	return strings.Repeat(" ", 4*t) + s[t:]
}

// parseList ports kramdown's list parser and kramdown-parser-gfm's task
// list post-processing. Lines are collected per item by kramdown's rules
// (content lines indented to the item's text, lazy lines while no blank
// line intervenes, sub-lists starting a new chunk), then each item's content
// is parsed again as blocks.
func (p *kdParser) parseList(tree *block, src []line, i int) (int, bool) {
	ordered := false
	mlen, ok := listMarker(src[i].s, false, 3)
	if !ok {
		if mlen, ok = listMarker(src[i].s, true, 3); !ok {
			return i, false
		}
		ordered = true
	}
	_ = mlen
	list := &block{kind: kList, line: src[i].num, ordered: ordered}
	var item *block
	indentation := 0
	maxLead := 3
	nestedListFound, lastIsBlank, eobFound := false, false, false
	j := i
	appendLine := func(s string, num int) {
		v := &item.values[len(item.values)-1]
		*v = append(*v, line{s, num})
	}
	for j < len(src) {
		s := src[j].s
		if lastIsBlank && isHR(s) {
			break
		}
		if isEOBLine(s) {
			eobFound = true
			j++
			break
		}
		if ml, ok := listMarker(s, ordered, maxLead); ok {
			item = &block{kind: kItem, line: src[j].num}
			var content string
			content, indentation = firstListLine(ml, s[ml:])
			content = stripItemIAL(content)
			list.children = append(list.children, item)
			maxLead = min(indentation-1, 3)
			nestedListFound = isListStart(content)
			lastIsBlank = false
			item.values = [][]line{nil}
			if content != "" {
				appendLine(content, src[j].num)
			}
			j++
			continue
		}
		if matchContentIndent(s, indentation) || (!lastIsBlank && matchLazy(s, indentation)) {
			r := expandLeadingTabs(s)
			found := leadingSpaces(r) >= indentation
			if found {
				r = r[indentation:]
			}
			switch {
			case !nestedListFound && found && isListStart(r):
				item.values = append(item.values, nil)
				nestedListFound = true
			case nestedListFound && !found && isListStart(r):
				r = strings.Repeat(" ", indentation+4) + r
			}
			appendLine(r, src[j].num)
			lastIsBlank = false
			j++
			continue
		}
		if isBlank(s) {
			for j < len(src) && isBlank(src[j].s) {
				appendLine(src[j].s, src[j].num)
				j++
			}
			nestedListFound = true
			lastIsBlank = true
			continue
		}
		break
	}
	tree.children = append(tree.children, list)
	p.finishListItems(tree, list, eobFound)
	markTasks(list)
	return j, true
}

// stripItemIAL removes an attribute list at the start of an item's text
// (LIST_ITEM_IAL); the preview ignores its attributes.
func stripItemIAL(content string) string {
	if !strings.HasPrefix(content, "{:") || len(content) < 3 || content[2] == ':' || content[2] == '/' {
		return content
	}
	end := ialEnd(content, 2)
	if end < 0 {
		return content
	}
	return strings.TrimLeft(content[end+1:], " \t\n\r\f\v")
}

// finishListItems parses each item's chunks and decides, by kramdown's
// rule, whether the item's first paragraph is wrapped in <p>: it is not when
// the item is tight, i.e. no blank line follows the paragraph in the item.
func (p *kdParser) finishListItems(tree, list *block, eobFound bool) {
	var last *block
	n := len(list.children)
	for idx, it := range list.children {
		temp := &block{kind: kItem}
		for _, val := range it.values {
			p.parseBlocks(temp, val)
		}
		it.values = nil
		it.children = temp.children
		if len(it.children) == 0 {
			continue
		}
		isLast := idx == n-1
		first := it.children[0]
		if first.kind == kPara &&
			(len(it.children) < 2 || it.children[1].kind != kBlank || (isLast && len(it.children) == 2 && !eobFound)) &&
			(!isLast || n == 1 || anyNotPlainPara(list.children[:n-1])) {
			if len(it.children) > 1 && it.children[1].kind != kBlank {
				first.text += "\n"
			}
			first.transparent = true
		}
		last = nil
		if l := it.last(); l.kind == kBlank {
			last = l
			it.children = it.children[:len(it.children)-1]
		}
	}
	if last != nil && !eobFound {
		tree.children = append(tree.children, last)
	}
}

// anyNotPlainPara reports whether an item has no content, or content that
// does not start with a <p>-wrapped paragraph.
func anyNotPlainPara(items []*block) bool {
	for _, it := range items {
		if len(it.children) == 0 || it.children[0].kind != kPara || it.children[0].transparent {
			return true
		}
	}
	return false
}

// markTasks ports kramdown-parser-gfm's task lists: an item whose first
// paragraph starts with "[ ]" or "[x]" (any case) and an ASCII space gets a
// checkbox; from the first such item on, every item of the list gets the
// class task-list-item, and the list the class task-list.
func markTasks(list *block) {
	isTask := false
	for _, li := range list.children {
		if len(li.children) == 0 || li.children[0].kind != kPara {
			continue
		}
		para := li.children[0]
		if rest, state, ok := cutCheckbox(para.text); ok {
			para.text, li.task = rest, state
			isTask = true
		}
		li.taskClass = isTask
	}
	list.taskClass = isTask
}

// cutCheckbox matches /\A\s*\[ \]\s+/ or /\A\s*\[x\]\s+/i with Ruby's \s
// (ASCII whitespace only: a no-break space is not a separator).
func cutCheckbox(text string) (rest string, state taskState, ok bool) {
	t := strings.TrimLeft(text, " \t\n\r\f\v")
	if len(t) < 4 || t[0] != '[' || t[2] != ']' || !isRubySpace(t[3]) {
		return text, taskNone, false
	}
	switch t[1] {
	case ' ':
		state = taskOpen
	case 'x', 'X':
		state = taskDone
	default:
		return text, taskNone, false
	}
	return strings.TrimLeft(t[3:], " \t\n\r\f\v"), state, true
}

// parseDefinitionList ports kramdown's definition list: lines starting
// with ": " after a paragraph, whose lines become the terms.
func (p *kdParser) parseDefinitionList(tree *block, src []line, i int) (int, bool) {
	if !isDefinitionStart(src[i].s) {
		return i, false
	}
	ch := tree.children
	n := len(ch)
	if n == 0 || (n == 1 && ch[0].kind != kPara) ||
		(n >= 2 && ch[n-1].kind != kPara && (ch[n-1].kind != kBlank || ch[n-2].kind != kPara)) {
		return i, false
	}
	firstAsPara := false
	ch[n-1].flushText()
	if n >= 2 {
		ch[n-2].flushText()
	}
	para := ch[n-1]
	tree.children = ch[:n-1]
	if para.kind == kBlank {
		para = ch[n-2]
		tree.children = ch[:n-2]
		firstAsPara = true
	}
	dl := &block{kind: kDL, line: para.line}
	for k, term := range strings.Split(para.text, "\n") {
		dl.children = append(dl.children, &block{kind: kDT, line: para.line + k, text: term})
	}
	var item *block
	indentation, lastIsBlank := 0, false
	maxLead := 3
	j := i
	firstAsParaOf := map[*block]bool{}
	for j < len(src) {
		s := src[j].s
		if t, ok := optSpaceN(s, maxLead); ok && len(t) >= 2 && t[0] == ':' && isPatternTail(t[1]) {
			ml := len(s) - len(t) + 1
			item = &block{kind: kDD, line: src[j].num}
			firstAsParaOf[item] = firstAsPara
			var content string
			content, indentation = firstListLine(ml, s[ml:])
			content = stripItemIAL(content)
			dl.children = append(dl.children, item)
			maxLead = min(indentation-1, 3)
			item.values = [][]line{nil}
			if content != "" {
				item.values[0] = append(item.values[0], line{content, src[j].num})
			}
			firstAsPara, lastIsBlank = false, false
			j++
			continue
		}
		if isEOBLine(s) {
			break
		}
		if matchContentIndent(s, indentation) || (!lastIsBlank && matchLazy(s, indentation)) {
			r := expandLeadingTabs(s)
			if leadingSpaces(r) >= indentation {
				r = r[indentation:]
			}
			item.values[0] = append(item.values[0], line{r, src[j].num})
			firstAsPara, lastIsBlank = false, false
			j++
			continue
		}
		if isBlank(s) {
			firstAsPara, lastIsBlank = true, true
			item.values[0] = append(item.values[0], line{s, src[j].num})
			j++
			continue
		}
		break
	}
	var last *block
	for _, it := range dl.children {
		if it.kind == kDT {
			continue
		}
		p.parseBlocks(it, it.values[0])
		it.values = nil
		if len(it.children) == 0 {
			continue
		}
		last = nil
		if l := it.last(); l.kind == kBlank {
			last = l
			it.children = it.children[:len(it.children)-1]
		}
		if len(it.children) > 0 && it.children[0].kind == kPara && !firstAsParaOf[it] {
			if len(it.children) > 1 {
				it.children[0].text += "\n"
			}
			it.children[0].transparent = true
		}
	}
	ch = tree.children
	switch {
	case len(ch) >= 1 && ch[len(ch)-1].kind == kDL:
		ch[len(ch)-1].children = append(ch[len(ch)-1].children, dl.children...)
	case len(ch) >= 2 && ch[len(ch)-1].kind == kBlank && ch[len(ch)-2].kind == kDL:
		tree.children = ch[:len(ch)-1]
		ch[len(ch)-2].children = append(ch[len(ch)-2].children, dl.children...)
	default:
		tree.children = append(tree.children, dl)
	}
	if last != nil {
		tree.children = append(tree.children, last)
	}
	return j, true
}

// optSpaceN returns s without up to max leading spaces, and whether it had
// at most max.
func optSpaceN(s string, max int) (string, bool) {
	n := leadingSpaces(s)
	if n > max {
		return s, false
	}
	return s[n:], true
}
