//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
)

// Editor hosts the panels that show the document — the form, the preview,
// the lint findings, the action items. It does not hold the document: the
// app's editor.Session does, and tells the Editor of every update, which
// the Editor passes to each panel in the order they were made.
type Editor struct {
	app     *App
	session *editor.Session
	profile *profile.Profile // the group's, with the names the browser keeps
	panels  []Panel
	nav     Navigator // the form, nil without one
	section string    // where the user is in the form, for the cursor hint
}

// Panel is a part of the page that shows the document.
type Panel interface {
	// Show brings the panel up to date. ch is the change just applied to
	// the previous document, or nil when the whole document is new.
	Show(doc *core.Document, ch core.Change, origin Origin)
}

// Origin is what made a change; see editor.Origin.
type Origin = editor.Origin

// The origins of a change.
const (
	OriginLoad = editor.OriginLoad
	OriginText = editor.OriginText
	OriginForm = editor.OriginForm
	OriginUndo = editor.OriginUndo
)

// panelMaker makes one panel of an Editor.
type panelMaker func(e *Editor) (Panel, error)

// pagePanels are the page's panels, in the order they hear of a change:
// the form first (it holds the focus), then what only shows the document.
var pagePanels = []panelMaker{newFormPanel, newPreviewPanel, newLintPanel, newActionsPanel}

// newEditor makes the panels and subscribes them to the app's session.
func newEditor(a *App, makers []panelMaker) (*Editor, error) {
	e := &Editor{app: a, session: a.session, profile: a.profile}
	for _, make := range makers {
		p, err := make(e)
		if err != nil {
			return nil, err
		}
		e.panels = append(e.panels, p)
	}
	a.session.Subscribe(e.show)
	return e, nil
}

// show tells every panel of an update.
func (e *Editor) show(u editor.Update) {
	if e.app.ws.PlainText() {
		return
	}
	for _, p := range e.panels {
		e.app.guard("show", func() error {
			p.Show(u.Doc, u.Change, u.Origin)
			return nil
		})
	}
}

// Section is the section the user is in, by path.
func (e *Editor) Section() string { return e.section }

// SetSection records where the user is (the form calls it on focus).
func (e *Editor) SetSection(path string) { e.section = path }

// Navigator is the panel that holds the focus and can take the user to a
// place in the document: the form (package form). newFormPanel sets it;
// without a form (some tests) the Editor has none.
type Navigator interface {
	// Reveal shows and focuses what is at a 1-based line.
	Reveal(line int)
	// ShowSection scrolls to a section, by path.
	ShowSection(path string)
	// Place is the field with the focus and its caret; ok is false when
	// no field has it.
	Place() (field string, offset int, ok bool)
	// RestorePlace focuses the field Place named; it reports whether
	// the field is there.
	RestorePlace(field string, offset int) bool
}

// ShowSection brings the user back to a section.
func (e *Editor) ShowSection(path string) {
	e.section = path
	if e.nav != nil {
		e.nav.ShowSection(path)
	}
}

// Place is the field with the focus and its caret, for the cursor hint.
func (e *Editor) Place() (field string, offset int) {
	if e.nav != nil {
		if f, o, ok := e.nav.Place(); ok {
			return f, o
		}
	}
	return "", 0
}

// RestorePlace puts the focus back in the field Place named; it reports
// whether it could.
func (e *Editor) RestorePlace(field string, offset int) bool {
	return e.nav != nil && e.nav.RestorePlace(field, offset)
}

// Reveal asks the form to show and focus what is at a 1-based line of the
// document: a lint finding or an action item was clicked.
func (e *Editor) Reveal(line int) {
	if e.nav != nil {
		e.nav.Reveal(line)
	}
}
