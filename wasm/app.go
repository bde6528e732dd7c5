//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/cpansec/minutes/core/profile"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/draftsmenu"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/messages"
	"github.com/cpansec/minutes/newdialog"
	"github.com/cpansec/minutes/shell"
	"github.com/cpansec/minutes/workspace"
)

// App is the editor page. Its session (editor.Session) owns the document
// and its workspace (package workspace) the current draft and when it is
// stored; the app binds the page's controls to them, keeps the Markdown
// text box in step with the session and hosts the Editor, whose panels
// show the document.
type App struct {
	els       *Elements
	page      *domPage // the page, for the native panels
	profile   *profile.Profile
	model     *editor.Model
	session   *editor.Session
	view      *Editor
	newDialog *newdialog.Dialog
	publish   *shell.Publish // nil on a page without the dialog
	start     *shell.Start   // the start panel of an empty draft (nil on a page without it)
	tabs      *shell.Tabs
	msgs      *messages.Area
	funcs     *funcRegistry
	drafts    *editor.DraftStore
	ws        *workspace.Workspace // the current draft: autosave, switching, other tabs
	keep      *editor.Autosave     // ws.Autosave(): the current draft and whether it is stored
	now       func() time.Time
	tasks     *taskQueue // the batches of long work, a task each (tasks.go)

	shown string // the text last put into or read from the Markdown text box

	text       textPending
	textScroll int // the Markdown text box's scrollTop, as last scrolled
	failures   int // unexpected errors reported so far
	listeners  []*Listener
	draftsMenu *draftsmenu.Menu // nil on a page without it
}

// Config is what NewApp wires together.
type Config struct {
	// Profile is the group's profile (when nil, the one chosen in the
	// browser, else profile.Default(): see chosenProfile).
	Profile *profile.Profile
	// Panels make the panels that show the document (pagePanels on the
	// page; tests choose theirs).
	Panels []panelMaker
	// Store and TabStore replace localStorage and sessionStorage (tests).
	Store, TabStore editor.Store
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}

// NewApp binds the page and wires the session, the drafts, the model and
// the panels cfg names.
func NewApp(cfg Config) (*App, error) {
	a := &App{funcs: newFuncRegistry(), now: cfg.Now, profile: cfg.Profile}
	a.tasks = &taskQueue{a: a}
	a.page = newDOMPage(a)
	els, err := bindElements(a.page)
	if err != nil {
		return nil, err
	}
	a.els = els
	if a.now == nil {
		a.now = time.Now
	}
	a.msgs = messages.New(a.page, a.els.Messages, a.after)
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
	tab := cfg.TabStore
	if tab == nil {
		tab = a.openStorage("sessionStorage")
	}
	a.drafts = editor.NewDraftStore(store, a.now)
	a.ws = workspace.New(workspace.Config{Session: a.session, Model: a.model, Store: a.drafts, Tab: tab,
		Messages: a.msgs, After: a.after, View: pageView{a}})
	a.keep = a.ws.Autosave()
	a.ws.LoadRoster(a.profile)
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
		a.ws.Restore()
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
		a.bindShare, a.bindText, a.bindCommands, a.bindNewDialog, a.bindRegisters, a.bindProfile, a.bindTestHook, a.bindBench,
	}
	for _, b := range binders {
		if err := b(); err != nil {
			return err
		}
	}
	return nil
}

// onUpdate keeps the text box in step with the session and schedules the
// autosave after an edit.
func (a *App) onUpdate(u editor.Update) {
	a.start.Show(a.session.Source() == "")
	switch u.Origin {
	case OriginLoad:
		a.fillLater(a.session.Source())
		return
	case OriginText: // the text box shows it already
	default:
		if !a.showChange(u.Before, u.Change) {
			a.showText(a.session.Source())
		}
	}
	a.ws.Changed()
}

// pageView is the page as the workspace sees it.
type pageView struct{ a *App }

func (v pageView) SyncText()                     { v.a.syncText() }
func (v pageView) Cursor() editor.Cursor         { return v.a.cursor() }
func (v pageView) RestoreCursor(c editor.Cursor) { v.a.restoreCursor(c) }
func (v pageView) DraftsChanged()                { v.a.renderDraftsMenu() }
func (v pageView) Save() error                   { return v.a.save() }
func (v pageView) FocusText()                    { v.a.focusText() }

// Source is the current document.
func (a *App) Source() string { return a.session.Source() }

// openAsNewDraft makes text (already checked) a new draft: see
// workspace.Workspace.Open.
func (a *App) openAsNewDraft(text, what string) { a.ws.Open("Open", text, what, editor.Cursor{}) }

// window returns the JavaScript window.
func window() safejs.Value { return safejs.Global() }
