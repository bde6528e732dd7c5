package form

import "testing"

// TestUpDownInAWrappedItem: in an item that wraps, Up leaves for the item
// before only from the first line it shows and Down for the item after
// only from its last; on the lines between they are the browser's.
func TestUpDownInAWrappedItem(t *testing.T) {
	const long = "Net::CIDR::Set taken over by @robrwo" // 36 units: four lines of 10
	for _, c := range []struct {
		key   string
		caret int
		want  string // the item focused after, "" for the key left to the browser
	}{
		{"ArrowUp", 5, "@stigtsp - follow up"},
		{"ArrowUp", 0, "@stigtsp - follow up"},
		{"ArrowUp", 15, ""},
		{"ArrowUp", 10, ""}, // at the cut: the caret shows on the second line
		{"ArrowDown", 15, ""},
		{"ArrowDown", 29, ""},
		{"ArrowDown", 32, "a plain item"},
		{"ArrowDown", 36, "a plain item"},
		{"ArrowDown", 5, ""},
	} {
		h := newForm(t, formFixture)
		h.page.WrapAt = 10
		el := h.item(long)
		h.focus(el)
		el.SetSelection(c.caret, c.caret)
		took := h.page.Press(el, c.key)
		switch {
		case c.want == "" && (took || h.focused() != long):
			t.Errorf("%s at %d left the item for %q", c.key, c.caret, h.focused())
		case c.want != "" && (!took || h.focused() != c.want):
			t.Errorf("%s at %d: focus on %q, want %q", c.key, c.caret, h.focused(), c.want)
		}
	}
	// Unwrapped, the same item is one line: both keys leave from anywhere.
	h := newForm(t, formFixture)
	el := h.item(long)
	h.focus(el)
	el.SetSelection(15, 15)
	if !h.page.Press(el, "ArrowDown") || h.focused() != "a plain item" {
		t.Errorf("Down in one line: focus on %q", h.focused())
	}
}
