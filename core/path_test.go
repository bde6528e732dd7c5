package core

import (
	"bytes"
	"math/rand"
	"testing"
)

func TestPaths(t *testing.T) {
	d, _ := Parse([]byte("- pre\n## A\n- a\n  - a1\n### A1\n- b\n## B\n1. c\n\n- d\n"))
	for _, s := range d.Sections() {
		if got := d.SectionByPath(s.Path()); got != s {
			t.Errorf("section %q: path %q finds %v", s.Title, s.Path(), got)
		}
	}
	want := map[string]string{"pre": ":0", "a": "0:0", "a1": "0:0.0", "b": "0.0:0", "c": "1:0", "d": "1:1"}
	for _, it := range d.Items() {
		if it.Path() != want[it.Text] {
			t.Errorf("item %q path %q, want %q", it.Text, it.Path(), want[it.Text])
		}
		if d.ItemByPath(it.Path()) != it {
			t.Errorf("item %q not found by its path", it.Text)
		}
	}
	for _, bad := range []string{"9:0", "0:9", "x", "0:0.9", ""} {
		if d.ItemByPath(bad) != nil {
			t.Errorf("ItemByPath(%q) found an item", bad)
		}
	}
}

func TestDiff(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	words := [][]byte{[]byte("a"), []byte("é"), []byte("\u00a0"), []byte("\n"), []byte("- [ ] "), []byte("€")}
	for i := 0; i < 2000; i++ {
		var a, b []byte
		for j := r.Intn(12); j > 0; j-- {
			w := words[r.Intn(len(words))]
			a = append(a, w...)
			if r.Intn(4) > 0 {
				b = append(b, w...)
			} else {
				b = append(b, words[r.Intn(len(words))]...)
			}
		}
		c := Diff(a, b)
		if got := c.Apply(a); !bytes.Equal(got, b) {
			t.Fatalf("Diff(%q, %q) = %+v gives %q", a, b, c, got)
		}
		for _, s := range c {
			if s.Start < len(a) && a[s.Start]&0xC0 == 0x80 || s.End < len(a) && a[s.End]&0xC0 == 0x80 {
				t.Fatalf("Diff(%q, %q) cuts a character: %+v", a, b, c)
			}
		}
	}
	if Diff([]byte("same"), []byte("same")) != nil {
		t.Error("no change should give nil")
	}
}

func TestSetParagraph(t *testing.T) {
	runEdits(t, []editCase{
		{"paragraph", "# T\n\nMeeting was on FIXME.\n\n## A\n", func(t *testing.T, d *Document) (Change, error) {
			return d.SetParagraph(d.Root.Sections[0].Blocks[0], "Meeting was on Saturday January 6th, 2024.")
		}, "# T\n\nMeeting was on Saturday January 6th, 2024.\n\n## A\n", nil},
		{"multi-line", "Line one\nline two\n", func(t *testing.T, d *Document) (Change, error) {
			return d.SetParagraph(d.Root.Blocks[0], "New")
		}, "New\n", nil},
	})
}
