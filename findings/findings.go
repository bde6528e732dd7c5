// Package findings holds the two lists beside the editor page's preview:
// lint's findings (Lint) and the open action items grouped by owner
// (Actions). Both are brought up to date once the scribe pauses, written
// as text nodes only (never markup from the document), and each entry is
// a button that reveals its line in the form. They are written against
// package ui, so they are tested natively.
package findings

import (
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Host is what the lists need of the page around them.
type Host interface {
	// After runs fn after d, as an event handler (its failure reported
	// like one's), and returns a function that cancels it.
	After(d time.Duration, name string, fn func()) (stop func())
	// Reveal shows the editor (on a narrow screen the lists are on the
	// Preview tab) and reveals the form's field at a 1-based line.
	Reveal(line int)
	// AddToRoster adds a handle to the group's roster, kept by the page.
	AddToRoster(handle string) error
	// Say shows a message.
	Say(ui.Message)
	// Copy puts text on the clipboard and says done; when the browser
	// refuses, it calls refused and says why it did.
	Copy(text, done string, refused func(), why string) error
}

// Config is what NewLint and NewActions need.
type Config struct {
	Page    ui.Document
	Session *editor.Session
	Profile *profile.Profile
	Host    Host
	// Tasks runs the steps of a long document's lint, each in a task of
	// its own; nil: at once.
	Tasks ui.Tasks
}

// idleDelay is how long after the last change the lists are brought up
// to date: long enough to stay off the typing path, short enough to
// follow the user.
const idleDelay = 400 * time.Millisecond

// maxIdleDelay bounds how long a costly run is put off.
const maxIdleDelay = 3 * time.Second

// idleRun runs a function once the user pauses: each call of after pushes
// the run back. A run that takes long (lint on a very large document) is
// put off for longer, a few times its own cost, so that it only starts in
// a real pause and does not stall typing that goes on.
//
// A call while the timer runs only notes the change (a keystroke costs no
// timer and no clock read, which are calls into the page in the
// browser); when the timer fires after changes, it waits once more, so
// the run comes between one and two delays after the last change.
type idleRun struct {
	stopFn  func()
	changed bool          // a change came after the timer was set
	cost    time.Duration // how long the last run took
}

func (r *idleRun) after(h Host, name string, fn func()) {
	if r.stopFn != nil {
		r.changed = true
		return
	}
	r.arm(h, name, fn)
}

func (r *idleRun) arm(h Host, name string, fn func()) {
	r.changed = false
	d := min(max(idleDelay, 4*r.cost), maxIdleDelay)
	r.stopFn = h.After(d, name, func() {
		r.stopFn = nil
		if r.changed {
			r.arm(h, name, fn) // still typing: wait for the pause
			return
		}
		start := time.Now()
		fn()
		r.cost = time.Since(start)
	})
}

func (r *idleRun) stop() {
	if r.stopFn != nil {
		r.stopFn()
		r.stopFn = nil
	}
	r.changed = false
}

// builder makes the elements of a list, holding text only.
type builder struct{ page ui.Document }

// el makes an element with a class and text content (both may be "").
func (b builder) el(tag, class, text string) ui.Node {
	el := b.page.Create(tag)
	if class != "" {
		el.SetClass(class)
	}
	if text != "" {
		el.SetText(text)
	}
	return el
}

// button makes a button with a class and a data-action.
func (b builder) button(class, action, text string) ui.Node {
	el := b.el("button", class, text)
	el.SetAttr("type", "button")
	el.SetAttr("data-action", action)
	return el
}

// replaceChildren puts children in box instead of what it held, keeping
// the keyboard focus on the button with the same data-action (or the
// first button), so that a keyboard user is not thrown out of the list.
func replaceChildren(page ui.Document, box ui.Node, children []ui.Node) {
	focused := ""
	if ae := page.Active(); ae != nil && box.Contains(ae) {
		focused = ae.Attr("data-action")
	}
	box.SetHTML("")
	for _, c := range children {
		box.Append(c)
	}
	refocus(box, focused)
}

// refocus focuses the button of box with the data-action focused (or
// its first button), when focused is not "".
func refocus(box ui.Node, focused string) {
	if focused == "" {
		return
	}
	for _, sel := range []string{`button[data-action="` + focused + `"]`, "button"} {
		if all := box.QueryAll(sel); len(all) > 0 {
			all[0].Focus()
			return
		}
	}
}

// clickedAction returns the data-action of the button clicked.
func clickedAction(ev ui.Event) (string, bool) {
	t := ev.Target()
	if t == nil {
		return "", false
	}
	b := t.Closest("button[data-action]")
	if b == nil {
		return "", false
	}
	a := b.Attr("data-action")
	return a, a != ""
}

// clickedIndex returns the kind and number of a data-action "kind:n".
func clickedIndex(ev ui.Event) (kind string, n int, ok bool) {
	action, ok := clickedAction(ev)
	if !ok {
		return "", 0, false
	}
	kind, num, _ := strings.Cut(action, ":")
	n, err := strconv.Atoi(num)
	return kind, n, err == nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
