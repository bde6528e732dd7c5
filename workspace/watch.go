package workspace

import (
	"fmt"
	"time"

	"github.com/cpansec/minutes/ui"
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

// Watched runs render, the render of pending bytes of edits, under the
// watch when it may take long (a large edit, or the last render, which
// took last, was slow): see previewpane.Host.
func (w *Workspace) Watched(pending int, last time.Duration, render func()) {
	watch := pending >= watchBytes || last >= slowWork/2
	id := w.keep.Draft().ID
	if watch {
		w.Store.MarkOpening(id)
	}
	start := w.Now()
	render()
	w.afterWork(id, watch, w.Now().Sub(start))
}

// afterWork ends the watch of work on draft id that took took: the mark
// goes, unless the work was slow, which the scribe is told.
func (w *Workspace) afterWork(id string, watched bool, took time.Duration) {
	if took < slowWork || len(w.Session.Source()) < slowBytes {
		if watched {
			w.Store.Opened(id)
		}
		return
	}
	w.Store.MarkOpening(id)
	w.Messages.Show(ui.Message{Key: "slow", Kind: ui.KindWarning,
		Text: fmt.Sprintf("Showing this draft took %.1f s. So that the page does not freeze again, it opens as plain text (the Markdown box only) next time; the form and preview can be brought back then.", took.Seconds())})
}
