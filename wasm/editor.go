//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// Editor is the View that binds the document model to the page. It keeps
// the parsed document, applies every edit as a core.Change with
// Document.Update (so a keystroke re-parses only the part of the document
// it touches), records it for undo, and tells the panels — the form, the
// preview, the lint findings, the action items — what changed.
type Editor struct {
	app     *App
	doc     *core.Document
	shown   string // the source the document was made from or last gave the app
	history editor.History
	panels  []Panel
	now     func() time.Time
	section string // where the user is in the form, for the cursor hint
}

// Panel is a part of the page that shows the document.
type Panel interface {
	// Show brings the panel up to date. ch is the change just applied to
	// the previous document, or nil when the whole document is new.
	Show(doc *core.Document, ch core.Change, origin Origin)
}

// panelMakers make the panels; each panel's file adds its maker in an init
// function, so that panels are added without editing this file.
var panelMakers []func(e *Editor) (Panel, error)

// newEditor makes the editor and its panels.
func newEditor(now func() time.Time) (*Editor, error) {
	e := &Editor{now: now, history: editor.History{Limit: 500}}
	for _, make := range panelMakers {
		p, err := make(e)
		if err != nil {
			return nil, err
		}
		e.panels = append(e.panels, p)
	}
	return e, nil
}

// Doc returns the current document (nil before the first Render).
func (e *Editor) Doc() *core.Document { return e.doc }

// Render implements View: it brings the document up to date with source.
func (e *Editor) Render(source string, origin Origin) {
	if e.doc != nil && source == e.shown {
		e.show(nil, origin) // the form's own edit, already applied
		return
	}
	if origin == OriginLoad || e.doc == nil {
		e.load(source)
		return
	}
	before := e.doc.Bytes()
	c := core.Diff(before, []byte(source))
	if err := e.doc.Update(c); err != nil {
		e.app.msgs.Show(Message{Key: "model", Kind: KindWarning, Text: "The form cannot show this text: " + err.Error()})
		return
	}
	e.shown = source
	e.history.Push(c, before, e.now(), "text")
	e.show(c, origin)
}

// load parses a whole new document and forgets the undo history.
func (e *Editor) load(source string) {
	d, err := core.Parse([]byte(source))
	if err != nil {
		d, _ = core.Parse(nil)
		e.app.msgs.Show(Message{Key: "model", Kind: KindWarning, Text: "The form cannot show this text: " + err.Error()})
	}
	e.doc, e.shown = d, source
	e.history.Reset()
	e.show(nil, OriginLoad)
}

// Apply applies a change made in a panel: the document is updated in
// place, the change recorded for undo (changes with the same non-empty
// mergeKey made in a row, such as the keystrokes typed into one item,
// are one undo step), and the new source handed to the app, which
// autosaves it and updates the Markdown text box.
func (e *Editor) Apply(c core.Change, mergeKey string) error {
	if len(c) == 0 {
		return nil
	}
	before := e.doc.Bytes()
	if err := e.doc.Update(c); err != nil {
		return err
	}
	e.history.Push(c, before, e.now(), mergeKey)
	e.commit(c)
	return nil
}

// Undo reverts the last change; it reports false when there is none.
func (e *Editor) Undo() bool { return e.replay(e.history.Undo) }

// Redo applies the last undone change again.
func (e *Editor) Redo() bool { return e.replay(e.history.Redo) }

func (e *Editor) replay(step func() (core.Change, bool)) bool {
	c, ok := step()
	if !ok {
		return false
	}
	if err := e.doc.Update(c); err != nil {
		e.app.msgs.Show(Message{Key: "undo", Kind: KindWarning, Text: "Undo failed: " + err.Error()})
		e.history.Reset()
		return false
	}
	e.commit(c)
	return true
}

// commit hands the updated document to the app and the panels.
func (e *Editor) commit(c core.Change) {
	e.shown = e.doc.String()
	e.app.EditChange(e.shown, c) // calls Render, which finds the source shown
	e.show(c, OriginForm)
}

// show tells every panel; a nil change after an edit means nothing changed.
func (e *Editor) show(c core.Change, origin Origin) {
	if c == nil && origin == OriginForm {
		return
	}
	for _, p := range e.panels {
		e.app.guard("show", func() error {
			p.Show(e.doc, c, origin)
			return nil
		})
	}
}

// Section implements View: the section the user is in, by path.
func (e *Editor) Section() string { return e.section }

// SetSection records where the user is (the form calls it on focus).
func (e *Editor) SetSection(path string) { e.section = path }

// ShowSection implements View: panels that can scroll to a section do.
func (e *Editor) ShowSection(path string) {
	e.section = path
	for _, p := range e.panels {
		if s, ok := p.(interface{ ShowSection(string) }); ok {
			s.ShowSection(path)
		}
	}
}

// Refresh shows the current document again in every panel, as after a
// load: something the panels read besides the document changed (a name
// was added to the roster).
func (e *Editor) Refresh() {
	if e.doc != nil {
		e.show(nil, OriginLoad)
	}
}

// Reveal asks the panels that can (the form) to show and focus what is at
// a 1-based line of the document: a lint finding or an action item was
// clicked.
func (e *Editor) Reveal(line int) {
	for _, p := range e.panels {
		if r, ok := p.(interface{ Reveal(line int) }); ok {
			r.Reveal(line)
		}
	}
}
