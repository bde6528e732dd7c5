package shell

import (
	"strconv"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// The Markdown box sits under the form, or beside it at full height (the
// "Beside the form" switch, remembered in this browser): a scribe who
// writes Markdown sees the text and the form of the same part together.

// LayoutKey is where the switch is kept ("yes" when on; absent when off).
const LayoutKey = editor.KeyPrefix + "markdown-beside"

// BindLayout wires the switch (#markdown-beside, which marks #editor with
// data-markdown-beside), on a page that has it, as store remembers it.
func BindLayout(page ui.Document, store editor.Store) error {
	button, panel := page.ByID("markdown-beside"), page.ByID("editor")
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
	v, _, _ := store.Get(LayoutKey)
	set(v == "yes")
	button.RemoveAttr("disabled")
	return button.Listen("click", "Markdown beside", func(ui.Event) error {
		// A store that refuses (full, blocked) only forgets the choice.
		if set(!on); on {
			_ = store.Set(LayoutKey, "yes")
		} else {
			_ = store.Remove(LayoutKey)
		}
		return nil
	})
}
