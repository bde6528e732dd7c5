package core

import (
	"errors"
	"strings"
)

// Errors of item edits that cannot be done where the item is.
var (
	ErrFirst       = errors.New("the item is already the first of its list")
	ErrLast        = errors.New("the item is already the last of its list")
	ErrNoParent    = errors.New("the item is not nested: it cannot be outdented")
	ErrSharedLine  = errors.New("the item shares its line with another item")
	ErrNotInSource = errors.New("the item or section is not part of this document")
)

// SetText replaces the item's text (its first paragraph, after the box).
// Lines after the first are indented to the item's content column.
func (d *Document) SetText(it *Item, text string) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	text = strings.TrimRight(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	text = strings.ReplaceAll(text, "\n", d.Newline()+indentText(it.ContentCol))
	start := it.TextSpan.Start
	if text != "" && (start == it.MarkerSpan.End || it.Box != NoBox && start == it.BoxSpan.End) {
		text = " " + text // "-" or "- [x]" alone: the text needs its space
	}
	return Change{{start, it.TextSpan.End, text}}, nil
}

// SetBox sets the item's task box: Open or Done writes "[ ]" or "[x]"
// (repairing a broken box), NoBox removes it. Only the item's first line
// changes.
func (d *Document) SetBox(it *Item, state Checkbox) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	switch {
	case it.Box != NoBox && state != NoBox:
		return Change{{it.BoxSpan.Start, it.BoxSpan.End, strings.TrimSpace(boxText(state))}}, nil
	case it.Box == NoBox && state != NoBox:
		at, text := it.TextSpan.Start, boxText(state)
		if at == it.MarkerSpan.End {
			text = " " + text
		}
		if it.TextSpan.Len() == 0 {
			text = strings.TrimRight(text, " ")
		}
		return Change{{at, at, text}}, nil
	case it.Box != NoBox && state == NoBox:
		return Change{{it.BoxSpan.Start, max(it.TextSpan.Start, it.BoxSpan.End), ""}}, nil
	}
	return nil, nil
}

// Toggle checks an open box and opens a checked one; an item without a
// box gets an open one.
func (d *Document) Toggle(it *Item) (Change, error) {
	next := map[Checkbox]Checkbox{NoBox: Open, Open: Done, Done: Open}[it.Box]
	return d.SetBox(it, next)
}

// AddItemAfter adds an item after it and its children, at its level, in
// the style of its list: indentation, marker, spacing, a box when every
// item of the list has one, a blank line between items when the list has
// them.
func (d *Document) AddItemAfter(it *Item, text string) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	line := d.prefixOf(it) + nextMarker(it.Marker, it.Siblings()) + gapOf(d.src, it) + siblingBox(it.Siblings()) + text
	return d.insertLines(it.Span.End, line, it.list.Loose), nil
}

// AddChild adds an item as the last child of parent.
func (d *Document) AddChild(parent *Item, text string) (Change, error) {
	if err := d.owns(parent); err != nil {
		return nil, err
	}
	if n := len(parent.Items); n > 0 {
		return d.AddItemAfter(parent.Items[n-1], text)
	}
	st := d.styleOf()
	indent := min(max(parent.Indent+d.nestIndentNear(parent), parent.ContentCol), parent.ContentCol+3)
	marker := parent.Marker
	if isOrdered(marker) {
		marker = st.bullet
	}
	line := indentText(indent) + marker + st.gap + text
	return d.insertLines(parent.Span.End, line, false), nil
}

// AddItemToSection adds an item at the end of the section's own last list,
// or starts a list at the end of the section's own part.
func (d *Document) AddItemToSection(s *Section, text string) (Change, error) {
	for i := len(s.Blocks) - 1; i >= 0; i-- {
		if b := s.Blocks[i]; b.Kind == List && len(b.Items) > 0 {
			return d.AddItemAfter(b.Items[len(b.Items)-1], text)
		}
	}
	st := d.styleOf()
	line := st.bullet + st.gap + d.usualBox() + text
	end := trimBlankLines(d.norm, s.Own.Start, s.Own.End)
	blank := len(s.Blocks) > 0 || (s.Level > 0 && d.blankAfterHeadings())
	if s.Level == 0 && end == d.BodyStart {
		blank = false
	}
	return d.insertLines(end, line, blank), nil
}

// RemoveItem removes the item with its children, and the blank line that
// separated it from a sibling.
func (d *Document) RemoveItem(it *Item) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	start, end := it.Span.Start, it.Span.End
	sib := it.Siblings()
	switch {
	case it.list.Loose && it.index+1 < len(sib):
		end = sib[it.index+1].Span.Start
	case it.list.Loose && it.index > 0:
		start = sib[it.index-1].Span.End
	}
	if end == len(d.src) && !endsWithNewline(d.src) && start > 0 {
		start = lineBreakBefore(d.src, start)
	}
	repl := ""
	if wouldJoin(d.src, start, end) {
		// "- a\n-\ntext": without the empty item, "text" would become a
		// lazy line of "a". A blank line keeps it a paragraph of its own.
		repl = d.Newline()
	}
	return Change{{start, end, repl}}, nil
}

// wouldJoin reports whether removing src[start:end] (whole lines) could
// make the line after it a lazy continuation of the text before it: both
// are there and not blank, and the line after does not surely start a
// block of its own. When unsure it says yes: a blank line too many costs a
// line of diff, a joined paragraph changes the minutes.
func wouldJoin(src []byte, start, end int) bool {
	if start == 0 || end >= len(src) {
		return false
	}
	before := src[lineStart(src, start-1):start]
	after := src[end:contentEnd(src, end)]
	return !isBlank(before) && !isBlank(after) && !startsBlock(after)
}

// startsBlock reports whether a line surely starts a block that can
// interrupt a paragraph: an ATX heading, a block quote, a code fence, a
// thematic break, or a list item with text (a bullet, or an ordered one
// numbered 1), at any indentation.
func startsBlock(line []byte) bool {
	// Any indentation: a nested list's next item is indented past the
	// paragraph it follows and still starts a block.
	l := strings.TrimLeft(string(line), " \t")
	if l == "" {
		return false
	}
	spaced := func(rest string) bool {
		return rest != "" && (rest[0] == ' ' || rest[0] == '\t') && strings.TrimSpace(rest) != ""
	}
	switch c := l[0]; {
	case c == '#':
		n := len(l) - len(strings.TrimLeft(l, "#"))
		return n <= 6 && (n == len(l) || l[n] == ' ' || l[n] == '\t')
	case c == '>':
		return true
	case strings.HasPrefix(l, "```") || strings.HasPrefix(l, "~~~"):
		return true
	case c == '-' || c == '*' || c == '_':
		if t := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, l); len(t) >= 3 && strings.Count(t, t[:1]) == len(t) {
			// A thematic break, but "---" under a paragraph would make
			// it a heading.
			return c != '-'
		}
		return c != '_' && spaced(l[1:])
	case c == '+':
		return spaced(l[1:])
	case strings.HasPrefix(l, "1.") || strings.HasPrefix(l, "1)"):
		return spaced(l[2:])
	}
	return false
}

// MoveItem swaps the item (with its children) with its previous sibling
// (delta < 0) or its next one (delta > 0). In a numbered list the numbers
// stay in place.
func (d *Document) MoveItem(it *Item, delta int) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	sib := it.Siblings()
	j := it.index + sign(delta)
	if j < 0 {
		return nil, ErrFirst
	}
	if j >= len(sib) {
		return nil, ErrLast
	}
	a, b := sib[min(it.index, j)], sib[max(it.index, j)]
	if lineStart(d.src, a.MarkerSpan.Start) == lineStart(d.src, a.Span.Start) && a.Span.Start != lineStart(d.src, a.MarkerSpan.Start) {
		return nil, ErrSharedLine
	}
	ta, tb := d.Text(a.Span), d.Text(b.Span)
	gap := string(d.src[a.Span.End:b.Span.Start])
	if b.Span.End == len(d.src) && !endsWithNewline(d.src) {
		tb += d.Newline()
		ta = strings.TrimSuffix(strings.TrimSuffix(ta, "\n"), "\r")
	}
	if isOrdered(a.Marker) && len(a.Marker) == len(b.Marker) {
		ta = replaceAt(ta, a.MarkerSpan.Start-a.Span.Start, b.Marker)
		tb = replaceAt(tb, b.MarkerSpan.Start-b.Span.Start, a.Marker)
	}
	return Change{{a.Span.Start, b.Span.End, tb + gap + ta}}, nil
}

// Indent makes the item the last child of its previous sibling, shifting
// its lines right.
func (d *Document) Indent(it *Item) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	if it.index == 0 {
		return nil, ErrFirst
	}
	prev := it.Siblings()[it.index-1]
	target := min(max(prev.Indent+d.nestIndentNear(prev), prev.ContentCol), prev.ContentCol+3)
	marker := it.Marker
	if n := len(prev.Items); n > 0 {
		target = prev.Items[n-1].Indent
		if isOrdered(prev.Items[n-1].Marker) != isOrdered(marker) || !isOrdered(marker) {
			marker = nextMarker(prev.Items[n-1].Marker, prev.Items)
		}
	}
	return d.shift(it, target-it.Indent, marker)
}

// Outdent makes the item the next sibling of its parent, shifting its
// lines left; the siblings that followed it become its children.
func (d *Document) Outdent(it *Item) (Change, error) {
	if err := d.owns(it); err != nil {
		return nil, err
	}
	if it.Parent == nil {
		return nil, ErrNoParent
	}
	p := it.Parent
	marker := it.Marker
	if isOrdered(p.Marker) || isOrdered(marker) || marker != p.Marker {
		marker = nextMarker(p.Marker, p.Siblings())
		if !isOrdered(p.Marker) {
			marker = p.Marker
		}
	}
	return d.shift(it, p.Indent-it.Indent, marker)
}

// shift moves every line of the item right by delta columns (left when
// negative) and writes marker in place of its marker.
func (d *Document) shift(it *Item, delta int, marker string) (Change, error) {
	if lineStart(d.src, it.MarkerSpan.Start) != it.Span.Start ||
		!isBlank(d.src[it.Span.Start:it.MarkerSpan.Start]) {
		return nil, ErrSharedLine
	}
	var c Change
	for ls := it.Span.Start; ls < it.Span.End; ls = lineEnd(d.src, ls) {
		le := contentEnd(d.src, ls)
		if isBlank(d.norm[ls:le]) {
			continue
		}
		ws := ls
		for ws < le && (d.src[ws] == ' ' || d.src[ws] == '\t') {
			ws++
		}
		width := columns(d.src[ls:ws])
		if ls == it.Span.Start {
			c = append(c, d.markerLine(it, width+delta, marker))
			continue
		}
		switch {
		case delta > 0 && !strings.Contains(string(d.src[ls:ws]), "\t"):
			c = append(c, Splice{ls, ls, indentText(delta)})
		case width+delta >= 0 && width != width+delta:
			c = append(c, Splice{ls, ws, indentText(width + delta)})
		case width+delta < 0:
			c = append(c, Splice{ls, ws, ""})
		}
	}
	return c, nil
}

// markerLine rewrites the item's first line up to its content: indent
// columns, then marker, then a gap that keeps the content column where the
// shifted lines put it, so that children stay children.
func (d *Document) markerLine(it *Item, indent int, marker string) Splice {
	end := contentEnd(d.src, it.MarkerSpan.End)
	j := it.MarkerSpan.End
	for j < end && d.src[j] == ' ' {
		j++
	}
	gap := string(d.src[it.MarkerSpan.End:j])
	if j > it.MarkerSpan.End && j < end {
		want := it.ContentCol + (indent - it.Indent) - indent - columnsOf([]byte(marker))
		gap = indentText(max(want, 1))
	}
	return Splice{lineStart(d.src, it.MarkerSpan.Start), j, indentText(indent) + marker + gap}
}

// insertLines inserts line (without ending) as a new line at offset at,
// which is a line start or the end of the source; blank adds an empty line
// before it.
func (d *Document) insertLines(at int, line string, blank bool) Change {
	nl := d.Newline()
	text := line + nl
	if blank {
		text = nl + text
	}
	if at == len(d.src) && len(d.src) > 0 && !endsWithNewline(d.src) {
		text = nl + strings.TrimSuffix(text, nl)
	}
	return Change{{at, at, text}}
}

// prefixOf returns what precedes the item's marker on its line, as
// indentation for a sibling: whitespace is copied, anything else (a parent
// marker on the same line) becomes spaces.
func (d *Document) prefixOf(it *Item) string {
	p := d.src[lineStart(d.src, it.MarkerSpan.Start):it.MarkerSpan.Start]
	if isBlank(p) {
		return string(p)
	}
	return indentText(it.Indent)
}

// siblingBox returns the box a new item of this list gets: an open one when
// every sibling has a box (an agenda of tasks). In a list where only some
// items have boxes (notes with an action here and there) a new item is a
// note; the scribe adds a box when it is a task.
func siblingBox(sib []*Item) string {
	for _, s := range sib {
		if s.Box == NoBox {
			return ""
		}
	}
	if len(sib) == 0 {
		return ""
	}
	return boxText(Open)
}

// usualBox returns an open box when most top-level items of the document
// have one.
func (d *Document) usualBox() string {
	n, boxed := 0, 0
	d.Root.Walk(func(s *Section) bool {
		for _, it := range s.Items() {
			n++
			if it.Box != NoBox {
				boxed++
			}
		}
		return true
	})
	if n > 0 && 2*boxed > n {
		return boxText(Open)
	}
	return ""
}

// blankAfterHeadings reports whether most headings that are followed by a
// block have a blank line before it.
func (d *Document) blankAfterHeadings() bool {
	yes, no := 0, 0
	for _, s := range d.Sections() {
		if len(s.Blocks) == 0 {
			continue
		}
		if isBlank(d.norm[s.Heading.End:s.Blocks[0].Span.Start]) && s.Blocks[0].Span.Start > s.Heading.End {
			yes++
		} else {
			no++
		}
	}
	return yes >= no
}

// owns checks that it belongs to this document's parse.
func (d *Document) owns(it *Item) error {
	if it == nil || it.doc != d || it.list == nil || it.Span.End > len(d.src) || it.index >= len(it.list.Items) || it.list.Items[it.index] != it {
		return ErrNotInSource
	}
	return nil
}

func endsWithNewline(src []byte) bool { return len(src) > 0 && src[len(src)-1] == '\n' }

// lineBreakBefore returns the offset of the line break that ends the line
// before offset at.
func lineBreakBefore(src []byte, at int) int {
	if at > 0 && src[at-1] == '\n' {
		at--
		if at > 0 && src[at-1] == '\r' {
			at--
		}
	}
	return at
}

func replaceAt(s string, at int, repl string) string {
	if at < 0 || at+len(repl) > len(s) {
		return s
	}
	return s[:at] + repl + s[at+len(repl):]
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}
