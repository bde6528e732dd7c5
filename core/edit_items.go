package core

import (
	"bytes"
	"sort"
)

// RemoveItems returns the change that removes the items with their
// sub-items, the same as removing them one at a time with RemoveItem, the
// last first, each in the document the removals after it left. It is one
// change, so that removing many items costs one parse, not one per item
// (the next agenda drops every repeated item of a long list), and it
// costs time linear in the document but for removals inside one section
// that depend on one another (removeWindowed).
func (d *Document) RemoveItems(its []*Item) (Change, error) {
	c, ok, err := d.removeBatched(its)
	if err != nil || ok {
		return c, err
	}
	return d.removeWindowed(its)
}

// removeBatched is RemoveItems when every removal can be made on this
// document at once.
//
// Removals that depend on one another in ways the one change cannot see
// beforehand make ok false and the change nil: a whole list that does not
// stand apart (apart) or is loose, items of a loose list that
// could turn tight as its items go (no blank line stays between two of
// the items kept), a removal that keeps a blank line to stop the text
// after it from joining the text before it, and removals that meet (the
// second then sees the text after the first).
func (d *Document) removeBatched(its []*Item) (c Change, ok bool, err error) {
	set := map[*Item]bool{}
	for _, it := range its {
		if err := d.owns(it); err != nil {
			return nil, false, err
		}
		set[it] = true
	}
	// An item inside a removed item goes with it.
	byList := map[*Block][]*Item{}
	var lists []*Block
	for _, it := range its {
		if insideAny(it, set) {
			continue
		}
		if byList[it.list] == nil {
			lists = append(lists, it.list)
		}
		byList[it.list] = append(byList[it.list], it)
	}
	for _, l := range lists {
		items := byList[l]
		sort.Slice(items, func(i, j int) bool { return items[i].index < items[j].index })
		if len(items) == len(l.Items) && (l.Loose || !d.apart(l)) || l.Loose && !d.staysLoose(l, set) {
			return nil, false, nil
		}
		for i := 0; i < len(items); {
			j := i
			for j+1 < len(items) && items[j+1].index == items[j].index+1 {
				j++
			}
			remove := d.removeRun
			if l.Loose {
				remove = d.removeLooseRun
			}
			s, ok, err := remove(items[i], items[j])
			if err != nil || !ok {
				return nil, false, err
			}
			c = append(c, s)
			i = j + 1
		}
	}
	c = c.sorted()
	for i := 1; i < len(c); i++ {
		if c[i].Start <= c[i-1].End {
			return nil, false, nil // they meet: the earlier one sees the later one's result
		}
	}
	return c, true, nil
}

// removeRun is the splice that removes the siblings first to last of a
// tight list. Removed last first, each removal but the last one's leaves
// the next one nothing else to see: the lines are adjacent, the text after
// them the same. Only the last item's removal decides whether the run
// takes the line break before it (at the end of a source with no final
// line break) and whether a blank line must stay.
func (d *Document) removeRun(first, last *Item) (Splice, bool, error) {
	c, err := d.RemoveItem(last)
	if err != nil {
		return Splice{}, false, err
	}
	s := c[0]
	if s.Text != "" {
		return Splice{}, false, nil
	}
	start, end := first.Span.Start, last.Span.End
	if d.indentedAfter(last) {
		return Splice{}, false, nil
	}
	if s.Start != last.Span.Start && start > 0 {
		start = lineBreakBefore(d.src, start)
	}
	return Splice{Start: start, End: end}, true, nil
}

// removeLooseRun is the splice that removes the siblings first to last of
// a loose list that stays loose (staysLoose). Removed last first, each
// takes the blank lines up to the sibling after the run, or, at the end
// of the list, those after the sibling before it.
func (d *Document) removeLooseRun(first, last *Item) (Splice, bool, error) {
	sib := last.Siblings()
	if last.index+1 < len(sib) {
		start, end := first.Span.Start, sib[last.index+1].Span.Start
		if wouldJoin(d.src, start, end) {
			return Splice{}, false, nil
		}
		return Splice{Start: start, End: end}, true, nil
	}
	if first.index == 0 || d.indentedAfter(last) {
		return Splice{}, false, nil // the whole list (staysLoose said no), or text may join
	}
	c, err := d.RemoveItem(last)
	if err != nil {
		return Splice{}, false, err
	}
	s := c[0]
	before := sib[last.index-1].Span.End
	if s.Text != "" || s.Start != before && s.Start != lineBreakBefore(d.src, before) {
		return Splice{}, false, nil
	}
	start := sib[first.index-1].Span.End
	if s.Start != before {
		start = lineBreakBefore(d.src, start) // no final line break: it goes too
	}
	return Splice{Start: start, End: last.Span.End}, true, nil
}

// indentedAfter reports whether the list of last, its last item, is
// followed, past blank lines, by an indented line: once the run before it
// is gone, that line may continue the item before the run, which the next
// removal would then take with it.
func (d *Document) indentedAfter(last *Item) bool {
	if last.index+1 < len(last.Siblings()) {
		return false
	}
	for end := last.Span.End; end < len(d.src); {
		next := lineEnd(d.src, end)
		if line := d.src[end:next]; !isBlank(line) {
			return line[0] == ' ' || line[0] == '\t'
		}
		end = next
	}
	return false
}

// apart reports whether list l stands apart: past the blank lines around
// it there is a heading (or the start or end of the source) on either
// side. Removing such a list whole lets no block around it join another
// or take lines in, and no removal elsewhere sees it go.
func (d *Document) apart(l *Block) bool {
	start, end := l.Items[0].Span.Start, l.Items[len(l.Items)-1].Span.End
	for start > d.BodyStart {
		before := d.src[lineStart(d.src, start-1):start]
		if !isBlank(before) {
			if !bytes.HasPrefix(before, []byte("#")) {
				return false
			}
			break
		}
		start = lineStart(d.src, start-1)
	}
	for end < len(d.src) {
		next := lineEnd(d.src, end)
		if line := d.src[end:next]; !isBlank(line) {
			return bytes.HasPrefix(line, []byte("#"))
		}
		end = next
	}
	return true
}

// staysLoose reports whether list l, loose, surely stays loose while its
// items in set go one by one, the last first: the first of them goes last,
// with the items kept still there, so it is enough that two of those
// (the kept ones and the first removed), one after the other, have blank
// lines between the first of them and the sibling that follows it, which
// no removal touches.
func (d *Document) staysLoose(l *Block, set map[*Item]bool) bool {
	prev, first := -1, true
	for i, it := range l.Items {
		if set[it] {
			if !first {
				continue
			}
			first = false
		}
		if prev >= 0 {
			gap := d.src[l.Items[prev].Span.End:l.Items[prev+1].Span.Start]
			if len(gap) > 0 && len(bytes.TrimSpace(gap)) == 0 && bytes.IndexByte(gap, '\n') >= 0 {
				return true
			}
		}
		prev = i
	}
	return false
}

// insideAny reports whether an item enclosing it is in set.
func insideAny(it *Item, set map[*Item]bool) bool {
	for p := it.Parent; p != nil; p = p.Parent {
		if set[p] {
			return true
		}
	}
	return false
}
