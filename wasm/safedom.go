//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// DOM helpers of the parts of the page still bound here with safejs (the
// profile dialog, registers, clicking an element); the native panels and
// the rest of the shell use package ui instead (uidom.go).

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
