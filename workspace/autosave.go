package workspace

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// SaveDelay is how long a change waits before it is stored. The timer is
// not pushed back by further typing, so a change is stored within this
// delay (plus the text box's own delay) even while the user keeps typing,
// and the tab killed mid-typing loses under a second. Hiding or leaving the
// page stores at once (Flush).
const SaveDelay = 500 * time.Millisecond

// Changed marks the document changed and schedules a write.
func (w *Workspace) Changed() {
	w.keep.Changed()
	if w.stopSave == nil {
		w.stopSave = w.After(SaveDelay, "autosave", func() {
			w.stopSave = nil
			w.Flush()
		})
	}
}

// stopSaveTimer cancels a pending write (a new draft is loaded).
func (w *Workspace) stopSaveTimer() {
	if w.stopSave != nil {
		w.stopSave()
		w.stopSave = nil
	}
}

// Close cancels the pending write, if any (the page goes).
func (w *Workspace) Close() { w.stopSaveTimer() }

// Flush stores the current draft now if it changed, and says what came of
// it: see editor.Autosave.
func (w *Workspace) Flush() editor.Outcome {
	w.View.SyncText()
	w.stopSaveTimer()
	d := w.keep.Draft()
	before := d.Label() + "\x00" + d.Date
	meta := w.Model.Describe(w.Session.Doc())
	out := w.keep.Flush(w.Session.Source(), meta.Title, meta.Date, w.View.Cursor())
	if out == editor.Written || out == editor.FirstWrite || out == editor.Recovered {
		w.Store.SaveHistory(d.ID, w.Session.History().Encode(w.Session.Source()))
	}
	switch out {
	case editor.Conflict:
		w.showConflict()
	case editor.Failed:
		w.StorageFailed(w.keep.Err())
	case editor.FirstWrite:
		w.rememberCurrent()
		w.View.DraftsChanged()
	case editor.Recovered:
		w.rememberCurrent()
		w.Messages.DismissKey("storage-full")
		w.Messages.Show(ui.Message{Key: "storage-full", Kind: ui.KindInfo, Timeout: 6 * time.Second, Text: "The draft is stored in this browser again."})
		w.View.DraftsChanged()
	case editor.Written:
		if before != d.Label()+"\x00"+d.Date {
			w.View.DraftsChanged()
		}
	}
	if (out == editor.FirstWrite || out == editor.Written) && w.Messages.Has("storage-full") {
		w.Messages.DismissKey("storage-full")
	}
	return out
}

// Saved is told that the document was downloaded: a stored draft is then
// not only in this browser any more.
func (w *Workspace) Saved() {
	if w.keep.Safe() {
		w.Store.MarkSaved(w.keep.Draft()) // the file holds the stored revision
	}
}

// Leaving stores what it can as the page goes and reports whether
// something is still not stored (the browser then asks to stay).
func (w *Workspace) Leaving() (unsafe bool) {
	w.Flush()
	return !w.keep.Safe() || len(w.Store.OnlyHere()) > 0
}

// StorageFailed tells the user, once, that drafts are not being stored.
func (w *Workspace) StorageFailed(err error) {
	if w.Messages.Has("storage-full") {
		return
	}
	w.Messages.Show(ui.Message{Key: "storage-full", Kind: ui.KindError,
		Text: "This draft could not be stored in the browser (" + err.Error() + "): storage is full or refused. " +
			"Your text is still here: use Save to download it. Deleting old drafts in the Drafts menu frees space.",
		Actions: []ui.Action{{Label: "Save now", Do: w.View.Save}}})
}

// showConflict asks what to do about another tab's write while this tab
// has changes of its own.
func (w *Workspace) showConflict() {
	w.Messages.Show(ui.Message{Key: "conflict", Kind: ui.KindWarning,
		Text: "“" + w.keep.Draft().Label() + "” was changed in another tab. This tab's text is kept, and not stored, until you choose.",
		Actions: []ui.Action{
			{Label: "Reload from the other tab", Do: w.reloadFromOtherTab},
			{Label: "Keep both", Do: w.KeepBoth},
		}})
}

// reloadFromOtherTab replaces this tab's text with the stored draft.
func (w *Workspace) reloadFromOtherTab() error {
	d, err := w.Store.Load(w.keep.Draft().ID)
	if err != nil {
		w.ReportStorageError(err)
		return nil
	}
	w.Messages.DismissKey("conflict")
	w.Load(d, true)
	return nil
}

// KeepBoth stores this tab's text as a copy; the other tab's version stays.
func (w *Workspace) KeepBoth() error {
	mine := w.keep.Draft()
	c := w.Store.NewDraft(w.Session.Source())
	c.Name = mine.Label() + " (copy)"
	c.Cursor = w.View.Cursor()
	w.Load(c, false)
	w.Changed()
	if w.Flush(); !w.keep.Safe() {
		return nil // the flush said why
	}
	w.Messages.Show(ui.Message{Key: "conflict", Kind: ui.KindInfo, Timeout: 8 * time.Second,
		Text: "Kept both: this tab's text is now the draft “" + c.Name + "”; the other tab's version is in the Drafts menu."})
	return nil
}

// ReplaceCurrent runs replace, which shows another document instead of
// the current draft (switch, open, new, a share link, delete), once the
// current draft is safely stored. When it cannot be stored, nothing is
// replaced: the scribe is told why and offered Save or going on anyway.
func (w *Workspace) ReplaceCurrent(what string, replace func() error) error {
	w.Flush()
	if w.keep.Safe() {
		return replace()
	}
	why := "storage is full or refused"
	if w.keep.IsHeld() {
		why = "it was changed in another tab and you have not chosen which text to keep"
	}
	goOn := func() error {
		w.Messages.DismissKey("unsaved")
		return replace()
	}
	w.Messages.Show(ui.Message{Key: "unsaved", Kind: ui.KindError,
		Text: "“" + w.keep.Draft().Label() + "” has changes that are not stored in this browser (" + why + "). " +
			"Save it before you go on, or go on and lose those changes.",
		Actions: []ui.Action{
			{Label: "Save, then go on", Do: func() error {
				if err := w.View.Save(); err != nil {
					return err
				}
				return goOn()
			}},
			{Label: what + " anyway", Do: goOn},
		}})
	return nil
}

// StorageEvent is another tab's write to the browser's storage, as the
// storage event tells it.
type StorageEvent struct {
	Cleared bool   // the other tab cleared all storage (the event's key is null)
	Key     string // the key written
	Removed bool   // the key was removed (its new value is null)
	Value   string // its new value
}

// OtherTab reacts to another tab writing browser storage: a draft listed
// changed, this draft was changed (taken silently when this tab has no
// changes of its own, else the scribe chooses) or deleted.
func (w *Workspace) OtherTab(ev StorageEvent) {
	switch {
	case ev.Cleared:
		w.otherTabDeleted()
		return
	case !strings.HasPrefix(ev.Key, editor.DraftKey):
		return // undo history, marks, the current draft: nothing the drafts list shows
	case ev.Key != editor.DraftKey+w.keep.Draft().ID:
		w.View.DraftsChanged()
		return
	case ev.Removed:
		w.otherTabDeleted()
		return
	}
	w.View.SyncText()
	safe := w.keep.Safe()
	if !w.keep.OtherTabWrote(ev.Value) {
		return
	}
	if !safe {
		w.showConflict()
		return
	}
	// Nothing of this tab's own to lose: take the newer text.
	cursor := w.View.Cursor()
	d, err := w.Store.Load(w.keep.Draft().ID)
	if err != nil {
		w.ReportStorageError(err)
		return
	}
	d.Cursor = cursor
	w.Load(d, true)
}

// otherTabDeleted keeps the draft open here after another tab deleted it;
// changes not yet stored are stored again at once, so nothing typed here
// is lost (and a question about the other tab's version is moot).
func (w *Workspace) otherTabDeleted() {
	w.keep.OtherTabDeleted()
	text := "“" + w.keep.Draft().Label() + "” was deleted in another tab. It stays open here; edit it or Save to keep it."
	if !w.keep.Safe() {
		if w.Flush(); w.keep.Safe() {
			text = "“" + w.keep.Draft().Label() + "” was deleted in another tab. This tab had changes of its own, so it is stored again with them."
		}
	}
	w.Messages.Show(ui.Message{Key: "conflict", Kind: ui.KindWarning, Text: text})
	w.View.DraftsChanged()
}
