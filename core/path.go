package core

import (
	"strconv"
	"strings"
)

// Path returns the section's address in its document: the indexes of it
// and its ancestors among their siblings, joined by "." ("" for the root).
// After an edit elsewhere, SectionByPath finds the section that is now at
// the same place.
func (s *Section) Path() string {
	var idx []string
	for ; s != nil && s.Parent != nil; s = s.Parent {
		idx = append(idx, strconv.Itoa(indexOf(s.Parent.Sections, s)))
	}
	reverse(idx)
	return strings.Join(idx, ".")
}

// Path returns the item's address: its section's path, ":", then its index
// among the section's top-level items and the indexes of its ancestors'
// children, joined by ".".
func (it *Item) Path() string {
	var idx []string
	top := it
	for ; top.Parent != nil; top = top.Parent {
		idx = append(idx, strconv.Itoa(top.index))
	}
	s := it.doc.SectionAt(top.Span.Start)
	n := -1
	for i, x := range s.Items() {
		if x == top {
			n = i
		}
	}
	idx = append(idx, strconv.Itoa(n))
	reverse(idx)
	return s.Path() + ":" + strings.Join(idx, ".")
}

// SectionByPath returns the section at path p, or nil.
func (d *Document) SectionByPath(p string) *Section {
	s := d.Root
	if p == "" {
		return s
	}
	for _, part := range strings.Split(p, ".") {
		i, err := strconv.Atoi(part)
		if err != nil || i < 0 || i >= len(s.Sections) {
			return nil
		}
		s = s.Sections[i]
	}
	return s
}

// ItemByPath returns the item at path p (see Item.Path), or nil.
func (d *Document) ItemByPath(p string) *Item {
	sp, ip, ok := strings.Cut(p, ":")
	s := d.SectionByPath(sp)
	if !ok || s == nil {
		return nil
	}
	items := s.Items()
	var it *Item
	for _, part := range strings.Split(ip, ".") {
		i, err := strconv.Atoi(part)
		if err != nil || i < 0 || i >= len(items) {
			return nil
		}
		it = items[i]
		items = it.Items
	}
	return it
}

// SectionOf returns the section whose own part holds the item.
func (d *Document) SectionOf(it *Item) *Section { return d.SectionAt(it.Span.Start) }

func reverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
