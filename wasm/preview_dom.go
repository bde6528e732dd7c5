//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// DOM helpers of the panels still in this package (the New dialog, the
// start panel, publishing, registers, the layout). They build elements
// holding text only; the one place that sets markup is fill, with
// core/preview's HTML.

// binding binds a panel to the page once, on its first Show (the app
// exists by then). A page without the panel's elements (a test page with
// another shell) leaves the panel inert.
type binding struct{ bound, inert bool }

// ready binds with bind the first time; it reports whether the panel is
// bound.
func (b *binding) ready(bind func() bool) bool {
	if !b.bound {
		b.bound = true
		b.inert = !bind()
	}
	return !b.inert
}

// lookUp returns the elements with the ids, or false when one is missing.
func lookUp(ids ...string) ([]safejs.Value, bool) {
	doc, err := window().Get("document")
	if err != nil {
		return nil, false
	}
	els := make([]safejs.Value, len(ids))
	for i, id := range ids {
		if els[i] = elementByID(doc, id); els[i].IsUndefined() {
			return nil, false
		}
	}
	return els, true
}

// elementByID returns the element with the id, or undefined.
func elementByID(doc safejs.Value, id string) safejs.Value {
	el, err := doc.Call("getElementById", id)
	if err != nil || el.IsNull() {
		return safejs.Undefined()
	}
	return el
}

// listener is an event listener for listenAll.
type listener struct {
	target  safejs.Value
	typ     string
	handler func(safejs.Value) error
}

// listenAll adds the listeners, their handlers guarded under name. A
// failure is reported, and the panel stays unbound (false).
func listenAll(a *App, name string, ls []listener) bool {
	for _, l := range ls {
		if _, err := a.Listen(l.target, l.typ, name, l.handler); err != nil {
			a.fail(name, err, nil)
			return false
		}
	}
	return true
}

// clicked returns the element matching selector that holds an event's
// target (the target itself included).
func clicked(ev safejs.Value, selector string) (safejs.Value, bool) {
	target, err := ev.Get("target")
	if err != nil || target.IsNull() || target.IsUndefined() {
		return safejs.Value{}, false
	}
	if n, err := target.Get("nodeType"); err == nil {
		if t, _ := n.Int(); t != 1 { // a text node: its element
			target, err = target.Get("parentElement")
			if err != nil || target.IsNull() {
				return safejs.Value{}, false
			}
		}
	}
	el, err := target.Call("closest", selector)
	if err != nil || el.IsNull() || el.IsUndefined() {
		return safejs.Value{}, false
	}
	return el, true
}

// truthy is a JavaScript value's truth, false when unreadable.
func truthy(v safejs.Value, err error) bool {
	if err != nil {
		return false
	}
	b, err := v.Truthy()
	return err == nil && b
}

// replaceChildren puts children in box instead of what it held.
func replaceChildren(box safejs.Value, children []safejs.Value) error {
	args := make([]any, len(children))
	for i, c := range children {
		args[i] = c
	}
	_, err := box.Call("replaceChildren", args...)
	return err
}

// elements builds DOM elements holding text only, remembering the first
// error.
type elements struct {
	doc safejs.Value
	err error
}

func newElements() *elements {
	doc, err := window().Get("document")
	return &elements{doc: doc, err: err}
}

// el makes an element with a class and text content (both may be "").
func (b *elements) el(tag, class, text string) safejs.Value {
	if b.err != nil {
		return safejs.Undefined()
	}
	el, err := b.doc.Call("createElement", tag)
	if err != nil {
		b.err = err
		return safejs.Undefined()
	}
	if class != "" {
		b.set(el, "className", class)
	}
	if text != "" {
		b.set(el, "textContent", text)
	}
	return el
}

func (b *elements) set(el safejs.Value, prop string, v any) {
	if b.err == nil {
		b.err = el.Set(prop, v)
	}
}

func (b *elements) attr(el safejs.Value, name, value string) {
	if b.err == nil {
		_, b.err = el.Call("setAttribute", name, value)
	}
}

func (b *elements) add(parent, child safejs.Value) {
	if b.err == nil {
		_, b.err = parent.Call("appendChild", child)
	}
}
