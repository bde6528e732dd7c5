//go:build js && wasm

package main

import (
	"unicode/utf8"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/ui"
)

// CaretLine implements ui.Node. A textarea does not say where its caret
// is drawn, so the text is laid out again in a hidden mirror of the
// field's content width and font (ui.MirrorStyle), with marks at the
// start, at the caret and at the end: the caret is on the first (last)
// line when its mark is on the start's (end's) line (ui.CaretLines). A
// line break in an input is not possible, so an input is always one line.
func (n *domNode) CaretLine() (first, last bool) {
	start, _, ok := n.Selection()
	if !ok || n.str("tagName") != "TEXTAREA" {
		return true, true
	}
	value := n.Value()
	before := ui.UTF16Prefix(value, start)
	doc := n.d.doc
	style := must(safejs.Global().Call("getComputedStyle", n.v))
	css, line := ui.MirrorStyle(func(prop string) string {
		return must(must(style.Call("getPropertyValue", prop)).String())
	}, must(n.get("clientWidth").Float()))
	mirror := must(doc.Call("createElement", "div"))
	check(must(mirror.Get("style")).Set("cssText", css))
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
	must(must(doc.Get("body")).Call("appendChild", mirror))
	defer func() { must(mirror.Call("remove")) }()
	top := func(m safejs.Value) float64 {
		return must(must(must(m.Call("getBoundingClientRect")).Get("top")).Float())
	}
	return ui.CaretLines(top(m0), top(m1), top(m2), line)
}
