package form

import (
	"strconv"

	"github.com/cpansec/minutes/ui"
)

// The little the form needs of the page beyond ui.Node's methods: reads
// that tolerate a missing element, and the focus with a caret.

// attr returns an attribute's value, "" when it or the element is missing.
func attr(el ui.Node, name string) string {
	if el == nil {
		return ""
	}
	return el.Attr(name)
}

// attrInt returns an integer attribute, or -1.
func attrInt(el ui.Node, name string) int {
	n, err := strconv.Atoi(attr(el, name))
	if err != nil {
		return -1
	}
	return n
}

// closest returns the nearest ancestor of el (el included) matching sel,
// or nil.
func closest(el ui.Node, sel string) ui.Node {
	if el == nil {
		return nil
	}
	return el.Closest(sel)
}

// same reports whether a and b are the same element (or both missing).
func same(a, b ui.Node) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Equal(b)
}

// caretOf returns a text field's caret, or -1.
func caretOf(el ui.Node) int {
	if el == nil {
		return -1
	}
	if start, _, ok := el.Selection(); ok {
		return start
	}
	return -1
}

// selectAll as a caret selects the whole text.
const selectAll = -2

// focusAt focuses a field and puts the caret at offset caret (-1: the
// end; selectAll selects the text), without scrolling the page more than
// needed.
func focusAt(el ui.Node, caret int) {
	if el == nil {
		return
	}
	el.Focus()
	el.ScrollIntoView("nearest")
	if _, _, ok := el.Selection(); !ok {
		return
	}
	n := ui.UTF16Len(el.Value())
	if caret == selectAll {
		el.SetSelection(0, n)
		return
	}
	if caret < 0 || caret > n {
		caret = n
	}
	el.SetSelection(caret, caret)
}
