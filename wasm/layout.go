//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// The Markdown box sits under the form, or beside it at full height (the
// "Beside the form" switch, remembered in this browser): a scribe who
// writes Markdown sees the text and the form of the same part together.

// layoutKey keeps the switch.
const layoutKey = editor.KeyPrefix + "markdown-beside"

// bindLayout wires the switch, on a page that has it.
func (a *App) bindLayout() error {
	els, ok := lookUp("markdown-beside", "editor")
	if !ok {
		return nil
	}
	button, panel := els[0], els[1]
	set := func(on bool) error {
		if _, err := panel.Call("toggleAttribute", "data-markdown-beside", on); err != nil {
			return err
		}
		pressed := "false"
		if on {
			pressed = "true"
		}
		_, err := button.Call("setAttribute", "aria-pressed", pressed)
		return err
	}
	v, _, _ := a.drafts.Store().Get(layoutKey)
	if err := set(v == "yes"); err != nil {
		return err
	}
	if _, err := button.Call("removeAttribute", "disabled"); err != nil {
		return err
	}
	listenAll(a, "Markdown beside", []listener{{button, "click", func(safejs.Value) error {
		on := !truthy(panel.Call("hasAttribute", "data-markdown-beside"))
		if on {
			_ = a.drafts.Store().Set(layoutKey, "yes")
		} else {
			_ = a.drafts.Store().Remove(layoutKey)
		}
		return set(on)
	}}})
	return nil
}
