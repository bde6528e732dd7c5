//go:build js && wasm

package main

import "github.com/cpansec/minutes/ui"

// The start panel stands in for the empty form of an empty draft (a first
// visit, or New with nothing in it): it offers the three ways a scribe
// starts a meeting's minutes instead of an empty form.

// bindStart wires the start panel, on a page that has it.
func (a *App) bindStart() error {
	if a.start = a.page.ByID("start"); a.start == nil {
		return nil
	}
	for id, fn := range map[string]func() error{
		"start-next": a.chooseLastMinutes,
		"start-new":  a.newDraft,
		"start-open": func() error { return clickElement("open-file") },
	} {
		b := a.page.ByID(id)
		if b == nil {
			continue
		}
		b.RemoveAttr("disabled")
		if err := b.Listen("click", "start", func(ui.Event) error { return fn() }); err != nil {
			a.fail("start", err, nil) // the page works without the panel
		}
	}
	return nil
}

// showStart shows the start panel while the document is empty; it
// touches the DOM only when that changes (it runs on every keystroke).
func (a *App) showStart() {
	empty := a.session.Source() == ""
	if a.start == nil || a.startShown == empty && a.startKnown {
		return
	}
	a.startShown, a.startKnown = empty, true
	a.start.SetBool("hidden", !empty)
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
