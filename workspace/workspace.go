// Package workspace is the editor page's drafts lifecycle, without the
// browser: which draft is open, when it is stored (autosave), what
// replaces it and only once it is safe, what another tab's write or
// delete does, and what the scribe is told of each. It drives an
// editor.Session, an editor.DraftStore and an editor.Autosave through
// small interfaces — the messages area, a timer, and the page around
// the document (View) — so that `go test ./workspace/` tests it
// natively; the wasm program gives it the browser's.
package workspace

import (
	"errors"
	"fmt"
	"time"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Messages is the page's messages area (messages.Area).
type Messages interface {
	Show(msg ui.Message) string
	DismissKey(key string)
	Has(key string) bool
}

// After runs fn after d (as an event handler: a failure is reported like
// one's) and returns a function that cancels it (messages.After).
type After func(d time.Duration, name string, fn func()) (stop func())

// View is the page around the document, as the drafts lifecycle needs it.
type View interface {
	// SyncText moves typing in the Markdown box not yet in the session
	// into it, so that a write stores what the scribe sees.
	SyncText()
	// Cursor is where the scribe is (stored with the draft).
	Cursor() editor.Cursor
	// RestoreCursor puts the scribe back where a draft's cursor says.
	RestoreCursor(c editor.Cursor)
	// DraftsChanged is told when the drafts list changed (the Drafts
	// menu shows it again).
	DraftsChanged()
	// Save downloads the document.
	Save() error
	// FocusText focuses the Markdown box (after a switch).
	FocusText()
}

// Config is what New wires together.
type Config struct {
	Session  *editor.Session
	Model    *editor.Model // describes the document: the draft's title and date
	Store    *editor.DraftStore
	Tab      editor.Store // this tab's own storage (sessionStorage)
	Messages Messages
	After    After
	View     View
	// Now times the work of showing a draft (the freeze watch); nil is
	// time.Now.
	Now func() time.Time
}

// Workspace is the current draft and the rules that keep it.
type Workspace struct {
	Config
	keep      *editor.Autosave
	stopSave  func() // cancels the pending autosave; nil when none
	plainText bool   // the panels are off: opening this draft froze the page last time
	frozen    string // the id of that draft
}

// New returns the workspace of cfg, holding no draft until Restore (or
// Load).
func New(cfg Config) *Workspace {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &Workspace{Config: cfg, keep: editor.NewAutosave(cfg.Store)}
}

// Autosave is the current draft's autosave state.
func (w *Workspace) Autosave() *editor.Autosave { return w.keep }

// Draft is the current draft.
func (w *Workspace) Draft() *editor.Draft { return w.keep.Draft() }

// PlainText reports whether the panels are off for the current draft
// (it froze the page last time): the Markdown box alone shows it.
func (w *Workspace) PlainText() bool { return w.plainText }

// Restore brings back the draft this tab (or, in a new tab, the browser)
// worked on last, or starts an empty one.
func (w *Workspace) Restore() {
	drafts, errs := w.Store.List()
	for _, err := range errs {
		w.ReportStorageError(err)
	}
	for _, s := range []editor.Store{w.Tab, w.Store.Store()} {
		id, ok, err := s.Get(editor.CurrentKey)
		if err != nil || !ok {
			continue
		}
		for _, d := range drafts {
			if d.ID == id {
				w.restoreDraft(d)
				return
			}
		}
	}
	if len(drafts) > 0 {
		w.restoreDraft(drafts[0])
		return
	}
	w.Load(w.Store.NewDraft(""), false)
}

// restoreDraft opens the draft a reload comes back to. If opening it froze
// or killed the page last time, it opens as plain text — the Markdown box
// only, no form or preview — and says why; the scribe's other drafts stay
// in the Drafts menu.
func (w *Workspace) restoreDraft(d *editor.Draft) {
	if w.Store.FrozeOpening(d.ID) {
		w.frozen = d.ID
		w.Messages.Show(ui.Message{Key: "froze", Kind: ui.KindWarning,
			Text:    "Showing “" + d.Label() + "” did not finish or took over a second last time (the page froze, was closed or was slow). It is shown as plain text in the Markdown box, without the form and preview.",
			Actions: []ui.Action{{Label: "Show the form and preview", Do: w.leavePlainText}}})
	}
	w.Load(d, true)
}

// leavePlainText shows the form and the preview again.
func (w *Workspace) leavePlainText() error {
	w.Messages.DismissKey("froze")
	w.plainText, w.frozen = false, ""
	id := w.keep.Draft().ID
	w.Store.MarkOpening(id)
	w.Session.Refresh()
	w.Store.Opened(id)
	return nil
}

// ReportStorageError shows a problem met while reading stored drafts.
func (w *Workspace) ReportStorageError(err error) {
	var corrupt *editor.CorruptError
	if errors.As(err, &corrupt) {
		w.Messages.Show(ui.Message{Key: "corrupt:" + corrupt.Key, Kind: ui.KindWarning,
			Text: "A stored draft could not be read and was kept aside, not deleted: " + corrupt.Error() + "."})
		return
	}
	w.Messages.Show(ui.Message{Key: "storage-read", Kind: ui.KindWarning, Text: "Stored drafts could not be read: " + err.Error() + ". Use Save to keep your work."})
}

// Load makes d the current draft and shows it; stored says whether d is
// in storage. Text the model cannot read is kept as it is (it is never
// stored over) and said so.
func (w *Workspace) Load(d *editor.Draft, stored bool) {
	w.stopSaveTimer()
	w.keep.Load(d, stored)
	w.rememberCurrent()
	w.Messages.DismissKey("model")
	w.plainText = d.ID == w.frozen // only the draft that froze opens as plain text
	w.Store.MarkOpening(d.ID)
	defer func(start time.Time) { w.afterWork(d.ID, true, w.Now().Sub(start)) }(w.Now())
	if err := w.Session.Load(d.Source); err != nil {
		w.Messages.Show(ui.Message{Key: "model", Kind: ui.KindWarning,
			Text: "This draft's text cannot be edited here (" + err.Error() + "). It is kept as it is: use Save to download it."})
	} else if raw := w.Store.History(d.ID); raw != "" && stored {
		_ = w.Session.History().Decode(raw, d.Source) // a history of another text is not restored
	}
	w.View.RestoreCursor(d.Cursor)
	w.View.DraftsChanged()
}

// rememberCurrent records the current draft for a reload (this tab) and
// for a new tab (the browser).
func (w *Workspace) rememberCurrent() {
	if !w.keep.Stored() {
		return
	}
	_ = w.Tab.Set(editor.CurrentKey, w.keep.Draft().ID)
	_ = w.Store.Store().Set(editor.CurrentKey, w.keep.Draft().ID)
}

// Open makes text (already checked) a new draft with the caret at c; the
// current one is stored first and stays in the drafts list (see
// ReplaceCurrent). verb names the action ("Open", "New") on the "…
// anyway" button when the current draft cannot be stored; what says what
// was opened ("the pasted text").
func (w *Workspace) Open(verb, text, what string, c editor.Cursor) {
	w.open(verb, text, what, c, nil)
}

// OpenPlain opens text as Open does, but as plain text — the Markdown box
// alone, without the form and preview — because showing it is past the
// render budget (over says how); it stays marked as a draft that froze, so
// the next start opens it as plain text too.
func (w *Workspace) OpenPlain(verb, text, what string, over error) {
	w.open(verb, text, what, editor.Cursor{}, over)
}

// open makes text a new draft once the current one is stored; a non-nil
// over opens it as plain text (OpenPlain).
func (w *Workspace) open(verb, text, what string, c editor.Cursor, over error) {
	_ = w.ReplaceCurrent(verb, func() error {
		note := previousDraftNote(w.keep.Stored(), w.keep.Safe(), w.Store.Volatile())
		d := w.Store.NewDraft(text)
		d.Cursor = c
		if over != nil {
			w.frozen = d.ID // Load opens the draft that froze as plain text
			defer w.keepPlain(d.ID, over)
		}
		w.Load(d, false)
		w.Changed()
		w.Flush()
		w.Messages.Show(ui.Message{Key: "opened", Kind: ui.KindInfo, Timeout: 8 * time.Second,
			Text: fmt.Sprintf("Opened %s as a new draft, “%s”.%s", what, w.keep.Draft().Label(), note)})
		return nil
	})
}

// keepPlain marks draft id, just opened as plain text because showing it
// is past the render budget, as one that froze (the next start opens it as
// plain text too) and says why.
func (w *Workspace) keepPlain(id string, over error) {
	w.Store.MarkOpening(id)
	w.Messages.Show(ui.Message{Key: "froze", Kind: ui.KindWarning,
		Text:    "This draft is past what the preview shows at once (" + over.Error() + "). It is shown as plain text in the Markdown box, without the form and preview, so that the page does not freeze.",
		Actions: []ui.Action{{Label: "Show the form and preview", Do: w.leavePlainText}}})
}

// OpenShared opens the draft of a share link (data, decompressed), as a
// new draft. It is checked as a file is (the reason is returned, and
// nothing changes); one past the render budget (preview.CheckBudget, its
// Liquid evaluated too) opens as plain text, as a draft that froze the
// page does, so that no link can freeze it.
func (w *Workspace) OpenShared(data []byte) error {
	return w.openChecked("share link", data, "the shared draft", preview.CheckBudget)
}

// OpenGiven opens a file, a drop or pasted text (data, named name in
// messages; what says what was opened) as a new draft. It is checked first
// (the reason is returned, and nothing changes); past the preview's size
// budget (preview.CheckSize: more markup or lines than real minutes have,
// many times over) it opens as plain text, as a share link past its budget
// does, so that a hostile file never freezes the page (issue 13). Its
// Liquid is not pre-evaluated: a Liquid bomb in a file shows the site's
// error, and lint gives its line.
func (w *Workspace) OpenGiven(name string, data []byte, what string) error {
	return w.openChecked(name, data, what, preview.CheckSize)
}

// openChecked opens data once Model.Check passes, as plain text when
// budget finds it past what the preview shows at once.
func (w *Workspace) openChecked(name string, data []byte, what string, budget func([]byte) error) error {
	if err := w.Model.Check(name, data); err != nil {
		return err
	}
	if over := budget(data); over != nil {
		w.OpenPlain("Open", string(data), what, over)
	} else {
		w.Open("Open", string(data), what, editor.Cursor{})
	}
	return nil
}

// OpenEmpty starts an empty draft, once the current one is stored.
func (w *Workspace) OpenEmpty() error {
	return w.ReplaceCurrent("New", func() error {
		w.Load(w.Store.NewDraft(""), false)
		w.View.FocusText()
		return nil
	})
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
