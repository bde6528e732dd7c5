//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/newdialog"
	"github.com/cpansec/minutes/ui"
)

// bindNewDialog makes the New button open the New dialog (package
// newdialog, tested natively), on a page that has it: Create hands the
// new text to the app.
func (a *App) bindNewDialog() error {
	d, err := newdialog.New(newdialog.Config{Page: a.page, Profile: a.profile, Host: newDialogHost{a},
		Now: func() time.Time { return a.now() }})
	if err != nil || d == nil {
		return err
	}
	a.newDialog = d
	return nil
}

// newDialogHost is the app as the New dialog sees it.
type newDialogHost struct{ a *App }

// DraftDates implements newdialog.Host.
func (h newDialogHost) DraftDates() []string { return h.a.ws.Dates() }

// NextAgenda implements newdialog.Host.
func (h newDialogHost) NextAgenda() error { return h.a.nextAgenda() }

// NextFromFile implements newdialog.Host: bad input gets a message and
// changes nothing (editor.Model.NextAgendaFrom).
func (h newDialogHost) NextFromFile(field ui.Node) error {
	a := h.a
	files := jsFiles(a, must(other(field).Get("files")))
	if len(files) == 0 {
		return nil
	}
	return a.readFile(files[0], "next agenda from a file", func(name string, data []byte) {
		next, err := a.model.NextAgendaFrom(name, data)
		if err != nil {
			a.refuse(err)
			return
		}
		a.msgs.DismissKey("refused")
		a.openAsNewDraft(next, "the next agenda made from “"+name+"”")
	})
}
