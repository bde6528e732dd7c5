package core

import "strings"

// style is how the document writes the things an edit adds, learnt from
// what is already there, so that new lines look like their neighbours.
type style struct {
	bullet     string // marker for a new top-level bullet list
	nestIndent int    // columns a child's marker sits right of its parent's
	gap        string // text between marker and content ("   " for "-   x")
	nl         string // line ending
}

// styleOf learns the document's style; the most common form wins.
func (d *Document) styleOf() style {
	st := style{bullet: "-", nestIndent: 2, gap: " ", nl: d.Newline()}
	bullets := map[string]int{}
	nests := map[int]int{}
	gaps := map[string]int{}
	for _, it := range d.Items() {
		if it.Depth == 0 && !isOrdered(it.Marker) {
			bullets[it.Marker]++
		}
		if it.Parent != nil {
			nests[it.Indent-it.Parent.Indent]++
		}
		if !isOrdered(it.Marker) {
			gaps[gapOf(d.src, it)]++
		}
	}
	st.bullet = mostCommon(bullets, st.bullet)
	st.nestIndent = mostCommon(nests, st.nestIndent)
	st.gap = mostCommon(gaps, st.gap)
	return st
}

// nestIndentNear returns how far right of its parent a child's marker sits
// in the list that holds it (its top-level list, all depths), or the
// document's habit when that list nests nothing yet.
func (d *Document) nestIndentNear(it *Item) int {
	top := it
	for top.Parent != nil {
		top = top.Parent
	}
	counts := map[int]int{}
	for _, s := range top.Siblings() {
		s.Walk(func(x *Item) bool {
			if x.Parent != nil {
				counts[x.Indent-x.Parent.Indent]++
			}
			return true
		})
	}
	if len(counts) == 0 {
		return d.styleOf().nestIndent
	}
	return mostCommon(counts, 2)
}

// gapOf returns the whitespace between an item's marker and its content.
func gapOf(src []byte, it *Item) string {
	i := it.MarkerSpan.End
	end := contentEnd(src, i)
	j := i
	for j < end && (src[j] == ' ' || src[j] == '\t') {
		j++
	}
	if j == end || j-i > 4 || j == i {
		return " "
	}
	return string(src[i:j])
}

func mostCommon[K comparable](counts map[K]int, fallback K) K {
	best, n := fallback, 0
	for k, c := range counts {
		if c > n || (c == n && less(k, best)) {
			best, n = k, c
		}
	}
	return best
}

// less orders keys so that ties are broken the same way on every run.
func less[K comparable](a, b K) bool {
	switch a := any(a).(type) {
	case string:
		return a < any(b).(string)
	case int:
		return a < any(b).(int)
	}
	return false
}

func isOrdered(marker string) bool {
	return marker != "" && marker[0] >= '0' && marker[0] <= '9'
}

// nextMarker returns the marker for an item added after one with marker m
// in a list: bullets repeat; numbers count on, unless the list repeats one
// number ("1." on every item), which it then keeps.
func nextMarker(m string, siblings []*Item) string {
	if !isOrdered(m) {
		return m
	}
	num, delim := m[:len(m)-1], m[len(m)-1:]
	repeat := len(siblings) > 1
	for _, s := range siblings {
		if s.Marker != siblings[0].Marker {
			repeat = false
		}
	}
	if repeat {
		return m
	}
	n := 0
	for _, c := range num {
		n = n*10 + int(c-'0')
	}
	return itoa(n+1) + delim
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// boxText returns the box to write for state c ("" for NoBox).
func boxText(c Checkbox) string {
	switch c {
	case Open:
		return "[ ] "
	case Done:
		return "[x] "
	}
	return ""
}

// indentText returns n columns of indentation as spaces.
func indentText(n int) string { return strings.Repeat(" ", max(n, 0)) }
