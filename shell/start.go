package shell

import "github.com/cpansec/minutes/ui"

// Start is the start panel (#start), which stands in for the empty form
// of an empty draft (a first visit, or New with nothing in it): it offers
// the three ways a scribe starts a meeting's minutes instead of an empty
// form.
type Start struct {
	panel        ui.Node
	shown, known bool // what the panel shows, once set
}

// StartActions are what the start panel's buttons do.
type StartActions struct {
	Next func() error // #start-next: the next agenda from the last minutes
	New  func() error // #start-new: the New dialog
	Open func() error // #start-open: open a file
}

// NewStart binds the start panel, on a page that has it (else nil). A
// button that cannot be bound is reported by fail, and the panel works
// without it.
func NewStart(page ui.Document, do StartActions, fail func(error)) *Start {
	s := &Start{panel: page.ByID("start")}
	if s.panel == nil {
		return nil
	}
	for id, fn := range map[string]func() error{"start-next": do.Next, "start-new": do.New, "start-open": do.Open} {
		b := page.ByID(id)
		if b == nil || fn == nil {
			continue
		}
		b.RemoveAttr("disabled")
		if err := b.Listen("click", "start", func(ui.Event) error { return fn() }); err != nil {
			fail(err)
		}
	}
	return s
}

// Show shows the panel while the document is empty; it touches the DOM
// only when that changes (it runs on every keystroke). A nil Start (a
// page without the panel) does nothing.
func (s *Start) Show(empty bool) {
	if s == nil || s.shown == empty && s.known {
		return
	}
	s.shown, s.known = empty, true
	s.panel.SetBool("hidden", !empty)
}
