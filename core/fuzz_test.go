package core

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// addCorpusSeeds seeds a fuzz target with a quarter of the real minutes.
func addCorpusSeeds(f *testing.F, extra ...any) {
	for _, src := range corpustest.Seeds(4) {
		f.Add(append([]any{string(src)}, extra...)...)
	}
}

func FuzzRoundTrip(f *testing.F) {
	f.Add("---\nlayout: page\n---\n## A\n- [ ] x\n  - y\n")
	f.Add("\uFEFF----\na: b\n----\n-\u00a0[x] z\r\n##\u00a0H\n")
	f.Add("> - a\n>   - b\n- - c\n1) d\n   ```\n   e\n")
	f.Add("# a\x00b\n")
	f.Add("- caf\xe9\n")
	addCorpusSeeds(f)
	f.Fuzz(func(t *testing.T, src string) {
		d, err := Parse([]byte(src))
		if cerr := Check([]byte(src), ""); fmt.Sprint(cerr) != fmt.Sprint(err) {
			t.Fatalf("Check says %v, Parse %v", cerr, err)
		}
		if err != nil {
			return // refused input (NUL, not UTF-8) is reported, not parsed
		}
		if !bytes.Equal(d.Bytes(), []byte(src)) {
			t.Fatal("round trip differs")
		}
		checkSpans(t, d)
	})
}

// FuzzEdits applies a sequence of random edits and checks that each result
// parses, keeps the invariants, changes only the region of what it edits,
// and can be undone.
func FuzzEdits(f *testing.F) {
	f.Add("## A\n- [ ] @a x\n  - y\n- [x] z\n\n## B\n1. p\n2. q\n", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
	f.Add("- a\n\n- b\n", []byte{3, 0, 7, 1, 9, 2})
	addCorpusSeeds(f, []byte{1, 7, 3, 20, 5, 9, 11, 2, 30})
	f.Fuzz(func(t *testing.T, src string, ops []byte) {
		d, err := Parse([]byte(src))
		if err != nil {
			return
		}
		for i := 0; i+1 < len(ops) && i < 40; i += 2 {
			nd, ok := randomEdit(t, d, ops[i], ops[i+1])
			if ok {
				d = nd
			}
		}
	})
}

// randomEdit applies edit number op to the target picked by pick.
func randomEdit(t *testing.T, d *Document, op, pick byte) (*Document, bool) {
	items, secs := d.Items(), d.Sections()
	var c Change
	var err error
	var region Span
	if op%2 == 0 && len(items) > 0 {
		it := items[int(pick)%len(items)]
		region = it.Span
		sib := it.Siblings()
		switch op / 2 % 9 {
		case 0:
			c, err = d.SetBox(it, Checkbox(pick%3))
		case 1:
			c, err = d.SetText(it, "edited @x "+strings.Repeat("w", int(pick%5)))
		case 2:
			c, err = d.AddItemAfter(it, "added")
			region = Span{it.Span.End, it.Span.End}
		case 3:
			c, err = d.AddChild(it, "child")
			region = Span{it.Span.Start, it.Span.End}
		case 4:
			c, err = d.RemoveItem(it)
			region = Span{0, len(d.src)} // may take a neighbouring blank line
			if it.index > 0 {
				region.Start = sib[it.index-1].Span.End
			}
			if it.index+1 < len(sib) {
				region.End = sib[it.index+1].Span.Start
			}
		case 5, 6:
			c, err = d.MoveItem(it, int(op%4)-2)
			region = Span{sib[max(it.index-1, 0)].Span.Start, sib[min(it.index+1, len(sib)-1)].Span.End}
		case 7:
			c, err = d.Indent(it)
		case 8:
			c, err = d.Outdent(it)
		}
	} else if len(secs) > 0 {
		s := secs[int(pick)%len(secs)]
		region = s.Full
		switch op / 2 % 6 {
		case 0:
			c, err = d.RenameSection(s, "Renamed")
		case 1:
			c, err = d.SetSectionTime(s, "16:05 UTC")
		case 2:
			c, err = d.AddSectionAfter(s, "New")
			region = Span{s.Full.End, s.Full.End}
		case 3:
			c, err = d.RemoveSection(s)
		case 4:
			c, err = d.AddItemToSection(s, "x")
		case 5:
			c, err = d.MoveSection(s, int(pick%2)*2-1)
			sib := s.Parent.Sections
			i := indexOf(sib, s)
			region = Span{sib[max(i-1, 0)].Full.Start, sib[min(i+1, len(sib)-1)].Full.End}
		}
	} else {
		return d, false
	}
	if err != nil || len(c) == 0 {
		return d, false
	}
	for _, s := range c {
		// A splice may reach back over the line break before the region
		// when the file has no final newline.
		if s.Start < lineStart(d.src, max(region.Start-2, 0)) || s.End > region.End {
			t.Fatalf("edit %d touches [%d,%d) outside its region %v in\n%q", op, s.Start, s.End, region, d.src)
		}
	}
	nd, err := d.Apply(c)
	if err != nil {
		t.Fatalf("edit %d: %v", op, err)
	}
	checkSpans(t, nd)
	if back := c.Invert(d.src).Apply(nd.src); !bytes.Equal(back, d.src) {
		t.Fatalf("edit %d cannot be undone", op)
	}
	return nd, true
}

// TestCorpusCheckOneBox checks and unchecks every box of every real file:
// each time exactly one line changes, and the item reads back with the new
// state.
func TestCorpusCheckOneBox(t *testing.T) {
	boxes := 0
	for _, path := range corpus(t) {
		d, err := Parse(readCorpus(t, path))
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range d.Items() {
			want := Done
			if it.Box == Done {
				want = Open
			}
			c, err := d.SetBox(it, want)
			if err != nil {
				t.Fatal(err)
			}
			nd, err := d.Apply(c)
			if err != nil {
				t.Fatal(err)
			}
			if n := changedLines(d.String(), nd.String()); n != 1 {
				t.Fatalf("%s:%d: setting the box changed %d lines", filepath.Base(path), it.Line, n)
			}
			if got := nd.ItemAt(it.MarkerSpan.Start); got == nil || got.Box != want {
				t.Fatalf("%s:%d: box reads back as %v, want %v", filepath.Base(path), it.Line, got.Box, want)
			}
			boxes++
		}
	}
	t.Logf("%d boxes set", boxes)
}

// changedLines counts the lines that differ between a and b, which have the
// same number of lines.
func changedLines(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	if len(la) != len(lb) {
		return -1
	}
	n := 0
	for i := range la {
		if la[i] != lb[i] {
			n++
		}
	}
	return n
}
