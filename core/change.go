package core

import (
	"fmt"
	"sort"
)

// Splice replaces the bytes [Start, End) of a source by Text.
type Splice struct {
	Start, End int
	Text       string
}

// Change is a set of splices against one source, in order, not
// overlapping. Every edit of a document is a Change.
type Change []Splice

// Apply returns a new source: src with the change applied. src is not
// modified.
func (c Change) Apply(src []byte) []byte {
	size := len(src)
	for _, s := range c {
		size += len(s.Text) - (s.End - s.Start)
	}
	out := make([]byte, 0, size)
	pos := 0
	for _, s := range c {
		out = append(out, src[pos:s.Start]...)
		out = append(out, s.Text...)
		pos = s.End
	}
	return append(out, src[pos:]...)
}

// Invert returns the change that undoes c: applied to c.Apply(src), it
// gives src back.
func (c Change) Invert(src []byte) Change {
	inv := make(Change, len(c))
	shift := 0
	for i, s := range c {
		start := s.Start + shift
		inv[i] = Splice{Start: start, End: start + len(s.Text), Text: string(src[s.Start:s.End])}
		shift += len(s.Text) - (s.End - s.Start)
	}
	return inv
}

// check reports whether c is in order, inside a source of n bytes and
// without overlaps.
func (c Change) check(n int) error {
	prev := 0
	for _, s := range c {
		if s.Start < prev || s.End < s.Start || s.End > n {
			return fmt.Errorf("bad change: splice [%d,%d) after %d in %d bytes", s.Start, s.End, prev, n)
		}
		prev = s.End
	}
	return nil
}

// sorted returns c with its splices in order of position.
func (c Change) sorted() Change {
	sort.SliceStable(c, func(i, j int) bool { return c[i].Start < c[j].Start })
	return c
}

// Apply returns the document that results from applying c to d's source.
// d is unchanged.
func (d *Document) Apply(c Change) (*Document, error) {
	if err := c.check(len(d.src)); err != nil {
		return nil, err
	}
	return Parse(c.Apply(d.src), WithName(d.name))
}

// Edit applies the change that op returns: a shorthand for the common
// "compute a change, apply it" step.
func (d *Document) Edit(op func(*Document) (Change, error)) (*Document, Change, error) {
	c, err := op(d)
	if err != nil {
		return d, nil, err
	}
	nd, err := d.Apply(c)
	if err != nil {
		return d, nil, err
	}
	return nd, c, nil
}
