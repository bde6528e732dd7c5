//go:build js && wasm

package main

import (
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

// dialogOpen tells whether the New dialog is shown.
func dialogOpen() bool {
	return safejs.Unsafe(window()).Get("document").Call("getElementById", "new-dialog").Get("open").Bool()
}

func setValue(t *testing.T, id, value string) {
	t.Helper()
	el := safejs.Unsafe(window()).Get("document").Call("getElementById", id)
	if el.IsNull() {
		t.Fatalf("no #%s", id)
	}
	el.Set("value", value)
}

func value(id string) string {
	return safejs.Unsafe(window()).Get("document").Call("getElementById", id).Get("value").String()
}

func TestNewDialogCreatesFromTemplate(t *testing.T) {
	e, _ := newPanelsEditor(t, "# Current 2025-06-04\n")
	a := e.app
	a.now = func() time.Time { return time.Date(2025, 6, 5, 12, 0, 0, 0, time.UTC) }
	a.ws.Flush()
	current := a.keep.Draft().ID
	click(t, "act-new")
	if !dialogOpen() {
		t.Fatal("New does not open the dialog")
	}
	if a.keep.Draft().ID != current {
		t.Fatal("New made a draft before the dialog was answered")
	}
	prof := e.profile
	if got := value("new-template"); got != prof.Meeting.Template {
		t.Errorf("template %q, want the profile's %q", got, prof.Meeting.Template)
	}
	if got := value("new-date"); got != "2025-06-18" {
		t.Errorf("date %q, want a cadence after the newest draft's", got)
	}
	if got := value("new-time"); got != "16:00" {
		t.Errorf("time %q", got)
	}
	setValue(t, "new-template", "2024-timed")
	setValue(t, "new-date", "2025-07-02")
	setValue(t, "new-time", "17:30")
	click(t, "new-create")
	if dialogOpen() {
		t.Error("the dialog stays open")
	}
	want, err := templates.New("2024-timed", when.At(2025, time.July, 2, 17, 30), prof)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source() != string(want) || e.session.Doc().String() != string(want) {
		t.Fatalf("new draft %q, want %q", a.Source(), want)
	}
	if a.keep.Draft().ID == current {
		t.Error("the current draft was replaced")
	}
	drafts, _ := a.drafts.List()
	if len(drafts) != 2 {
		t.Errorf("%d stored drafts, want the previous one kept", len(drafts))
	}
}

func TestNewDialogRefusesBadDate(t *testing.T) {
	e, _ := newPanelsEditor(t, "")
	source := e.app.Source()
	click(t, "act-new")
	setValue(t, "new-date", "")
	click(t, "new-create")
	if !dialogOpen() {
		t.Fatal("the dialog closed without a date")
	}
	problem := safejs.Unsafe(window()).Get("document").Call("getElementById", "new-problem")
	if problem.Get("hidden").Bool() || problem.Get("textContent").String() != "Choose the meeting date." {
		t.Errorf("problem %q", problem.Get("textContent").String())
	}
	if e.app.Source() != source {
		t.Error("the draft changed")
	}
	click(t, "new-cancel")
	if dialogOpen() {
		t.Error("Cancel does not close the dialog")
	}
}

func TestNewDialogDefaultDate(t *testing.T) {
	e, _ := newPanelsEditor(t, "")
	d := e.app.newDialog
	a := e.app
	a.now = func() time.Time { return time.Date(2025, 3, 10, 9, 0, 0, 0, time.UTC) }
	if got := d.DefaultDate().DateString(); got != "2025-03-10" {
		t.Errorf("no dated draft: %s, want today", got)
	}
	for _, src := range []string{"# Minutes 2025-02-19\n", "# Minutes 2025-01-08\n"} {
		a.openAsNewDraft(src, "test")
	}
	// 2025-02-19 + 14 days = 2025-03-05, before today: whole cadences on.
	if got := d.DefaultDate().DateString(); got != "2025-03-19" {
		t.Errorf("newest 2025-02-19, today 2025-03-10: %s", got)
	}
	a.openAsNewDraft("# Minutes 2025-03-12\n", "test")
	if got := d.DefaultDate().DateString(); got != "2025-03-26" {
		t.Errorf("newest 2025-03-12: %s", got)
	}
}

func TestNewDialogNextAgendaFromCurrent(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [x] @sjn done\n- [ ] @sjn open\n"
	e, _ := newPanelsEditor(t, source)
	a := e.app
	want, err := a.model.NextAgenda(mustParse(t, source))
	if err != nil {
		t.Fatal(err)
	}
	click(t, "act-new")
	click(t, "new-next-current")
	if dialogOpen() || a.Source() != want {
		t.Fatalf("next agenda %q, want %q", a.Source(), want)
	}
}

// mustParse parses source, which the test made.
func mustParse(t *testing.T, source string) *core.Document {
	t.Helper()
	d, err := core.Parse([]byte(source))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
