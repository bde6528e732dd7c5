//go:build js && wasm

package main

import (
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// saveDelay is how long a change waits before it is stored. The timer is
// not pushed back by further typing, so a change is stored within this
// delay (plus the text box's own delay) even while the user keeps typing,
// and the tab killed mid-typing loses under a second. Hiding or leaving the
// page stores at once.
const saveDelay = 500 * time.Millisecond

// changed marks the document changed and schedules a write.
func (a *App) changed() {
	a.keep.Changed()
	if a.saveTimer == nil {
		a.saveTimer = time.AfterFunc(saveDelay, func() {
			a.guard("autosave", func() error {
				a.saveTimer = nil
				a.flush()
				return nil
			})
		})
	}
}

// stopSaveTimer cancels a pending write (a new draft is loaded).
func (a *App) stopSaveTimer() {
	if a.saveTimer != nil {
		a.saveTimer.Stop()
		a.saveTimer = nil
	}
}

// flush stores the current draft now if it changed, and says what came of
// it: see editor.Autosave.
func (a *App) flush() editor.Outcome {
	a.syncText()
	a.stopSaveTimer()
	d := a.keep.Draft()
	before := d.Label() + "\x00" + d.Date
	meta := a.model.Describe(a.session.Doc())
	out := a.keep.Flush(a.session.Source(), meta.Title, meta.Date, a.cursor())
	if out == editor.Written || out == editor.FirstWrite || out == editor.Recovered {
		a.drafts.SaveHistory(d.ID, a.session.History().Encode(a.session.Source()))
	}
	switch out {
	case editor.Conflict:
		a.showConflict()
	case editor.Failed:
		a.storageFailed(a.keep.Err())
	case editor.FirstWrite:
		a.rememberCurrent()
		a.renderDraftsMenu()
	case editor.Recovered:
		a.rememberCurrent()
		a.msgs.DismissKey("storage-full")
		a.msgs.Show(Message{Key: "storage-full", Kind: KindInfo, Timeout: 6 * time.Second, Text: "The draft is stored in this browser again."})
		a.renderDraftsMenu()
	case editor.Written:
		if before != d.Label()+"\x00"+d.Date {
			a.renderDraftsMenu()
		}
	}
	if out == editor.FirstWrite || out == editor.Written {
		if a.msgs.Has("storage-full") {
			a.msgs.DismissKey("storage-full")
		}
	}
	return out
}

// storageFailed tells the user, once, that drafts are not being stored.
func (a *App) storageFailed(err error) {
	if a.msgs.Has("storage-full") {
		return
	}
	a.msgs.Show(Message{Key: "storage-full", Kind: KindError,
		Text: "This draft could not be stored in the browser (" + err.Error() + "): storage is full or refused. " +
			"Your text is still here: use Save to download it. Deleting old drafts in the Drafts menu frees space.",
		Actions: []Action{{Label: "Save now", Do: a.save}}})
}

// showConflict asks what to do about another tab's write while this tab
// has changes of its own.
func (a *App) showConflict() {
	a.msgs.Show(Message{Key: "conflict", Kind: KindWarning,
		Text: "“" + a.keep.Draft().Label() + "” was changed in another tab. This tab's text is kept, and not stored, until you choose.",
		Actions: []Action{
			{Label: "Reload from the other tab", Do: a.reloadFromOtherTab},
			{Label: "Keep both", Do: a.keepBoth},
		}})
}

// reloadFromOtherTab replaces this tab's text with the stored draft.
func (a *App) reloadFromOtherTab() error {
	d, err := a.drafts.Load(a.keep.Draft().ID)
	if err != nil {
		a.reportStorageError(err)
		return nil
	}
	a.msgs.DismissKey("conflict")
	a.load(d, true)
	return nil
}

// keepBoth stores this tab's text as a copy; the other tab's version stays.
func (a *App) keepBoth() error {
	mine := a.keep.Draft()
	c := a.drafts.NewDraft(a.Source())
	c.Name = mine.Label() + " (copy)"
	c.Cursor = a.cursor()
	a.load(c, false)
	a.changed()
	if a.flush(); !a.keep.Safe() {
		return nil // the flush said why
	}
	a.msgs.Show(Message{Key: "conflict", Kind: KindInfo, Timeout: 8 * time.Second,
		Text: "Kept both: this tab's text is now the draft “" + c.Name + "”; the other tab's version is in the Drafts menu."})
	return nil
}

// replaceCurrent runs replace, which shows another document instead of
// the current draft (switch, open, new, a share link, delete), once the
// current draft is safely stored. When it cannot be stored, nothing is
// replaced: the scribe is told why and offered Save or going on anyway.
func (a *App) replaceCurrent(what string, replace func() error) error {
	a.flush()
	if a.keep.Safe() {
		return replace()
	}
	why := "storage is full or refused"
	if a.keep.IsHeld() {
		why = "it was changed in another tab and you have not chosen which text to keep"
	}
	goOn := func() error {
		a.msgs.DismissKey("unsaved")
		return replace()
	}
	a.msgs.Show(Message{Key: "unsaved", Kind: KindError,
		Text: "“" + a.keep.Draft().Label() + "” has changes that are not stored in this browser (" + why + "). " +
			"Save it before you go on, or go on and lose those changes.",
		Actions: []Action{
			{Label: "Save, then go on", Do: func() error {
				if err := a.save(); err != nil {
					return err
				}
				return goOn()
			}},
			{Label: what + " anyway", Do: goOn},
		}})
	return nil
}

// previousDraftNote says where the draft just replaced is, truthfully.
func previousDraftNote(wasStored, wasSafe, volatile bool) string {
	switch {
	case wasStored && wasSafe && volatile:
		return " The previous draft is in the Drafts menu while this tab stays open (this browser does not keep drafts: use Save)."
	case wasStored && wasSafe:
		return " The previous draft is in the Drafts menu."
	case wasStored:
		return " The previous draft is in the Drafts menu without its latest changes."
	case !wasSafe:
		return " The previous draft was not stored."
	}
	return ""
}

// bindAutosave stores on leaving the page and watches other tabs.
func (a *App) bindAutosave() error {
	doc := jsOf(a.els.Root)
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
	if a.keep.Safe() && len(a.drafts.OnlyHere()) == 0 {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	return ev.Set("returnValue", "Some of your text is not stored in this browser. Save it first?")
}

// storageEvent reacts to another tab writing browser storage.
func (a *App) storageEvent(ev safejs.Value) error {
	keyV, err := ev.Get("key")
	if err != nil {
		return err
	}
	if keyV.IsNull() { // the other tab cleared all storage
		a.otherTabDeleted()
		return nil
	}
	key, err := keyV.String()
	if err != nil {
		return err
	}
	if !strings.HasPrefix(key, editor.DraftKey) {
		return nil // undo history, marks, the current draft: nothing the drafts list shows
	}
	if key != editor.DraftKey+a.keep.Draft().ID {
		a.renderDraftsMenu()
		return nil
	}
	newV, err := ev.Get("newValue")
	if err != nil {
		return err
	}
	if newV.IsNull() {
		a.otherTabDeleted()
		return nil
	}
	raw, err := newV.String()
	if err != nil {
		return err
	}
	a.syncText()
	safe := a.keep.Safe()
	if !a.keep.OtherTabWrote(raw) {
		return nil
	}
	if safe { // nothing of this tab's own to lose: take the newer text
		cursor := a.cursor()
		d, err := a.drafts.Load(a.keep.Draft().ID)
		if err != nil {
			a.reportStorageError(err)
			return nil
		}
		d.Cursor = cursor
		a.load(d, true)
		return nil
	}
	a.showConflict()
	return nil
}

// otherTabDeleted keeps the draft open here after another tab deleted it;
// changes not yet stored are stored again at once, so nothing typed here
// is lost (and a question about the other tab's version is moot).
func (a *App) otherTabDeleted() {
	a.keep.OtherTabDeleted()
	text := "“" + a.keep.Draft().Label() + "” was deleted in another tab. It stays open here; edit it or Save to keep it."
	if !a.keep.Safe() {
		if a.flush(); a.keep.Safe() {
			text = "“" + a.keep.Draft().Label() + "” was deleted in another tab. This tab had changes of its own, so it is stored again with them."
		}
	}
	a.msgs.Show(Message{Key: "conflict", Kind: KindWarning, Text: text})
	a.renderDraftsMenu()
}
