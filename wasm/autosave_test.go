//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// messageAction runs the action labelled label of the message with key.
func messageAction(t *testing.T, a *App, key, label string) {
	t.Helper()
	msg, _ := a.msgs.Find(key)
	for _, act := range msg.Actions {
		if act.Label == label {
			if err := act.Do(); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no %q in message %q: %v", label, key, messageTexts(a))
}

// storageEvent tells a what another tab did to key (newValue "" with
// deleted: the key was removed).
func storageEvent(t *testing.T, a *App, key, newValue string, deleted bool) {
	t.Helper()
	init := map[string]any{"key": key, "newValue": newValue}
	if deleted {
		init["newValue"] = nil
	}
	opts, err := safejs.ValueOf(init)
	if err != nil {
		t.Fatal(err)
	}
	ctor, err := safejs.Global().Get("StorageEvent")
	if err != nil {
		t.Fatal(err)
	}
	ev, err := ctor.New("storage", opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.storageEvent(ev); err != nil {
		t.Fatal(err)
	}
}

// TestNoSwitchWithoutASafeCopy: with storage full, every way of replacing
// the current draft stops, says so, and keeps the typed text; going on
// anyway is the scribe's choice, and is then told truthfully.
func TestNoSwitchWithoutASafeCopy(t *testing.T) {
	ways := map[string]func(a *App, other string) error{
		"switch": func(a *App, other string) error { return a.ws.Switch(other) },
		"open":   func(a *App, _ string) error { a.openAsNewDraft("# Opened\n", "the file"); return nil },
		"new":    func(a *App, _ string) error { a.newDialog = nil; return a.newDraft() },
		"delete": func(a *App, _ string) error { return a.ws.Delete(a.keep.Draft().ID) },
	}
	labels := map[string]string{"switch": "Switch anyway", "open": "Open anyway", "new": "New anyway", "delete": "Delete anyway"}
	for way, do := range ways {
		t.Run(way, func(t *testing.T) {
			store := editor.NewMemStore()
			a := newTestApp(t, store)
			a.setSource("# Other draft\n", OriginForm)
			a.ws.Flush()
			other := a.keep.Draft().ID
			a.openAsNewDraft("# Mine\n", "test")
			a.ws.Flush()
			store.Quota = store.Used() // full: this draft cannot grow
			a.setSource("# Mine\n\n- typed while storage is full\n", OriginForm)
			if err := do(a, other); err != nil {
				t.Fatal(err)
			}
			if a.Source() != "# Mine\n\n- typed while storage is full\n" {
				t.Fatalf("the typed text was replaced by %q", a.Source())
			}
			msg := messageTexts(a)["unsaved"]
			if !strings.Contains(msg, "not stored in this browser (storage is full or refused)") {
				t.Fatalf("messages %v", messageTexts(a))
			}
			messageAction(t, a, "unsaved", labels[way])
			if strings.Contains(a.Source(), "typed while storage is full") {
				t.Errorf("%s anyway did not go on", way)
			}
			if way == "open" && !strings.Contains(messageTexts(a)["opened"], "without its latest changes") {
				t.Errorf("the open message claims a copy: %q", messageTexts(a)["opened"])
			}
		})
	}
}

// TestOtherTabsWriteTakenWhenNothingOwnIsLost: a tab with no unsaved
// edits takes another tab's newer text without asking.
func TestOtherTabsWriteTakenWhenNothingOwnIsLost(t *testing.T) {
	store := editor.NewMemStore()
	a := newTestApp(t, store)
	a.setSource("first\n", OriginForm)
	a.ws.Flush()
	other, _ := a.drafts.Load(a.keep.Draft().ID)
	other.Source = "from the other tab\n"
	if err := a.drafts.Put(other, other.Rev); err != nil {
		t.Fatal(err)
	}
	raw, _, _ := store.Get(editor.DraftKey + other.ID)
	storageEvent(t, a, editor.DraftKey+other.ID, raw, false)
	if a.Source() != "from the other tab\n" || a.els.Markdown.Value() != "from the other tab\n" {
		t.Errorf("this tab shows %q", a.Source())
	}
	if _, asked := messageTexts(a)["conflict"]; asked || a.keep.IsHeld() {
		t.Errorf("asked although nothing of this tab's was at stake: %v", messageTexts(a))
	}
	a.setSource("from the other tab\nand this one\n", OriginForm)
	a.ws.Flush()
	if d, _ := a.drafts.Load(other.ID); d.Source != "from the other tab\nand this one\n" {
		t.Errorf("typing after taking the other text is stored as %q", d.Source)
	}
}

// TestConflictThenDeleteKeepsTyping: both tabs changed the draft, then the
// other tab deletes it: this tab's text is stored again, and what is typed
// next is stored too (the question about the other version is moot).
func TestConflictThenDeleteKeepsTyping(t *testing.T) {
	store := editor.NewMemStore()
	a := newTestApp(t, store)
	a.setSource("first\n", OriginForm)
	a.ws.Flush()
	id := a.keep.Draft().ID
	other, _ := a.drafts.Load(id)
	other.Source = "other\n"
	_ = a.drafts.Put(other, other.Rev)
	a.setSource("mine\n", OriginForm)
	raw, _, _ := store.Get(editor.DraftKey + id)
	storageEvent(t, a, editor.DraftKey+id, raw, false)
	if !a.keep.IsHeld() || !strings.Contains(messageTexts(a)["conflict"], "changed in another tab") {
		t.Fatalf("no question with edits on both sides: %v", messageTexts(a))
	}
	_ = store.Remove(editor.DraftKey + id)
	storageEvent(t, a, editor.DraftKey+id, "", true)
	if d, err := a.drafts.Load(id); err != nil || d.Source != "mine\n" {
		t.Fatalf("this tab's text was not stored again: %v", err)
	}
	if !strings.Contains(messageTexts(a)["conflict"], "stored again") {
		t.Errorf("message %q", messageTexts(a)["conflict"])
	}
	a.setSource("mine\nmore\n", OriginForm)
	a.ws.Flush()
	if d, _ := a.drafts.Load(id); d == nil || d.Source != "mine\nmore\n" {
		t.Errorf("typing after the delete is not stored")
	}
}
