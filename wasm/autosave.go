//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/workspace"
)

// bindAutosave stores on leaving the page and tells the workspace of
// other tabs' writes (package workspace decides what each means).
func (a *App) bindAutosave() error {
	doc := jsOf(a.els.Root)
	document, err := doc.Get("ownerDocument")
	if err != nil {
		return err
	}
	for _, l := range []listener{
		{document, "visibilitychange", func(safejs.Value) error {
			if stringProp(document, "visibilityState", "") == "hidden" {
				a.ws.Flush()
			}
			return nil
		}},
		{window(), "pagehide", func(safejs.Value) error { a.ws.Flush(); return nil }},
		{window(), "beforeunload", a.beforeUnload},
		{window(), "storage", a.storageEvent},
	} {
		if _, err := a.Listen(l.target, l.typ, l.typ, l.handler); err != nil {
			return err
		}
	}
	return nil
}

// beforeUnload stores what it can and warns when something is not stored.
func (a *App) beforeUnload(ev safejs.Value) error {
	if !a.ws.Leaving() {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	return ev.Set("returnValue", "Some of your text is not stored in this browser. Save it first?")
}

// storageEvent passes another tab's write of browser storage on.
func (a *App) storageEvent(ev safejs.Value) error {
	var w workspace.StorageEvent
	var err error
	if w.Key, w.Cleared, err = nullableString(ev, "key"); err != nil { // null: storage cleared
		return err
	}
	if w.Value, w.Removed, err = nullableString(ev, "newValue"); err != nil { // null: key removed
		return err
	}
	a.ws.OtherTab(w)
	return nil
}
