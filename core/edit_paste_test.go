package core

import (
	"strings"
	"testing"
)

func TestPasteItems(t *testing.T) {
	tests := []struct {
		name, src, item string
		at              int // offset in the item's text; -1 the end
		paste, want     string
		last            string // the last item's text
		end             int
	}{
		{"three lines into an empty item", "- a\n- \n", "", 0, "one\ntwo\nthree",
			"- a\n- one\n- two\n- three\n", "three", 5},
		{"at the caret, with the text after it", "- start end\n", "start", 6, "one\r\ntwo\r\n",
			"- start one\n- twoend\n", "twoend", 3},
		{"nesting from indentation, markers and boxes read", "## Notes\n\n- x\n", "x", -1,
			"\n- [ ] @sjn review\n  - first point\n    * deeper\n  - second point\n- [x] done\n\n",
			"## Notes\n\n- x\n- [ ] @sjn review\n  - first point\n    - deeper\n  - second point\n- [x] done\n", "done", 4},
		{"a box typed after text stays text", "- note \n", "note", -1, "[x] a\nb",
			"- note[x] a\n- b\n", "b", 1},
		{"headings lose their #s", "- \n", "", 0, "## Topic\n- point",
			"- Topic\n- point\n", "point", 5},
		{"CR LF file", "- a\r\n", "a", -1, "\nb\nc",
			"- a\r\n- b\r\n- c\r\n", "c", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var it *Item
			for _, x := range d.Items() {
				if x.Text == tt.item || tt.item != "" && strings.HasPrefix(x.Text, tt.item) {
					it = x
				}
			}
			if it == nil {
				t.Fatalf("no item %q", tt.item)
			}
			at := tt.at
			if at < 0 {
				at = len(it.Text)
			}
			c, path, end, err := d.PasteItems(it, at, tt.paste)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(c.Apply([]byte(tt.src))); got != tt.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tt.want)
			}
			next, _ := d.Apply(c)
			if last := next.ItemByPath(path); last == nil || last.Text != tt.last || end != tt.end {
				t.Errorf("last item %v at %d, want %q at %d", last, end, tt.last, tt.end)
			}
		})
	}
}
