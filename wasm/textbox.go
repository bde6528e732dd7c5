//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// textDelay is how long typing in the Markdown text box may go on before
// the document is updated from it. Autosave reads pending text first, so
// nothing typed waits longer than textDelay + saveDelay to be stored.
const textDelay = 150 * time.Millisecond

// textPending is set while the text box holds edits not yet in the document.
type textPending struct {
	pending bool
	timer   *time.Timer

	// A long document's text goes into the box in a task after the one
	// that loads it (fillLater): meanwhile fill is set, the box is
	// read-only (locked: the page made it so) and aria-busy, and the
	// cursor the load asked for waits in cursor.
	fill, locked bool
	cursor       editor.Cursor
}

// fillAtOnce is the longest text put into the box in the task that loads
// it: setting a textarea's value to 280 kB of text, with the layout it
// brings, is tens to hundreds of milliseconds in the browser, and the box
// is not what a scribe reads first after an open (the form and preview
// are). The largest real minutes are 14 kB.
const fillAtOnce = 48 << 10

// bindText listens to the Markdown text box.
func (a *App) bindText() error {
	if _, err := a.Listen(jsOf(a.els.Markdown), "scroll", "Markdown scroll", func(safejs.Value) error {
		a.textScroll = must(must(jsOf(a.els.Markdown).Get("scrollTop")).Int())
		return nil
	}); err != nil {
		return err
	}
	_, err := a.Listen(jsOf(a.els.Markdown), "input", "Markdown input", func(safejs.Value) error {
		a.text.pending = true
		if a.text.timer == nil {
			a.text.timer = time.AfterFunc(textDelay, func() {
				a.guard("Markdown input", func() error {
					a.text.timer = nil
					a.syncText()
					return nil
				})
			})
		}
		return nil
	})
	return err
}

// syncText moves pending edits of the text box into the document.
func (a *App) syncText() {
	if !a.text.pending {
		return
	}
	a.text.pending = false
	if a.text.timer != nil {
		a.text.timer.Stop()
		a.text.timer = nil
	}
	value, shown := a.els.Markdown.Value(), a.shown
	a.shown = value // before the session tells the app: the box shows it already
	if err := a.session.EditText(shown, value); err != nil {
		a.shown = shown
		a.showText(a.session.Source())
		a.msgs.Show(Message{Key: "model", Kind: KindWarning,
			Text: "That edit of the Markdown was not applied (" + err.Error() + "); the text is as it was before it."})
	}
}

// focusText focuses the Markdown text box (scrolling it into view).
func (a *App) focusText() { must(jsOf(a.els.Markdown).Call("focus")) }

// selectText focuses the Markdown text box and selects its whole text, for
// the scribe to copy by hand.
func (a *App) selectText() {
	a.focusText()
	must(jsOf(a.els.Markdown).Call("select"))
}

// showText puts the document into the text box, unless it already shows it.
func (a *App) showText(source string) {
	a.text.pending = false
	defer a.filled()
	if editor.NormalizeNewlines(source) == a.shown && a.els.Markdown.Value() == a.shown {
		return
	}
	a.els.Markdown.SetValue(source)
	a.shown = a.els.Markdown.Value()
}

// fillLater shows a loaded document in the text box: a long one in a task
// of its own (fillAtOnce), the box read-only until then so that nothing
// is typed into the previous document's text.
func (a *App) fillLater(source string) {
	if len(source) <= fillAtOnce {
		a.showText(source)
		return
	}
	if a.text.fill {
		return // the queued fill shows the latest document
	}
	a.text.pending = false
	a.text.fill, a.text.cursor = true, editor.Cursor{}
	md := a.els.Markdown
	a.text.locked = !truthy(jsOf(md).Call("hasAttribute", "readonly"))
	if a.text.locked {
		md.SetAttr("readonly", "")
	}
	md.SetAttr("aria-busy", "true")
	a.tasks.Task("Markdown box", func() {
		if a.text.fill {
			a.showText(a.session.Source())
		}
	})
}

// restoreTextCursor puts the text box's selection and scroll position
// back, or keeps them for filled while the box waits for its text.
func (a *App) restoreTextCursor(c editor.Cursor) {
	if a.text.fill {
		a.text.cursor = c
		return
	}
	// The browser clamps offsets past the end of the text.
	a.els.Markdown.SetSelection(c.Start, c.End)
	// Setting scrollTop lays the page out at once (12% of opening a long
	// document): skipped when the box is at the top already.
	if c.Scroll != 0 || a.textScroll != 0 {
		_ = jsOf(a.els.Markdown).Set("scrollTop", c.Scroll)
	}
	a.textScroll = c.Scroll
}

// filled ends a fill put off by fillLater: the box takes edits again and
// the cursor the load asked for.
func (a *App) filled() {
	if !a.text.fill {
		return
	}
	a.text.fill = false
	md := a.els.Markdown
	if a.text.locked {
		md.RemoveAttr("readonly")
		a.text.locked = false
	}
	md.RemoveAttr("aria-busy")
	a.restoreTextCursor(a.text.cursor)
}

// cursor is the current cursor hint.
func (a *App) cursor() editor.Cursor {
	start, end, _ := a.els.Markdown.Selection()
	// textScroll is read on scroll: reading scrollTop here would force a
	// layout on every autosave.
	scroll := a.textScroll
	if a.text.fill { // the box still holds the previous document: the load's cursor
		start, end, scroll = a.text.cursor.Start, a.text.cursor.End, a.text.cursor.Scroll
	}
	c := editor.Cursor{
		Start:   start,
		End:     end,
		Scroll:  scroll,
		Section: a.view.Section(),
	}
	c.Field, c.Offset = a.view.Place()
	return c
}

// restoreCursor puts the selection and scroll position back.
func (a *App) restoreCursor(c editor.Cursor) {
	a.restoreTextCursor(c)
	if c.Field != "" && a.view.RestorePlace(c.Field, c.Offset) {
		return
	}
	if c.Section != "" {
		a.view.ShowSection(c.Section)
	}
}
