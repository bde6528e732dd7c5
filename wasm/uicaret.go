//go:build js && wasm

package main

import (
	"strconv"
	"unicode/utf8"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/ui"
)

// mirrorStyle are the computed properties of a text field that decide
// where its text wraps, copied to the mirror that measures it.
var mirrorStyle = []string{
	"fontFamily", "fontSize", "fontWeight", "fontStyle", "fontStretch", "fontVariant",
	"fontFeatureSettings", "fontKerning", "letterSpacing", "wordSpacing", "lineHeight",
	"textTransform", "textIndent", "tabSize", "wordBreak", "overflowWrap", "hyphens",
	"direction",
}

// CaretLine implements ui.Node. A textarea does not say where its caret
// is drawn, so the text is laid out again in a hidden mirror of the
// field's content width and font, with marks at the start, at the caret
// and at the end: the caret is on the first (last) line when its
// mark is on the start's (end's) line. A line break in an input is not
// possible, so an input is always one line.
func (n *domNode) CaretLine() (first, last bool) {
	start, _, ok := n.Selection()
	if !ok || n.str("tagName") != "TEXTAREA" {
		return true, true
	}
	value := n.Value()
	before := ui.UTF16Prefix(value, start)
	win, doc := safejs.Global(), n.d.doc
	style := must(win.Call("getComputedStyle", n.v))
	px := func(prop string) float64 {
		v := must(win.Call("parseFloat", must(style.Get(prop))))
		if v.IsNaN() {
			return 0
		}
		return must(v.Float())
	}
	mirror := must(doc.Call("createElement", "div"))
	ms := must(mirror.Get("style"))
	for _, prop := range mirrorStyle {
		check(ms.Set(prop, must(style.Get(prop))))
	}
	width := must(n.get("clientWidth").Float()) - px("paddingLeft") - px("paddingRight")
	for prop, v := range map[string]any{
		"position": "fixed", "top": "0", "left": "0", "visibility": "hidden",
		"whiteSpace": "pre-wrap", "boxSizing": "content-box", "padding": "0",
		"border": "0", "width": strconv.FormatFloat(width, 'f', 2, 64) + "px",
	} {
		check(ms.Set(prop, v))
	}
	check(mirror.Set("ariaHidden", "true"))
	mark := func() safejs.Value { return must(doc.Call("createElement", "span")) }
	text := func(s string) safejs.Value { return must(doc.Call("createTextNode", s)) }
	// The caret's mark holds the character after it: at a line's soft
	// wrap the browser draws the caret on the line after, where that
	// character is, and an empty mark would stay at the line before.
	rest := value[len(before):]
	_, size := utf8.DecodeRuneInString(rest)
	m0, m1, m2 := mark(), mark(), mark()
	must(m1.Call("appendChild", text(rest[:size])))
	for _, part := range []safejs.Value{m0, text(before), m1, text(rest[size:]), m2} {
		must(mirror.Call("appendChild", part))
	}
	body := must(doc.Get("body"))
	must(body.Call("appendChild", mirror))
	defer func() { must(mirror.Call("remove")) }()
	top := func(m safejs.Value) float64 {
		return must(must(must(m.Call("getBoundingClientRect")).Get("top")).Float())
	}
	line := px("lineHeight")
	if line <= 0 { // "normal"
		line = 1.2 * px("fontSize")
	}
	t0, t1, t2 := top(m0), top(m1), top(m2)
	return t1-t0 < line/2, t2-t1 < line/2
}
