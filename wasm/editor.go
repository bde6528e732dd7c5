//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
)

// Editor hosts the panels that show the document — the form, the preview,
// the lint findings, the action items — as editor.Panels (tested
// natively), which the app's session tells of every update. It does not
// hold the document: the session does. It gives the panels' makers what
// they are made with, and runs each panel's Show under the app's guard.
type Editor struct {
	*editor.Panels
	app     *App
	session *editor.Session
	profile *profile.Profile // the group's, with the names the browser keeps
}

// Panel is a part of the page that shows the document.
type Panel = editor.Panel

// Origin is what made a change; see editor.Origin.
type Origin = editor.Origin

// The origins of a change.
const (
	OriginLoad = editor.OriginLoad
	OriginText = editor.OriginText
	OriginForm = editor.OriginForm
)

// panelMaker makes one panel of an Editor.
type panelMaker func(e *Editor) (Panel, error)

// pagePanels are the page's panels, in the order they hear of a change:
// the form first (it holds the focus), then what only shows the document.
var pagePanels = []panelMaker{newFormPanel, newPreviewPanel, newLintPanel, newActionsPanel}

// newEditor makes the panels and subscribes them to the app's session;
// while the draft is shown as plain text they hear of nothing.
func newEditor(a *App, makers []panelMaker) (*Editor, error) {
	e := &Editor{Panels: &editor.Panels{Run: a.guard, Paused: a.ws.PlainText}, app: a, session: a.session, profile: a.profile}
	for _, make := range makers {
		p, err := make(e)
		if err != nil {
			return nil, err
		}
		e.Add(p)
	}
	a.session.Subscribe(e.Show)
	return e, nil
}
