//go:build js && wasm

package main

import (
	"strconv"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// The Markdown box sits under the form, or beside it at full height (the
// "Beside the form" switch, remembered in this browser): a scribe who
// writes Markdown sees the text and the form of the same part together.

// layoutKey keeps the switch.
const layoutKey = editor.KeyPrefix + "markdown-beside"

// bindLayout wires the switch, on a page that has it.
func (a *App) bindLayout() error {
	button, panel := a.page.ByID("markdown-beside"), a.page.ByID("editor")
	if button == nil || panel == nil {
		return nil
	}
	on := false
	set := func(beside bool) {
		on = beside
		if beside {
			panel.SetAttr("data-markdown-beside", "")
		} else {
			panel.RemoveAttr("data-markdown-beside")
		}
		button.SetAttr("aria-pressed", strconv.FormatBool(beside))
	}
	v, _, _ := a.drafts.Store().Get(layoutKey)
	set(v == "yes")
	button.RemoveAttr("disabled")
	if err := button.Listen("click", "Markdown beside", func(ui.Event) error {
		if set(!on); on {
			_ = a.drafts.Store().Set(layoutKey, "yes")
		} else {
			_ = a.drafts.Store().Remove(layoutKey)
		}
		return nil
	}); err != nil {
		a.fail("Markdown beside", err, nil) // the page works without the switch
	}
	return nil
}
