//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"
	"honnef.co/go/js/dom/v2"

	"github.com/cpansec/minutes/editor"
)

// saveDelay is how long a change waits before it is stored. The timer is
// not pushed back by further typing, so a change is stored within this
// delay (plus the text box's own delay) even while the user keeps typing,
// and the tab killed mid-typing loses under a second. Hiding or leaving the
// page stores at once.
const saveDelay = 500 * time.Millisecond

// autosave is the state of storing the current draft.
type autosave struct {
	dirty    bool        // the document or cursor changed since the last write
	timer    *time.Timer // pending write
	conflict bool        // another tab wrote this draft: writes wait for the user
	failing  bool        // the last write failed (storage full or refused)
}

func (s *autosave) reset() {
	if s.timer != nil {
		s.timer.Stop()
	}
	*s = autosave{}
}

// changed marks the document changed and schedules a write.
func (a *App) changed() {
	a.autosave.dirty = true
	if a.autosave.timer == nil {
		a.autosave.timer = time.AfterFunc(saveDelay, func() {
			a.guard("autosave", func() error {
				a.autosave.timer = nil
				a.flush()
				return nil
			})
		})
	}
}

// flush stores the current draft now if it changed, unless another tab's
// write is waiting for the user's decision.
func (a *App) flush() {
	a.syncText()
	if a.autosave.timer != nil {
		a.autosave.timer.Stop()
		a.autosave.timer = nil
	}
	d := a.draft
	cursor := a.cursor()
	if !a.autosave.dirty && (cursor == d.Cursor || !a.stored) {
		return
	}
	if a.autosave.conflict {
		return
	}
	before := d.Label() + "\x00" + d.Date
	meta := a.model.Describe(a.session.Doc())
	d.Source, d.Title, d.Date, d.Cursor = a.session.Source(), meta.Title, meta.Date, cursor
	expect := ""
	if a.stored {
		expect = d.Rev
	}
	err := a.drafts.Put(d, expect)
	switch {
	case errors.Is(err, editor.ErrConflict):
		a.showConflict()
	case err != nil:
		a.storageFailed(err)
	default:
		a.autosave.dirty = false
		newlyStored := !a.stored
		a.stored = true
		if newlyStored {
			a.rememberCurrent()
		}
		if a.autosave.failing {
			a.autosave.failing = false
			a.msgs.DismissKey("storage-full")
			a.msgs.Show(Message{Key: "storage-full", Kind: KindInfo, Timeout: 6 * time.Second, Text: "The draft is stored in this browser again."})
		}
		if newlyStored || before != d.Label()+"\x00"+d.Date {
			a.renderDraftsMenu()
		}
	}
}

// storageFailed tells the user, once, that drafts are not being stored.
func (a *App) storageFailed(err error) {
	if a.autosave.failing && a.msgs.Has("storage-full") {
		return
	}
	a.autosave.failing = true
	a.msgs.Show(Message{Key: "storage-full", Kind: KindError,
		Text: "This draft could not be stored in the browser (" + err.Error() + "): storage is full or refused. " +
			"Your text is still here: use Save to download it. Deleting old drafts in the Drafts menu frees space.",
		Actions: []Action{{Label: "Save now", Do: a.save}}})
}

// showConflict holds this tab's writes and asks what to do.
func (a *App) showConflict() {
	a.autosave.conflict = true
	a.msgs.Show(Message{Key: "conflict", Kind: KindWarning,
		Text: "“" + a.draft.Label() + "” was changed in another tab. This tab's text is kept, and not stored, until you choose.",
		Actions: []Action{
			{Label: "Reload from the other tab", Do: a.reloadFromOtherTab},
			{Label: "Keep both", Do: a.keepBoth},
		}})
}

// reloadFromOtherTab replaces this tab's text with the stored draft.
func (a *App) reloadFromOtherTab() error {
	d, err := a.drafts.Load(a.draft.ID)
	if err != nil {
		a.reportStorageError(err)
		return nil
	}
	a.load(d, true)
	return nil
}

// keepBoth stores this tab's text as a copy; the other tab's version stays.
func (a *App) keepBoth() error {
	mine := a.draft
	c := a.drafts.NewDraft(a.Source())
	c.Name = mine.Label() + " (copy)"
	c.Cursor = a.cursor()
	a.load(c, false)
	a.changed()
	a.flush()
	a.msgs.Show(Message{Key: "conflict", Kind: KindInfo, Timeout: 8 * time.Second,
		Text: "Kept both: this tab's text is now the draft “" + c.Name + "”; the other tab's version is in the Drafts menu."})
	return nil
}

// bindAutosave stores on leaving the page and watches other tabs.
func (a *App) bindAutosave() error {
	doc := jsOf(dom.GetWindow().Document().DocumentElement())
	document, err := doc.Get("ownerDocument")
	if err != nil {
		return err
	}
	listeners := []struct {
		target  safejs.Value
		typ     string
		handler func(safejs.Value) error
	}{
		{document, "visibilitychange", func(safejs.Value) error {
			if state, err := document.Get("visibilityState"); err == nil {
				if s, _ := state.String(); s == "hidden" {
					a.flush()
				}
			}
			return nil
		}},
		{window(), "pagehide", func(safejs.Value) error { a.flush(); return nil }},
		{window(), "beforeunload", a.beforeUnload},
		{window(), "storage", a.storageEvent},
	}
	for _, l := range listeners {
		if _, err := a.Listen(l.target, l.typ, l.typ, l.handler); err != nil {
			return err
		}
	}
	return nil
}

// beforeUnload stores what it can and warns when something is not stored.
func (a *App) beforeUnload(ev safejs.Value) error {
	a.flush()
	if !a.autosave.dirty {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	return ev.Set("returnValue", "Your latest changes are not stored in this browser. Save them first?")
}

// storageEvent reacts to another tab writing browser storage.
func (a *App) storageEvent(ev safejs.Value) error {
	keyV, err := ev.Get("key")
	if err != nil {
		return err
	}
	if keyV.IsNull() { // the other tab cleared all storage
		a.stored = false
		a.renderDraftsMenu()
		return nil
	}
	key, err := keyV.String()
	if err != nil {
		return err
	}
	if key != editor.DraftKey+a.draft.ID {
		a.renderDraftsMenu()
		return nil
	}
	newV, err := ev.Get("newValue")
	if err != nil {
		return err
	}
	if newV.IsNull() {
		a.stored = false
		a.msgs.Show(Message{Key: "conflict", Kind: KindWarning,
			Text: "“" + a.draft.Label() + "” was deleted in another tab. It stays open here; edit it or Save to keep it."})
		a.renderDraftsMenu()
		return nil
	}
	raw, err := newV.String()
	if err != nil {
		return err
	}
	if editor.StoredRev(raw) != a.draft.Rev {
		a.showConflict()
	}
	return nil
}
