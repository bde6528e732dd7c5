//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/form"
	"github.com/cpansec/minutes/ui"
)

// newFormPanel makes the form (package form, tested natively) on the
// page, with the app around it as its host; it is the Editor's Navigator.
func newFormPanel(e *Editor) (Panel, error) {
	f := form.New(form.Config{Page: e.app.page, Session: e.session, Profile: e.profile, Host: formHost{e}, Tasks: e.app.tasks, Now: e.app.now})
	e.SetNavigator(f)
	return f, nil
}

// formHost is the page around the form: messages, the roster, the tabs,
// timers under the guard, the section hint.
type formHost struct{ e *Editor }

func (h formHost) Say(m ui.Message) { h.e.app.msgs.Show(m) }
func (h formHost) AddToRoster(handle string) error {
	return h.e.app.ws.AddToRoster(h.e.profile, handle)
}
func (h formHost) ShowEditor()            { h.e.app.showPanel("editor") }
func (h formHost) SetSection(path string) { h.e.SetSection(path) }

func (h formHost) After(d time.Duration, name string, fn func()) func() {
	return h.e.app.after(d, name, fn)
}
