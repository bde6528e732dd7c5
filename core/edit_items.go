package core

import (
	"sort"
)

// RemoveItems returns the change that removes the items with their
// sub-items, the same as removing them one at a time with RemoveItem, the
// last first, each in the document the removals after it left. It is one
// change, so that removing many items costs one parse, not one per item
// (the next agenda drops every repeated item of a long list).
//
// Removals that depend on one another in ways the one change cannot see
// beforehand make ok false and the change nil: an item of a loose list
// (removing one moves its blank line, which the next removal sees), a
// removal that keeps a blank line to stop the text after it from joining
// the text before it, and removals that meet (the second then sees the
// text after the first). The caller removes those one at a time.
func (d *Document) RemoveItems(its []*Item) (c Change, ok bool, err error) {
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
		if l.Loose {
			return nil, false, nil
		}
		items := byList[l]
		sort.Slice(items, func(i, j int) bool { return items[i].index < items[j].index })
		for i := 0; i < len(items); {
			j := i
			for j+1 < len(items) && items[j+1].index == items[j].index+1 {
				j++
			}
			s, ok, err := d.removeRun(items[i], items[j])
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
	if s.Start != last.Span.Start && start > 0 {
		start = lineBreakBefore(d.src, start)
	}
	return Splice{Start: start, End: end}, true, nil
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
