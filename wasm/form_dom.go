//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"github.com/hack-pad/safejs"
)

// The form builds its markup as HTML text (one innerHTML per section is far
// cheaper than thousands of createElement calls) and handles every event
// with a few delegated listeners. These helpers are the little it needs of
// the DOM; they use syscall/js directly, so a JavaScript exception becomes a
// panic that the handler's guard reports.

// document returns the page's document.
func document() js.Value { return js.Global().Get("document") }

// byID returns the element with the given id, or null.
func byID(id string) js.Value { return document().Call("getElementById", id) }

// present reports whether v is an object (not null or undefined).
func present(v js.Value) bool { return v.Type() == js.TypeObject }

// attr returns an attribute's value, "" when it is missing.
func attr(el js.Value, name string) string {
	if !present(el) {
		return ""
	}
	v := el.Call("getAttribute", name)
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// attrInt returns an integer attribute, or -1.
func attrInt(el js.Value, name string) int {
	n, err := strconv.Atoi(attr(el, name))
	if err != nil {
		return -1
	}
	return n
}

// closest returns the nearest ancestor of el (el included) matching sel,
// or null.
func closest(el js.Value, sel string) js.Value {
	if !present(el) || el.Get("closest").Type() != js.TypeFunction {
		return js.Null()
	}
	return el.Call("closest", sel)
}

// activeElement returns the element that has the focus, or null.
func activeElement() js.Value { return document().Get("activeElement") }

// focusAt focuses a text field and puts the caret at offset caret (-1:
// the end; selectAll selects the text), without scrolling the page more
// than needed.
func focusAt(el js.Value, caret int) {
	if !present(el) {
		return
	}
	el.Call("focus", map[string]any{"preventScroll": true})
	scrollNear(el)
	if el.Get("setSelectionRange").Type() != js.TypeFunction || attr(el, "type") == "checkbox" {
		return
	}
	n := utf16Len(el.Get("value").String())
	if caret == selectAll {
		el.Call("setSelectionRange", 0, n)
		return
	}
	if caret < 0 || caret > n {
		caret = n
	}
	el.Call("setSelectionRange", caret, caret)
}

// utf16Len is the length of s in UTF-16 code units, as JavaScript counts
// caret offsets.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// utf16Prefix is the start of s up to offset n in UTF-16 code units (a
// caret offset), cut at a rune boundary.
func utf16Prefix(s string, n int) string {
	u := 0
	for i, r := range s {
		if u >= n {
			return s[:i]
		}
		u++
		if r >= 0x10000 {
			u++
		}
	}
	return s
}

// scrollNear scrolls el into view if it is not.
func scrollNear(el js.Value) {
	if present(el) {
		el.Call("scrollIntoView", map[string]any{"block": "nearest"})
	}
}

// jsv converts an event handler's argument.
func jsv(v safejs.Value) js.Value { return safejs.Unsafe(v) }

// markup builds HTML text. Its methods stay out of line: the form writes
// markup from many places, and Go inlines strings.Builder's appends and
// string concatenation at every one of them, which made the wasm tens of
// kilobytes bigger.
type markup struct{ b []byte }

// raw appends markup as it is.
//
//go:noinline
func (m *markup) raw(parts ...string) {
	for _, s := range parts {
		m.b = append(m.b, s...)
	}
}

// text appends s escaped for element content and quoted attributes.
//
//go:noinline
func (m *markup) text(s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			m.b = append(m.b, "&amp;"...)
		case '<':
			m.b = append(m.b, "&lt;"...)
		case '>':
			m.b = append(m.b, "&gt;"...)
		case '"':
			m.b = append(m.b, "&#34;"...)
		case '\'':
			m.b = append(m.b, "&#39;"...)
		default:
			m.b = append(m.b, c)
		}
	}
}

// String returns the markup written.
func (m *markup) String() string { return string(m.b) }
