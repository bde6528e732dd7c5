//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

func TestGuardRecovers(t *testing.T) {
	a := newTestApp(t, nil)
	a.setSource("# Kept\n", OriginForm)
	cases := map[string]func() error{
		"go panic":     func() error { panic("boom") },
		"nil map":      func() error { var m map[string]int; m["x"] = 1; return nil },
		"js exception": func() error { safejs.Unsafe(safejs.Global()).Get("JSON").Call("parse", "{bad"); return nil },
		"error":        func() error { return errors.New("plain failure") },
	}
	for name, fn := range cases {
		t.Run(name, func(t *testing.T) {
			before := a.failures
			a.guard(name, fn)
			if a.failures != before+1 {
				t.Fatalf("failure not counted")
			}
			if msg := messageTexts(a)["failure"]; !strings.Contains(msg, name) || !strings.Contains(msg, "Your document is intact") {
				t.Errorf("message %q", msg)
			}
		})
	}
	if a.Source() != "# Kept\n" {
		t.Errorf("document changed to %q", a.Source())
	}
	if !strings.Contains(messageTexts(a)["failure"], "") || a.failures != 4 {
		t.Errorf("failures %d", a.failures)
	}
	a.ws.Flush()
	if d, err := a.drafts.Load(a.keep.Draft().ID); err != nil || d.Source != "# Kept\n" {
		t.Errorf("autosave after failures: %v, %v", d, err)
	}
}

func TestPanicInListenerIsReported(t *testing.T) {
	a := newTestApp(t, nil)
	target := jsOf(a.els.Buttons["act-next"])
	l, err := a.Listen(target, "custom", "custom handler", func(safejs.Value) error { panic("in a listener") })
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if _, err := target.Call("click"); err != nil { // an unrelated event still works
		t.Fatal(err)
	}
	ev, _ := safejs.Global().Get("Event")
	custom, _ := ev.New("custom")
	if _, err := target.Call("dispatchEvent", custom); err != nil {
		t.Fatalf("the panic escaped to JavaScript: %v", err)
	}
	if !strings.Contains(messageTexts(a)["failure"], "in a listener") {
		t.Errorf("messages %v", messageTexts(a))
	}
}

// TestFuncsReleased checks that no js.Func leaks: rebuilding the drafts
// list, showing and dismissing messages and awaiting promises create none
// for good, and Close releases every listener.
func TestFuncsReleased(t *testing.T) {
	a := newTestApp(t, nil)
	bound := a.funcs.Len()
	if bound == 0 {
		t.Fatal("no listeners bound")
	}
	promiseCtor, _ := safejs.Global().Get("Promise")
	for i := 0; i < 20; i++ {
		a.renderDraftsMenu()
		id := a.msgs.Show(Message{Text: "note", Actions: []Action{{Label: "Act", Do: func() error { return nil }}}})
		a.msgs.Dismiss(id)
		p, _ := promiseCtor.Call("resolve", i)
		if v, err := a.Await(p); err != nil || mustInt(v) != i {
			t.Fatalf("Await = %v, %v", v, err)
		}
		r, _ := promiseCtor.Call("reject", "no")
		if _, err := a.Await(r); !errors.Is(err, errRejected) {
			t.Fatalf("Await of a rejection: %v", err)
		}
		l, err := a.Listen(jsOf(a.els.Root), "x", "x", func(safejs.Value) error { return nil })
		if err != nil {
			t.Fatal(err)
		}
		l.Release()
	}
	if got := a.funcs.Len(); got != bound {
		t.Errorf("%d functions live after the loop, want %d", got, bound)
	}
	a.Close()
	if got := a.funcs.Len(); got != 0 {
		t.Errorf("%d functions live after Close", got)
	}
}

func mustInt(v safejs.Value) int {
	i, _ := v.Int()
	return i
}

func TestAutosaveAndRestore(t *testing.T) {
	store := editor.NewMemStore()
	a := newTestApp(t, store)
	typeText(t, a, "# Meeting 2025-06-04\n\n- [ ] item\n")
	a.els.Markdown.SetSelection(5, 9)
	waitFor(t, "autosave", func() bool { return a.keep.Stored() && a.keep.Safe() })
	id := a.keep.Draft().ID

	b := newTestApp(t, store) // a reload
	if b.keep.Draft().ID != id || b.Source() != "# Meeting 2025-06-04\n\n- [ ] item\n" {
		t.Fatalf("restored draft %q %q", b.keep.Draft().ID, b.Source())
	}
	if start, end, _ := b.els.Markdown.Selection(); start != 5 || end != 9 {
		t.Errorf("cursor %d-%d, want 5-9", start, end)
	}
	if b.keep.Draft().Title != "Meeting 2025-06-04" || b.keep.Draft().Date != "2025-06-04" {
		t.Errorf("title/date %q %q", b.keep.Draft().Title, b.keep.Draft().Date)
	}
}

func TestConflictKeepBoth(t *testing.T) {
	store := editor.NewMemStore()
	a := newTestApp(t, store)
	a.setSource("first\n", OriginForm)
	a.ws.Flush()
	other, _ := a.drafts.Load(a.keep.Draft().ID) // another tab writes
	other.Source = "other tab\n"
	if err := a.drafts.Put(other, other.Rev); err != nil {
		t.Fatal(err)
	}
	a.setSource("this tab\n", OriginForm)
	a.ws.Flush()
	if !a.keep.IsHeld() || !strings.Contains(messageTexts(a)["conflict"], "changed in another tab") {
		t.Fatalf("no conflict shown: %v", messageTexts(a))
	}
	if d, _ := a.drafts.Load(other.ID); d.Source != "other tab\n" {
		t.Fatalf("the other tab's text was overwritten by %q", d.Source)
	}
	if err := a.ws.KeepBoth(); err != nil {
		t.Fatal(err)
	}
	drafts, _ := a.drafts.List()
	sources := map[string]bool{}
	for _, d := range drafts {
		sources[d.Source] = true
	}
	if len(drafts) != 2 || !sources["other tab\n"] || !sources["this tab\n"] {
		t.Errorf("drafts after keep both: %v", sources)
	}
}

func TestConflictReload(t *testing.T) {
	a := newTestApp(t, nil)
	a.setSource("first\n", OriginForm)
	a.ws.Flush()
	other, _ := a.drafts.Load(a.keep.Draft().ID)
	other.Source = "from the other tab\n"
	_ = a.drafts.Put(other, other.Rev)
	a.setSource("mine\n", OriginForm)
	a.ws.Flush()
	msg, _ := a.msgs.Find("conflict")
	if len(msg.Actions) == 0 || msg.Actions[0].Label != "Reload from the other tab" {
		t.Fatalf("conflict message %+v", msg)
	}
	if err := msg.Actions[0].Do(); err != nil {
		t.Fatal(err)
	}
	if a.Source() != "from the other tab\n" || a.els.Markdown.Value() != "from the other tab\n" || a.keep.IsHeld() {
		t.Errorf("after reload: %q, conflict %v", a.Source(), a.keep.IsHeld())
	}
}

func TestStorageFull(t *testing.T) {
	store := editor.NewMemStore()
	a := newTestApp(t, store)
	store.FailSet = editor.ErrQuota
	a.setSource("# Not stored\n", OriginForm)
	a.ws.Flush()
	msg := messageTexts(a)["storage-full"]
	if !strings.Contains(msg, "could not be stored") || !strings.Contains(msg, "Save") {
		t.Fatalf("message %q", msg)
	}
	if a.keep.Safe() {
		t.Error("the draft is marked stored")
	}
	if err := a.save(); err != nil {
		t.Errorf("Save with storage full: %v", err)
	}
	store.FailSet = nil
	a.ws.Flush()
	if !a.keep.Safe() || !strings.Contains(messageTexts(a)["storage-full"], "stored in this browser again") {
		t.Errorf("recovery not noticed: %v", messageTexts(a))
	}
}

func TestRestoreReportsCorruptDraft(t *testing.T) {
	store := editor.NewMemStore()
	_ = store.Set(editor.DraftKey+"broken", "{not json")
	a := newTestApp(t, store)
	msg := messageTexts(a)["corrupt:"+editor.DraftKey+"broken"]
	if !strings.Contains(msg, "kept aside") {
		t.Fatalf("messages %v", messageTexts(a))
	}
	found := false
	keys, _ := store.Keys()
	for _, k := range keys {
		if v, _, _ := store.Get(k); strings.HasPrefix(k, editor.CorruptKey+"broken:") && v == "{not json" {
			found = true
		}
	}
	if !found {
		t.Errorf("corrupt draft not kept: %v", keys)
	}
}

func TestOpenRefusesBadInputAndKeepsDraft(t *testing.T) {
	a := newTestApp(t, nil)
	a.setSource("# Current\n", OriginForm)
	a.ws.Flush()
	id := a.keep.Draft().ID
	for name, data := range map[string][]byte{
		"empty.md":  nil,
		"image.png": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"),
		"latin1.md": []byte("caf\xe9"),
	} {
		a.openBytes(name, data, name)
		if a.keep.Draft().ID != id || a.Source() != "# Current\n" {
			t.Fatalf("%s replaced the current draft", name)
		}
		if msg := messageTexts(a)["refused"]; !strings.Contains(msg, name+":") {
			t.Errorf("%s: message %q", name, msg)
		}
	}
	a.openBytes("good.md", []byte("# Opened\r\n"), "good.md")
	if a.keep.Draft().ID == id || a.Source() != "# Opened\r\n" {
		t.Fatalf("good file not opened")
	}
	if drafts, _ := a.drafts.List(); len(drafts) != 2 {
		t.Errorf("%d drafts, want the previous one kept", len(drafts))
	}
}

func TestDeleteUndo(t *testing.T) {
	a := newTestApp(t, nil)
	a.setSource("# One\n", OriginForm)
	a.ws.Flush()
	one := a.keep.Draft().ID
	if err := a.ws.Delete(one); err != nil {
		t.Fatal(err)
	}
	if d, _ := a.drafts.List(); len(d) != 0 || a.keep.Draft().ID == one {
		t.Fatalf("not deleted")
	}
	if msg, _ := a.msgs.Find("deleted"); len(msg.Actions) != 1 || msg.Actions[0].Do() != nil {
		t.Fatalf("deleted message %+v", msg)
	}
	if a.keep.Draft().ID != one || a.Source() != "# One\n" {
		t.Errorf("undo did not bring the draft back")
	}
}

// TestDraftThatFrozeOpensAsPlainText: a draft whose opening never finished
// (the page froze or was killed) opens at the next start as plain text —
// no panel shows it — with a message that brings the form and preview
// back; another draft opens as usual.
func TestDraftThatFrozeOpensAsPlainText(t *testing.T) {
	store := editor.NewMemStore()
	ds := editor.NewDraftStore(store, time.Now)
	d := ds.NewDraft("# Heavy minutes\n")
	if err := ds.Put(d, ""); err != nil {
		t.Fatal(err)
	}
	_ = store.Set(editor.CurrentKey, d.ID)
	ds.MarkOpening(d.ID) // as a load that never returned leaves it
	shown := 0
	counter := func(*Editor) (Panel, error) { return panelFunc(func() { shown++ }), nil }
	a := startTestApp(t, testApp{store: store, panels: []panelMaker{counter}})
	if a.Source() != "# Heavy minutes\n" || a.els.Markdown.Value() != "# Heavy minutes\n" {
		t.Fatalf("the draft is not in the Markdown box: %q", a.Source())
	}
	if shown != 0 || !strings.Contains(messageTexts(a)["froze"], "did not finish or took over a second last time") {
		t.Fatalf("panels shown %d times, messages %v", shown, messageTexts(a))
	}
	if ds.FrozeOpening(d.ID) {
		t.Error("the mark stays after opening as plain text")
	}
	messageAction(t, a, "froze", "Show the form and preview")
	if shown != 1 {
		t.Errorf("panels shown %d times after asking, want 1", shown)
	}
	a.openAsNewDraft("# Other\n", "test")
	if shown < 2 || a.ws.PlainText() {
		t.Errorf("another draft is shown as plain text too")
	}
}

// panelFunc is a panel that calls fn on every Show.
type panelFunc func()

func (f panelFunc) Show(*core.Document, core.Change, Origin) { f() }
