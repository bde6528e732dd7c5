//go:build js && wasm

package main

import (
	"fmt"
	"time"
)

// A freeze never repeats. Showing a draft is watched: the draft is marked
// busy in storage (DraftStore.MarkOpening) before work that may take long
// — opening it, or rendering an edit as large as a paste — and the mark
// is cleared after, unless the work took over slowWork. A mark found at
// the next start means the page froze, was killed or was slow on that
// draft: it then opens as plain text (restoreDraft), its other drafts
// reachable as always. A keystroke is not watched (two storage writes per
// key would cost more than the render), unless the last render was slow.

// watchBytes is the size of an edit (text removed and inserted) that may
// render for long: a paste, not typing.
const watchBytes = 16 << 10

// slowWork is how long showing a draft of slowBytes or more may take
// before its next opening is as plain text. A smaller draft that takes
// that long means a busy machine, not a draft that freezes the page (the
// renderers are bounded and linear: core/preview's budgets), and marking
// it would turn an ordinary draft into plain text on a loaded computer.
const (
	slowWork  = time.Second
	slowBytes = 16 << 10
)

// testRenderDelay, set by the test hook (testhook.go), is added to the
// next watched render, as a document that is slow to show would.
var testRenderDelay time.Duration

// Watched implements previewpane.Host: it runs the render of the pending
// edits under the watch.
func (h *previewHost) Watched(pending int, last time.Duration, render func()) {
	a := h.e.app
	watch := pending >= watchBytes || last >= slowWork/2
	id := a.keep.Draft().ID
	if watch {
		a.drafts.MarkOpening(id)
	}
	start := time.Now()
	render()
	if testRenderDelay > 0 {
		for time.Since(start) < testRenderDelay { // busy, as a slow render is
		}
		testRenderDelay = 0
	}
	a.afterWork(id, watch, time.Since(start))
}

// afterWork ends the watch of work on draft id that took took: the mark
// goes, unless the work was slow, which the scribe is told.
func (a *App) afterWork(id string, watched bool, took time.Duration) {
	if took < slowWork || len(a.Source()) < slowBytes {
		if watched {
			a.drafts.Opened(id)
		}
		return
	}
	a.drafts.MarkOpening(id)
	a.msgs.Show(Message{Key: "slow", Kind: KindWarning,
		Text: fmt.Sprintf("Showing this draft took %.1f s. So that the page does not freeze again, it opens as plain text (the Markdown box only) next time; the form and preview can be brought back then.", took.Seconds())})
}
