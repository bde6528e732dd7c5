//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"
)

// The start panel stands in for the empty form of an empty draft (a first
// visit, or New with nothing in it): it offers the three ways a scribe
// starts a meeting's minutes instead of an empty form.

// bindStart wires the start panel, on a page that has it.
func (a *App) bindStart() error {
	els, ok := lookUp("start", "start-next", "start-new", "start-open")
	if !ok {
		return nil
	}
	a.start = els[0]
	for _, b := range els[1:] {
		if _, err := b.Call("removeAttribute", "disabled"); err != nil {
			return err
		}
	}
	listenAll(a, "start", []listener{ // a failure is reported; the page works without the panel
		{els[1], "click", func(safejs.Value) error { return a.chooseLastMinutes() }},
		{els[2], "click", func(safejs.Value) error { return a.newDraft() }},
		{els[3], "click", func(safejs.Value) error { return clickElement("open-file") }},
	})
	return nil
}

// showStart shows the start panel while the document is empty; it
// touches the DOM only when that changes (it runs on every keystroke).
func (a *App) showStart() {
	empty := a.session.Source() == ""
	if a.start.IsUndefined() || a.startShown == empty && a.startKnown {
		return
	}
	a.startShown, a.startKnown = empty, true
	_ = a.start.Set("hidden", !empty)
}

// chooseLastMinutes asks for the last meeting's minutes, to make the next
// agenda from (the New dialog's file input does the rest).
func (a *App) chooseLastMinutes() error { return clickElement("new-next-file") }

// clickElement clicks the element with id, as the user would.
func clickElement(id string) error {
	els, ok := lookUp(id)
	if !ok {
		return nil
	}
	_, err := els[0].Call("click")
	return err
}
