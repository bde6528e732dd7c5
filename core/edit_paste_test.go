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
		{"a heading pasted after text is text", "- note \n", "note", -1, "## a\nb",
			"- note## a\n- b\n", "b", 1},
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
			c, end, err := d.PasteItems(it, at, tt.paste)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(c.Apply([]byte(tt.src))); got != tt.want {
				t.Fatalf("got\n%q\nwant\n%q", got, tt.want)
			}
			next, _ := d.Apply(c)
			if last := next.ItemByPath(end.Item); last == nil || last.Text != tt.last || end.Caret != tt.end {
				t.Errorf("last item %v at %d, want %q at %d", last, end.Caret, tt.last, tt.end)
			}
		})
	}
}

// TestPasteHeadings: pasted headings make sections after the item's
// section, at its level (deeper ones below), with the lines after each
// as its items in the file's style.
func TestPasteHeadings(t *testing.T) {
	const src = "# Minutes\n\n## Agenda\n\n### Current\n\n- [ ] a\n- [ ] b\n\n### Later\n\n- c\n\n## End\n"
	tests := []struct {
		name, item string
		at         int // -1: the end
		paste      string
		want       string
		item2, sec string // where the paste ends: the item's text, or the section's title
	}{
		{"a heading alone into an empty item", "", 0, "## Topic",
			"# Minutes\n\n## Agenda\n\n### Current\n\n- [ ] a\n- [ ] b\n\n### Topic\n\n### Later\n\n- c\n\n## End\n", "", "Topic"},
		{"items, then sections with items nested", "b", -1, "\nmore\n## Topic\n- one\n  - deeper\n- two\n### Sub\nthree\n## Next\n",
			"# Minutes\n\n## Agenda\n\n### Current\n\n- [ ] a\n- [ ] b\n- [ ] more\n\n### Topic\n\n- one\n  - deeper\n- two\n\n#### Sub\n\n- three\n\n### Next\n\n### Later\n\n- c\n\n## End\n", "", "Next"},
		{"the text after the caret stays with the items", "a", 0, "x\n# Big\ny",
			"# Minutes\n\n## Agenda\n\n### Current\n\n- [ ] xa\n- [ ] b\n\n### Big\n\n- y\n\n### Later\n\n- c\n\n## End\n", "y", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := src
			if tt.item == "" {
				s = strings.Replace(src, "- [ ] b\n", "- [ ] b\n- [ ] \n", 1)
			}
			d, err := Parse([]byte(s))
			if err != nil {
				t.Fatal(err)
			}
			var it *Item
			for _, x := range d.Items() {
				if x.Text == tt.item {
					it = x
				}
			}
			at := tt.at
			if at < 0 {
				at = len(it.Text)
			}
			c, end, err := d.PasteItems(it, at, tt.paste)
			if err != nil {
				t.Fatal(err)
			}
			got := string(c.Apply([]byte(s)))
			if got != tt.want {
				t.Fatalf("got\n%s\nwant\n%s", got, tt.want)
			}
			next, _ := d.Apply(c)
			switch {
			case tt.sec != "":
				if sec := next.SectionByPath(end.Section); end.Item != "" || sec == nil || sec.Title != tt.sec {
					t.Errorf("the paste ends at %+v, want the section %q", end, tt.sec)
				}
			default:
				if li := next.ItemByPath(end.Item); li == nil || li.Text != tt.item2 || end.Caret != len(tt.item2) {
					t.Errorf("the paste ends at %+v, want the item %q", end, tt.item2)
				}
			}
		})
	}
}
