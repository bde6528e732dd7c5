package preview

import "strings"

// parseBlockquote ports kramdown's blockquote: lines up to the next lazy
// end (a blank line, usually), each without its "> " prefix when it has
// one, parsed again as blocks.
func (p *kdParser) parseBlockquote(tree *block, src []line, i int) (int, bool) {
	if !isBlockquoteStart(src[i].s) {
		return i, false
	}
	j := i + 1
	for !isLazyEnd(src, j) {
		j++
	}
	inner := make([]line, 0, j-i)
	for k := i; k < j; k++ {
		s := src[k].s
		if t, ok := optSpace(s); ok && strings.HasPrefix(t, ">") {
			s = strings.TrimPrefix(t[1:], " ")
		}
		inner = append(inner, line{s, src[k].num})
	}
	q := &block{kind: kQuote, line: src[i].num}
	tree.children = append(tree.children, q)
	p.parseBlocks(q, inner)
	return j, true
}
