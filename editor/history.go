package editor

import (
	"time"

	"github.com/cpansec/minutes/core"
)

// History is the undo and redo stacks of the editor: every change, from
// the form or the Markdown text box, with the change that reverts it.
// It keeps changes, not copies of the document, so that a long history
// of a large document costs little memory.
type History struct {
	Limit      int
	undo, redo []step
}

type step struct {
	forward, inverse core.Change
	at               time.Time
	key              string
}

// mergeWindow is how close in time two changes with the same key must be
// to be one undo step.
const mergeWindow = 1500 * time.Millisecond

// Push records change c, applied to before at time at. A change with the
// same non-empty key as the last one, made within mergeWindow, that only
// rewrites what the last one wrote (typing on in one field) joins it.
func (h *History) Push(c core.Change, before []byte, at time.Time, key string) {
	h.redo = nil
	inv := c.Invert(before)
	if n := len(h.undo); n > 0 && key != "" {
		last := &h.undo[n-1]
		if last.key == key && at.Sub(last.at) < mergeWindow {
			if merged, ok := merge(last.forward, last.inverse, c); ok {
				last.forward, last.inverse, last.at = merged.forward, merged.inverse, at
				return
			}
		}
	}
	h.undo = append(h.undo, step{forward: c, inverse: inv, at: at, key: key})
	if h.Limit > 0 && len(h.undo) > h.Limit {
		h.undo = h.undo[len(h.undo)-h.Limit:]
	}
}

// merge joins two single-splice changes when the second lies inside what
// the first wrote: the result goes straight from the state before the
// first to the state after the second.
func merge(fwd, inv core.Change, next core.Change) (step, bool) {
	if len(fwd) != 1 || len(inv) != 1 || len(next) != 1 {
		return step{}, false
	}
	f, n := fwd[0], next[0]
	written := core.Span{Start: f.Start, End: f.Start + len(f.Text)}
	if n.Start < written.Start || n.End > written.End {
		return step{}, false
	}
	text := f.Text[:n.Start-f.Start] + n.Text + f.Text[n.End-f.Start:]
	forward := core.Change{{Start: f.Start, End: f.End, Text: text}}
	inverse := core.Change{{Start: f.Start, End: f.Start + len(text), Text: inv[0].Text}}
	return step{forward: forward, inverse: inverse}, true
}

// Undo returns the change that reverts the last step.
func (h *History) Undo() (core.Change, bool) {
	n := len(h.undo)
	if n == 0 {
		return nil, false
	}
	s := h.undo[n-1]
	h.undo = h.undo[:n-1]
	h.redo = append(h.redo, s)
	return s.inverse, true
}

// Redo returns the change that applies the last undone step again.
func (h *History) Redo() (core.Change, bool) {
	n := len(h.redo)
	if n == 0 {
		return nil, false
	}
	s := h.redo[n-1]
	h.redo = h.redo[:n-1]
	h.undo = append(h.undo, s)
	return s.forward, true
}

// Reset forgets everything (a new document was loaded).
func (h *History) Reset() { h.undo, h.redo = nil, nil }

// CanUndo and CanRedo say whether there is a step to take.
func (h *History) CanUndo() bool { return len(h.undo) > 0 }

// CanRedo reports whether there is an undone step to apply again.
func (h *History) CanRedo() bool { return len(h.redo) > 0 }
