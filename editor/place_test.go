package editor

import (
	"testing"
	"unicode/utf16"

	"github.com/cpansec/minutes/core"
)

func TestCursorAtLine(t *testing.T) {
	src := "\ufeff# Minutes \U0001F600\r\n\r\n## Items\r\n\r\n- [ ] @sjn – first\r\n  - [x] second é\r\n\r\nDecision: a paragraph\r\n"
	doc, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	shown := []rune(TextOf(src))
	for _, c := range []struct {
		line      int
		text      string
		item      string // the item's text when the form has one there
		inSection bool
	}{
		{5, "- [ ] @sjn – first", "@sjn – first", true},
		{6, "  - [x] second é", "second é", true},
		{8, "Decision: a paragraph", "", true},
		{1, "# Minutes \U0001F600", "", true},
	} {
		cur := CursorAtLine(doc, c.line)
		// Start and End are UTF-16 offsets into what the text box shows.
		u := utf16.Encode(shown)
		if got := string(utf16.Decode(u[cur.Start:cur.End])); got != c.text {
			t.Errorf("line %d selects %q, want %q", c.line, got, c.text)
		}
		kind, path := ParseField(cur.Field)
		switch {
		case c.item == "" && cur.Field != "":
			t.Errorf("line %d: field %q, want none", c.line, cur.Field)
		case c.item != "":
			if it := doc.ItemByPath(path); kind != "item" || it == nil || it.Text != c.item {
				t.Errorf("line %d: field %q is not the item %q", c.line, cur.Field, c.item)
			}
		}
		if c.inSection && cur.Section == "" {
			t.Errorf("line %d: no section", c.line)
		}
	}
	if cur := CursorAtLine(doc, 99); cur.Start != cur.End || cur.Field != "" {
		t.Errorf("past the end: %+v", cur)
	}
}
