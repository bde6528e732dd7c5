package core

import "testing"

// checkSpans asserts the structural invariants of a parsed document: every
// span lies in the source, children lie in their parents, siblings are in
// order and do not overlap, and text spans lie on the item's lines.
func checkSpans(t testing.TB, d *Document) {
	t.Helper()
	n := len(d.Bytes())
	in := func(what string, s, outer Span) {
		if s.Start < outer.Start || s.End > outer.End || s.Start > s.End {
			t.Fatalf("%s span %v outside %v", what, s, outer)
		}
	}
	var items func(its []*Item, outer Span)
	items = func(its []*Item, outer Span) {
		prev := outer.Start
		for _, it := range its {
			in("item", it.Span, outer)
			if it.Span.Start < prev {
				t.Fatalf("item at line %d overlaps its previous sibling", it.Line)
			}
			prev = it.Span.End
			in("marker", it.MarkerSpan, it.Span)
			in("text", it.TextSpan, it.Span)
			if it.Box != NoBox {
				in("box", it.BoxSpan, it.Span)
			}
			items(it.Items, it.Span)
		}
	}
	d.Root.Walk(func(s *Section) bool {
		in("section", s.Full, Span{0, n})
		in("own", s.Own, s.Full)
		for _, b := range s.Blocks {
			in("block", b.Span, s.Own)
			items(b.Items, b.Span)
		}
		for _, c := range s.Sections {
			in("subsection", c.Full, s.Full)
		}
		return true
	})
}
