package core

import (
	"bytes"
	"fmt"
	"sort"
	"unicode"
	"unicode/utf8"
)

// removeWindowed is RemoveItems for removals that removeBatched cannot
// make at once. A removal sees no further than the next heading or
// paragraph that starts a line after a blank line: past blank lines such
// a line ends what it may take or join (apart, indentedAfter), and it
// closes every block before it. So the document is cut there into
// windows, each holding the text up to the next cut with the cut's line
// after it, and the items of a window are removed in a document of that
// window alone: at once where removeBatched can, else one by one, the
// last first. Removing a window's items then costs a parse of the window
// per item, not of the whole document; the windows' results are one
// change.
//
// A window whose result would change the line after it or the blank
// lines before that line (which the whole document's one-by-one removal
// would then see otherwise) makes the whole removal go one by one in the
// whole document.
func (d *Document) removeWindowed(its []*Item) (Change, error) {
	cuts := d.headingCuts()
	type window struct {
		start, end, context int // the window, and the end of the cut's line after it
		guard               int // where the text the window must keep starts: the blank lines before the cut
		items               []*Item
	}
	var ws []*window
	byStart := map[int]*window{}
	for _, it := range its {
		if err := d.owns(it); err != nil {
			return nil, err
		}
		i := sort.Search(len(cuts), func(i int) bool { return cuts[i].start > it.MarkerSpan.Start })
		start, end, context, guard := 0, len(d.src), len(d.src), len(d.src)
		if i > 0 {
			start = cuts[i-1].start
		}
		if i < len(cuts) {
			end, context, guard = cuts[i].start, cuts[i].lineEnd, cuts[i].guard
		}
		w := byStart[start]
		if w == nil {
			w = &window{start: start, end: end, context: context, guard: guard}
			byStart[start] = w
			ws = append(ws, w)
		}
		w.items = append(w.items, it)
	}
	if len(ws) == 1 && ws[0].start == 0 && ws[0].context == len(d.src) {
		return d.removeOneByOne(its)
	}
	var c Change
	for _, w := range ws {
		sub, err := Parse(d.src[w.start:w.context], WithName(d.name))
		if err != nil {
			return nil, err
		}
		subItems := make([]*Item, 0, len(w.items))
		for _, it := range w.items {
			found := sub.itemStarting(it.MarkerSpan.Start - w.start)
			if found == nil || found.Line != it.Line-d.Line(w.start)+1 {
				return d.removeOneByOne(its) // the window reads otherwise
			}
			subItems = append(subItems, found)
		}
		sc, ok, err := sub.removeBatched(subItems)
		if err != nil {
			return nil, err
		}
		var out []byte
		if ok {
			out = sc.Apply(sub.src)
		} else if out, err = sub.removeOneByOneBytes(subItems); err != nil {
			return nil, err
		}
		after := d.src[w.guard:w.context]
		if !bytes.HasSuffix(out, after) {
			return d.removeOneByOne(its)
		}
		c = append(c, spliceBetween(d.src, w.start, w.guard, out[:len(out)-len(after)]))
	}
	return c.sorted(), nil
}

// cut is where a window of removeWindowed starts: a heading line that
// starts with '#' and that the website sees as a heading, or the first
// line of a paragraph that starts with a letter after a blank line.
type cut struct{ guard, start, lineEnd int }

// headingCuts returns the document's cuts into windows, in order.
func (d *Document) headingCuts() []cut {
	var cuts []cut
	lineStarts := func(at int) bool { return at > d.BodyStart && d.src[at-1] == '\n' }
	d.Root.Walk(func(s *Section) bool {
		if h := s.Heading; s.Level > 0 && !s.Broken && lineStarts(h.Start) && d.src[h.Start] == '#' {
			cuts = append(cuts, cut{h.Start, h.Start, lineEnd(d.src, h.Start)})
		}
		for _, b := range s.Blocks {
			at := b.Span.Start
			if b.Kind != Paragraph || !lineStarts(at) || !startsWord(d.src[at:]) {
				continue
			}
			guard := at
			for guard > d.BodyStart && isBlank(d.src[lineStart(d.src, guard-1):guard]) {
				guard = lineStart(d.src, guard-1)
			}
			if guard < at {
				cuts = append(cuts, cut{guard, at, lineEnd(d.src, at)})
			}
		}
		return true
	})
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].start < cuts[j].start })
	return cuts
}

// startsWord reports whether b starts with a letter: a line no list,
// quote, fence, table or tag begins.
func startsWord(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r)
}

// itemStarting returns the item whose marker starts at off, or nil (an
// item may share its first line with its first child: "- - a").
func (d *Document) itemStarting(off int) *Item {
	it := d.ItemAt(off)
	for it != nil && it.MarkerSpan.Start != off {
		it = it.Parent
	}
	return it
}

// removeOneByOne is RemoveItems's definition, as a change of the whole
// source: each item removed with RemoveItem, the last first.
func (d *Document) removeOneByOne(its []*Item) (Change, error) {
	out, err := d.removeOneByOneBytes(its)
	if err != nil {
		return nil, err
	}
	return Change{spliceBetween(d.src, 0, len(d.src), out)}, nil
}

// spliceBetween is the splice that makes src[start:end] into out, trimmed
// to the bytes that differ, so that offsets outside them keep pointing at
// the same text.
func spliceBetween(src []byte, start, end int, out []byte) Splice {
	old := src[start:end]
	p := 0
	for p < len(old) && p < len(out) && old[p] == out[p] {
		p++
	}
	q := 0
	for q < len(old)-p && q < len(out)-p && old[len(old)-1-q] == out[len(out)-1-q] {
		q++
	}
	return Splice{Start: start + p, End: end - q, Text: string(out[p : len(out)-q])}
}

// removeOneByOneBytes is the source removeOneByOne leaves.
func (d *Document) removeOneByOneBytes(its []*Item) ([]byte, error) {
	its = append([]*Item(nil), its...)
	sort.Slice(its, func(i, j int) bool { return its[i].MarkerSpan.Start > its[j].MarkerSpan.Start })
	cur := d
	for _, it := range its {
		found := cur.itemStarting(it.MarkerSpan.Start)
		if found == nil {
			return nil, fmt.Errorf("line %d: the item %q is no longer there", it.Line, it.Text)
		}
		c, err := cur.RemoveItem(found)
		if err != nil {
			return nil, err
		}
		if cur, err = cur.Apply(c); err != nil {
			return nil, err
		}
	}
	return cur.src, nil
}
