//go:build js && wasm

package main

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// showChange applies c, a change of the document old, to the text box with
// setRangeText, which keeps the user's selection and scroll position. It
// reports false, changing nothing, when the text box is not known to show
// old (typing in it not yet synced) or a splice would split a CR LF or
// touch the byte-order mark, which the text box does not show.
func (a *App) showChange(old string, c core.Change) bool {
	if a.text.pending || len(c) == 0 || a.shown != editor.TextOf(old) {
		return false
	}
	type patch struct {
		start16, end16 int    // offsets in the text box, in UTF-16 units
		start, end     int    // offsets in a.shown, in bytes
		text           string // the replacement as the text box shows it
	}
	var patches []patch
	m := editor.NewTextMap(old)
	for _, s := range c {
		if !m.CleanCut(s.Start) || !m.CleanCut(s.End) || editor.JoinsLineEnding(old, s) ||
			strings.Contains(s.Text, "\r") && !strings.Contains(s.Text, "\r\n") {
			return false
		}
		start, start16 := m.At(s.Start)
		end, end16 := m.At(s.End)
		patches = append(patches, patch{start16, end16, start, end, editor.NormalizeNewlines(s.Text)})
	}
	ta := jsOf(a.els.Markdown)
	for i := len(patches) - 1; i >= 0; i-- {
		p := patches[i]
		if _, err := ta.Call("setRangeText", p.text, p.start16, p.end16, "preserve"); err != nil {
			return false
		}
	}
	var b strings.Builder
	pos := 0
	for _, p := range patches {
		b.WriteString(a.shown[pos:p.start])
		b.WriteString(p.text)
		pos = p.end
	}
	b.WriteString(a.shown[pos:])
	a.shown = b.String()
	return true
}
