package core

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// removeOneByOne is RemoveItems's definition: each item removed with
// RemoveItem, the last first, in the document the removals after it left.
func removeOneByOne(t *testing.T, d *Document, its []*Item) []byte {
	t.Helper()
	its = append([]*Item(nil), its...)
	sort.Slice(its, func(i, j int) bool { return its[i].MarkerSpan.Start > its[j].MarkerSpan.Start })
	cur := d
	for _, it := range its {
		found := cur.ItemAt(it.MarkerSpan.Start)
		for found != nil && found.MarkerSpan.Start != it.MarkerSpan.Start {
			found = found.Parent
		}
		if found == nil {
			t.Fatalf("item of line %d lost", it.Line)
		}
		c, err := cur.RemoveItem(found)
		if err != nil {
			t.Fatal(err)
		}
		if cur, err = cur.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	return cur.Bytes()
}

// checkRemoveItems checks that RemoveItems gives what removing one by one
// gives, and that removeBatched does when it can, and reports whether it
// could.
func checkRemoveItems(t *testing.T, name string, d *Document, its []*Item) bool {
	t.Helper()
	want := string(removeOneByOne(t, d, its))
	all, err := d.RemoveItems(its)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if got := string(all.Apply(d.Bytes())); got != want {
		t.Errorf("%s: RemoveItems, removing lines %v\ngot  %q\nwant %q", name, lines(its), got, want)
	}
	c, ok, err := d.removeBatched(its)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if !ok {
		return false
	}
	if got := string(c.Apply(d.Bytes())); got != want {
		t.Errorf("%s: removing lines %v at once\ngot  %q\nwant %q", name, lines(its), got, want)
	}
	return true
}

func lines(its []*Item) []int {
	var out []int
	for _, it := range its {
		out = append(out, it.Line)
	}
	return out
}

func TestRemoveItems(t *testing.T) {
	tests := []struct {
		name, src string
		remove    []int // the lines of the items to remove
		ok        bool
	}{
		{"run", "- a\n- b\n- c\n- d\n", []int{2, 3}, true},
		{"to the end", "- a\n- b\n- c\n", []int{2, 3}, true},
		{"every item", "- a\n- b\n", []int{1, 2}, true},
		{"every item, text around", "para\n\n- a\n- b\n\nafter\n", []int{3, 4}, false},
		{"every item, between headings", "# A\n\n- a\n- b\n\n## B\n", []int{3, 4}, true},
		{"every item of two sections", "# A\n- [x] a\n# B\n- [x] b\n- [x] c\n", []int{2, 4, 5}, true},
		{"no final line break", "# T\n\n- a\n- b\n- c", []int{4, 5}, true},
		{"no final line break, every item", "# T\n\n- a\n- b", []int{3, 4}, true},
		{"two runs", "- a\n- b\n- c\n- d\n- e\n", []int{1, 3, 5}, true},
		{"with children", "- a\n  - x\n- b\n  - y\n- c\n", []int{1, 3}, true},
		{"child and parent", "- a\n  - x\n- b\n", []int{2, 1}, true},
		{"children of a kept item", "- a\n  - x\n  - y\n  - z\n- b\n", []int{2, 3}, true},
		{"sections", "# A\n- a\n- a\n# B\n- b\n- b\n", []int{3, 6}, true},
		{"children meet the next removal", "- a\n  - x\n- b\n", []int{2, 3}, false},
		{"loose, to the end", "- a\n\n- b\n\n- c\n\n- d\n", []int{5, 7}, true},
		{"loose, middle", "- a\n\n- b\n\n- c\n\n- d\n\n- e\n", []int{3, 5}, true},
		{"loose, two runs", "- a\n\n- b\n\n- c\n\n- d\n\n- e\n", []int{3, 7, 9}, true},
		{"loose, no final line break", "# T\n\n- a\n\n- b\n\n- c\n\n- d", []int{7, 9}, true},
		{"loose, then text", "- a\n\n- b\n\n- c\n\n- d\n\ntext\n", []int{5, 7}, true},
		{"loose, one item kept", "- a\n\n- b\n\n- c\n", []int{3, 5}, true},
		{"loose, first item removed, one kept", "- a\n\n- b\n", []int{1}, true},
		{"indented text after", "- a\n- b\n-\n\n  more\n", []int{2, 3}, false},
		{"loose, the blank line goes", "- a\n- b\n\n- c\n- d\n", []int{2}, true},
		{"loose, whole list", "- a\n\n- b\n", []int{1, 3}, false},
		{"blank line kept", "para\n- x\n---\n", []int{2}, false},
		// Not at once, so by windows between headings:
		{"whole lists after text, by sections", "# A\npara\n- [x] a\n\n## B\n\npara\n- [x] b\n- [x] c\n\n## C\ntext\n\n- d\n", []int{3, 8, 9, 14}, false},
		{"a heading in a fence is no window", "# A\n\n- a\n\n```\n# x\n```\n- b\n\n- c\n", []int{3, 8, 10}, false},
		{"a window that changes the heading after it", "# A\n- a\n- b\n# B\n- c", []int{2, 3, 5}, true},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		var its []*Item
		for _, line := range tt.remove {
			for _, it := range d.Items() {
				if it.Line == line {
					its = append(its, it)
				}
			}
		}
		if len(its) != len(tt.remove) {
			t.Fatalf("%s: items of lines %v: found %v", tt.name, tt.remove, lines(its))
		}
		if ok := checkRemoveItems(t, tt.name, d, its); ok != tt.ok {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.ok)
		}
	}
}

// TestRemoveItemsCorpus removes random sets of items from real minutes:
// whenever RemoveItems gives a change, it is the one-by-one result.
func TestRemoveItemsCorpus(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 2))
	batched, tries := 0, 0
	for i, p := range corpustest.Files(t, "*.md") {
		if i%4 != 0 {
			continue
		}
		d, err := Parse(corpustest.Read(t, p))
		if err != nil {
			t.Fatal(err)
		}
		items := d.Items()
		if len(items) == 0 {
			continue
		}
		for range 10 {
			var its []*Item
			keep := r.IntN(4) + 1 // remove one item in keep, on average
			for _, it := range items {
				if r.IntN(keep) == 0 {
					its = append(its, it)
				}
			}
			if len(its) == 0 {
				continue
			}
			tries++
			if checkRemoveItems(t, corpustest.Name(p), d, its) {
				batched++
			}
		}
	}
	// A random set mostly takes some short list whole, beside other
	// blocks, which goes one by one; a check that never batches checks
	// nothing.
	if batched < tries/50 {
		t.Errorf("RemoveItems batched %d of %d random removals", batched, tries)
	}
	t.Logf("batched %d of %d", batched, tries)
}

// TestRemoveItemsGenerated removes random sets of items from generated
// lists, loose and tight, nested, with text around and with or without a
// final line break: whenever RemoveItems gives a change, it is the
// one-by-one result.
func TestRemoveItemsGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 3))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	batched, loose, tries := 0, 0, 0
	for n := range 6000 {
		var b []byte
		for part := range r.IntN(3) + 1 {
			if part > 0 { // a heading between parts, or what looks like one
				b = append(b, pick("## H\n", "## H\n\n", "# T\n", "#x\n", "> # q\n", "```\n# in a fence\n```\n", "  # indented\n")...)
			}
			b = append(b, pick("", "# T\n\n", "para\n", "para\n\n")...)
			for i := range r.IntN(8) + 1 {
				b = append(b, pick("- ", "* ", "1. ")[:2]...)
				b = append(b, pick("a", "b", "[ ] c", "[x] d", "")...)
				b = append(b, '\n')
				if r.IntN(4) == 0 {
					b = append(b, pick("  - x\n", "  - y\n  - z\n", "  text\n", "\n  more\n")...)
				}
				if r.IntN(3) == 0 {
					b = append(b, '\n')
				}
				_ = i
			}
			b = append(b, pick("", "\n", "after\n", "\nafter\n", "## H\n", "---\n")...)
		}
		if r.IntN(4) == 0 {
			for len(b) > 0 && b[len(b)-1] == '\n' {
				b = b[:len(b)-1]
			}
		}
		d, err := Parse(b)
		if err != nil {
			continue
		}
		items := d.Items()
		if len(items) == 0 {
			continue
		}
		var its []*Item
		for _, it := range items {
			if r.IntN(2) == 0 {
				its = append(its, it)
			}
		}
		if len(its) == 0 {
			continue
		}
		tries++
		if checkRemoveItems(t, fmt.Sprintf("document %d %q", n, b), d, its) {
			batched++
			if its[0].list.Loose {
				loose++
			}
		}
	}
	if batched < tries/20 || loose == 0 {
		t.Errorf("RemoveItems batched %d of %d random removals, %d in loose lists", batched, tries, loose)
	}
	t.Logf("batched %d of %d (%d in loose lists)", batched, tries, loose)
}
