//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// showChange applies c, a change of the document old, to the text box with
// setRangeText, which keeps the user's selection and scroll position. It
// reports false, changing nothing, when the text box is not known to show
// old (typing in it not yet synced) or the change cannot be spliced in
// place (editor.BoxSplices).
func (a *App) showChange(old string, c core.Change) bool {
	if a.text.pending || a.shown != editor.TextOf(old) {
		return false
	}
	splices, after, ok := editor.BoxSplices(old, c)
	if !ok {
		return false
	}
	ta := jsOf(a.els.Markdown)
	for i := len(splices) - 1; i >= 0; i-- {
		s := splices[i]
		if _, err := ta.Call("setRangeText", s.Text, s.Start16, s.End16, "preserve"); err != nil {
			return false
		}
	}
	a.shown = after
	return true
}
