package form

import (
	_ "embed"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

//go:embed testdata/form-minutes.md
var formFixture string

// formShell is the form's markup as index.html has it (the parts the form
// binds); the page's own tests (package wasm) use the same file.
//
//go:embed testdata/shell.html
var formShell string

// formClock is the time the form's tests run at.
var formClock = time.Date(2025, 6, 4, 16, 7, 30, 0, time.UTC)

// testHost is the page around the form in a test: its messages, the
// names added to the roster, the section hint, and timers that run when
// the test says.
type testHost struct {
	t       testing.TB
	msgs    map[string]ui.Message
	roster  []string
	section string
	editor  int // times the form asked to show its panel
	timers  []*testTimer
}

type testTimer struct {
	name    string
	fn      func()
	stopped bool
}

func (h *testHost) Say(m ui.Message)            { h.msgs[m.Key] = m }
func (h *testHost) AddToRoster(hd string) error { h.roster = append(h.roster, hd); return nil }
func (h *testHost) ShowEditor()                 { h.editor++ }
func (h *testHost) SetSection(path string)      { h.section = path }

func (h *testHost) After(d time.Duration, name string, fn func()) func() {
	tm := &testTimer{name: name, fn: fn}
	h.timers = append(h.timers, tm)
	return func() { tm.stopped = true }
}

// runTimers runs the pending timers, and those they start, until none is
// left.
func (h *testHost) runTimers() {
	for len(h.timers) > 0 {
		tm := h.timers[0]
		h.timers = h.timers[1:]
		if !tm.stopped {
			tm.fn()
		}
	}
}

// texts returns the messages' texts by key.
func (h *testHost) texts() map[string]string {
	out := map[string]string{}
	for k, m := range h.msgs {
		out[k] = m.Text
	}
	return out
}

// harness is a form on an in-memory page, with its session.
type harness struct {
	t       testing.TB
	page    *uitest.Page
	session *editor.Session
	form    *Form
	host    *testHost
	tasks   *uitest.Tasks // the batches of a long document
	kept    []ui.Node     // the section elements marked
}

// newForm shows source in a form on a page made of shell (formShell when
// empty).
func newForm(tb testing.TB, source string) *harness {
	tb.Helper()
	// The Markdown text box is in the form's region; its events are not
	// the form's.
	return newFormOn(tb, strings.Replace(formShell, "</section>", `<textarea id="markdown"></textarea></section>`, 1), source)
}

func newFormOn(tb testing.TB, shell, source string) *harness {
	tb.Helper()
	return newFormWith(tb, shell, source, nil)
}

// newFormWith is newFormOn with set changing the form before it shows
// source.
func newFormWith(tb testing.TB, shell, source string, set func(*Form)) *harness {
	tb.Helper()
	h := &harness{t: tb, page: uitest.New(shell), session: editor.NewSession(func() time.Time { return formClock }),
		host: &testHost{t: tb, msgs: map[string]ui.Message{}}, tasks: &uitest.Tasks{}}
	h.form = New(Config{Page: h.page, Session: h.session, Profile: profile.Default(), Host: h.host, Tasks: h.tasks, Now: func() time.Time { return formClock }})
	if set != nil {
		set(h.form)
	}
	h.session.Subscribe(func(u editor.Update) { h.form.Show(u.Doc, u.Change, u.Origin) })
	if err := h.session.Load(source); err != nil {
		tb.Fatal(err)
	}
	if h.form.off {
		tb.Fatal("the form did not bind to the test shell")
	}
	tb.Cleanup(func() {
		for _, err := range h.page.Errors {
			tb.Errorf("a listener failed: %v", err)
		}
	})
	return h
}

// src is the document's source.
func (h *harness) src() string { return h.session.Source() }

// q returns the first element matching sel, failing the test if none.
func (h *harness) q(sel string) ui.Node {
	h.t.Helper()
	el := h.page.Query(sel)
	if el == nil {
		h.t.Fatalf("no element %s", sel)
	}
	return el
}

// item returns the text field of the item whose text is text.
func (h *harness) item(text string) ui.Node {
	h.t.Helper()
	for _, el := range h.page.QueryAll("#section-list .fit-text") {
		if el.Value() == text {
			return el
		}
	}
	h.t.Fatalf("no item %q in the form", text)
	return nil
}

// typeKeys types text one character at a time at the end of the focused
// field, as keys do.
func (h *harness) typeKeys(text string) {
	h.t.Helper()
	for _, r := range text {
		el := h.page.Active()
		if el.Attr("data-f") == "" {
			h.t.Fatalf("typing %q into %s", r, outer(el))
		}
		h.page.Type(el, el.Value()+string(r))
	}
}

// focus focuses el, as a click or Tab does.
func (h *harness) focus(el ui.Node) { el.Focus() }

// focused returns the value of the focused field.
func (h *harness) focused() string { return h.page.Active().Value() }

// caret returns the focused field's caret.
func (h *harness) caret() int { return caretOf(h.page.Active()) }

// setValue sets a field's value and fires change, as a date picker does.
func (h *harness) setValue(el ui.Node, value string) {
	el.SetValue(value)
	h.page.Change(el)
}

// outer is an element's markup, for messages.
func outer(el ui.Node) string {
	if n, ok := el.(*uitest.Node); ok {
		return n.Outer()
	}
	return "<nil>"
}

// replace returns s with old replaced by new once, failing if old is not
// in s.
func replace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not in the source", old)
	}
	return strings.Replace(s, old, new, 1)
}
