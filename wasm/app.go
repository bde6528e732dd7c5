//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/cpansec/minutes/core/profile"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/draftsmenu"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/messages"
	"github.com/cpansec/minutes/newdialog"
)

// App is the editor page. Its session (editor.Session) owns the document;
// the app binds the page's controls to it, keeps the Markdown text box in
// step with it, stores the current draft (autosave) and hosts the Editor,
// whose panels show the document.
type App struct {
	els                    *Elements
	page                   *domPage // the page, for the native panels
	profile                *profile.Profile
	model                  *editor.Model
	session                *editor.Session
	view                   *Editor
	newDialog              *newdialog.Dialog
	plainText              bool   // the panels are off: opening this draft froze the page last time
	frozen                 string // the id of that draft
	publish                *publishDialog
	start                  safejs.Value // the start panel of an empty draft (undefined on a page without it)
	startShown, startKnown bool         // what the start panel shows, once set
	commands               Commands
	msgs                   *Messages
	funcs                  *funcRegistry
	drafts                 *editor.DraftStore
	tab                    editor.Store // this tab's own storage (sessionStorage)
	now                    func() time.Time

	keep      *editor.Autosave // the current draft and whether it is stored
	saveTimer *time.Timer      // the pending autosave
	shown     string           // the text last put into or read from the Markdown text box

	text       textPending
	textScroll int // the Markdown text box's scrollTop, as last scrolled
	failures   int // unexpected errors reported so far
	listeners  []*Listener
	draftsMenu *draftsmenu.Menu // nil on a page without it
}

// NewApp binds the page and wires the session, the drafts, the model and
// the panels cfg names.
func NewApp(cfg Config) (*App, error) {
	a := &App{funcs: newFuncRegistry(), now: cfg.Now, profile: cfg.Profile}
	a.page = newDOMPage(a)
	els, err := bindElements(a.page)
	if err != nil {
		return nil, err
	}
	a.els = els
	if a.now == nil {
		a.now = time.Now
	}
	a.msgs = messages.New(a.page, a.page.ByID("messages"), a.after)
	a.session = editor.NewSession(a.now)
	a.session.Subscribe(a.onUpdate) // first: the text box is up to date before the panels hear
	store := cfg.Store
	if store == nil {
		store = a.openStorage("localStorage")
	}
	if a.profile == nil {
		a.profile = a.chosenProfile(store) // profile.go
	}
	a.model = &editor.Model{Profile: a.profile, Now: a.now}
	a.commands = coreCommands(a.model)
	a.tab = cfg.TabStore
	if a.tab == nil {
		a.tab = a.openStorage("sessionStorage")
	}
	a.drafts = editor.NewDraftStore(store, a.now)
	a.keep = editor.NewAutosave(a.drafts)
	a.loadRoster(a.profile)
	if a.view, err = newEditor(a, cfg.Panels); err != nil {
		return nil, err
	}
	return a, nil
}

// openStorage returns the browser storage, or memory with a message when
// the browser refuses it (private mode, blocked site data).
func (a *App) openStorage(name string) editor.Store {
	s, err := openWebStorage(name)
	if err == nil {
		return s
	}
	a.msgs.Show(Message{Key: "storage-" + name, Kind: KindWarning,
		Text: "This browser does not let the page keep drafts (" + err.Error() + "). You can edit, but use Save to keep your work."})
	return editor.NewVolatileStore()
}

// Start restores the last draft (or opens a share link), binds the
// handlers and marks the page ready; if the handlers cannot be bound, the
// page shows the error state instead.
func (a *App) Start() {
	started := false
	a.guard("start", func() error {
		if err := a.bind(); err != nil {
			return err
		}
		a.restore()
		a.openShareLink()
		a.enable()
		started = true
		return nil
	})
	if !started {
		failPage(errors.New("the page's handlers could not be set up; reload the page"))
		return
	}
	a.els.Root.SetAttr("data-state", "ready")
}

// enable turns on the controls that are disabled while the wasm loads.
func (a *App) enable() {
	for _, b := range a.els.Buttons {
		b.RemoveAttr("disabled")
	}
	a.els.Markdown.RemoveAttr("readonly")
}

// bind installs every handler; each file adds its own.
func (a *App) bind() error {
	binders := []func() error{
		a.msgs.Bind, a.bindAutosave, a.bindDraftsMenu, a.bindOpen, a.bindSave,
		a.bindShare, a.bindText, a.bindTabs, a.bindCommands, a.bindNewDialog, a.bindStart, a.bindPublish, a.bindLayout, a.bindRegisters, a.bindProfile, a.bindTestHook,
	}
	for _, b := range binders {
		if err := b(); err != nil {
			return err
		}
	}
	return nil
}

// restore brings back the draft this tab (or, in a new tab, the browser)
// worked on last, or starts an empty one.
func (a *App) restore() {
	drafts, errs := a.drafts.List()
	for _, err := range errs {
		a.reportStorageError(err)
	}
	for _, s := range []editor.Store{a.tab, a.drafts.Store()} {
		id, ok, err := s.Get(editor.CurrentKey)
		if err != nil || !ok {
			continue
		}
		for _, d := range drafts {
			if d.ID == id {
				a.restoreDraft(d)
				return
			}
		}
	}
	if len(drafts) > 0 {
		a.restoreDraft(drafts[0])
		return
	}
	a.load(a.drafts.NewDraft(""), false)
}

// restoreDraft opens the draft a reload comes back to. If opening it froze
// or killed the page last time, it opens as plain text — the Markdown box
// only, no form or preview — and says why; the scribe's other drafts stay
// in the Drafts menu.
func (a *App) restoreDraft(d *editor.Draft) {
	if a.drafts.FrozeOpening(d.ID) {
		a.frozen = d.ID
		a.msgs.Show(Message{Key: "froze", Kind: KindWarning,
			Text:    "Showing “" + d.Label() + "” did not finish or took over a second last time (the page froze, was closed or was slow). It is shown as plain text in the Markdown box, without the form and preview.",
			Actions: []Action{{Label: "Show the form and preview", Do: a.leavePlainText}}})
	}
	a.load(d, true)
}

// leavePlainText shows the form and the preview again.
func (a *App) leavePlainText() error {
	a.msgs.DismissKey("froze")
	a.plainText, a.frozen = false, ""
	id := a.keep.Draft().ID
	a.drafts.MarkOpening(id)
	a.session.Refresh()
	a.drafts.Opened(id)
	return nil
}

// reportStorageError shows a problem met while reading stored drafts.
func (a *App) reportStorageError(err error) {
	var corrupt *editor.CorruptError
	if errors.As(err, &corrupt) {
		a.msgs.Show(Message{Key: "corrupt:" + corrupt.Key, Kind: KindWarning,
			Text: "A stored draft could not be read and was kept aside, not deleted: " + corrupt.Error() + "."})
		return
	}
	a.msgs.Show(Message{Key: "storage-read", Kind: KindWarning, Text: "Stored drafts could not be read: " + err.Error() + ". Use Save to keep your work."})
}

// load makes d the current draft and shows it. Text the model cannot
// read is kept as it is (it is never stored over) and said so.
func (a *App) load(d *editor.Draft, stored bool) {
	a.stopSaveTimer()
	a.keep.Load(d, stored)
	a.rememberCurrent()
	a.msgs.DismissKey("model")
	a.plainText = d.ID == a.frozen // only the draft that froze opens as plain text
	a.drafts.MarkOpening(d.ID)
	defer func(start time.Time) { a.afterWork(d.ID, true, time.Since(start)) }(time.Now())
	if err := a.session.Load(d.Source); err != nil {
		a.msgs.Show(Message{Key: "model", Kind: KindWarning,
			Text: "This draft's text cannot be edited here (" + err.Error() + "). It is kept as it is: use Save to download it."})
	} else if raw := a.drafts.History(d.ID); raw != "" && stored {
		_ = a.session.History().Decode(raw, d.Source) // a history of another text is not restored
	}
	a.restoreCursor(d.Cursor)
	a.renderDraftsMenu()
}

// onUpdate keeps the text box in step with the session and schedules the
// autosave after an edit.
func (a *App) onUpdate(u editor.Update) {
	a.showStart()
	switch u.Origin {
	case OriginLoad:
		a.showText(a.session.Source())
		return
	case OriginText: // the text box shows it already
	default:
		if !a.showChange(u.Before, u.Change) {
			a.showText(a.session.Source())
		}
	}
	a.changed()
}

// rememberCurrent records the current draft for a reload (this tab) and
// for a new tab (the browser).
func (a *App) rememberCurrent() {
	if !a.keep.Stored() {
		return
	}
	_ = a.tab.Set(editor.CurrentKey, a.keep.Draft().ID)
	_ = a.drafts.Store().Set(editor.CurrentKey, a.keep.Draft().ID)
}

// Source is the current document.
func (a *App) Source() string { return a.session.Source() }

// openAsNewDraft makes text (already checked) a new draft; the current one
// is stored first and stays in the drafts list (see replaceCurrent).
func (a *App) openAsNewDraft(text, what string) { a.openAs("Open", text, what) }

// openAsNewDraftAt is openAsNewDraft with the caret put at c.
func (a *App) openAsNewDraftAt(text, what string, c editor.Cursor) { a.openAsAt("Open", text, what, c) }

// openAs is openAsNewDraft for the action verb names ("Open", "New"), the
// word on its "… anyway" button when the current draft cannot be stored.
func (a *App) openAs(verb, text, what string) { a.openAsAt(verb, text, what, editor.Cursor{}) }

// openAsAt is openAs with the caret put at c.
func (a *App) openAsAt(verb, text, what string, c editor.Cursor) {
	_ = a.replaceCurrent(verb, func() error {
		note := previousDraftNote(a.keep.Stored(), a.keep.Safe(), a.drafts.Volatile())
		d := a.drafts.NewDraft(text)
		d.Cursor = c
		a.load(d, false)
		a.changed()
		a.flush()
		a.msgs.Show(Message{Key: "opened", Kind: KindInfo, Timeout: 8 * time.Second,
			Text: fmt.Sprintf("Opened %s as a new draft, “%s”.%s", what, a.keep.Draft().Label(), note)})
		return nil
	})
}

// window returns the JavaScript window.
func window() safejs.Value { return safejs.Global() }
