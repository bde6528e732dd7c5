//go:build js && wasm

package main

import (
	"fmt"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/newdialog"
	"github.com/cpansec/minutes/ui"
)

// bindNewDialog makes the New button open the New dialog (package
// newdialog, tested natively), on a page that has it: the dialog is
// Commands.New, and Create hands the new text to the app.
func (a *App) bindNewDialog() error {
	d, err := newdialog.New(newdialog.Config{Page: a.page, Profile: a.profile, Host: newDialogHost{a},
		Now: func() time.Time { return a.now() }})
	if err != nil || d == nil {
		return err
	}
	a.newDialog = d
	a.commands.New = func(open func(source, what string)) error {
		d.Show(open)
		return nil
	}
	return nil
}

// newDialogHost is the app as the New dialog sees it.
type newDialogHost struct{ a *App }

// DraftDates implements newdialog.Host.
func (h newDialogHost) DraftDates() []string { return h.a.ws.Dates() }

// NextAgenda implements newdialog.Host.
func (h newDialogHost) NextAgenda() error { return h.a.nextAgenda() }

// NextFromFile implements newdialog.Host: the file is checked as Open
// checks one; bad input gets a message and changes nothing.
func (h newDialogHost) NextFromFile(field ui.Node) error {
	a := h.a
	files := must(other(field).Get("files"))
	if n, _ := files.Length(); n == 0 {
		return nil
	}
	file := must(files.Index(0))
	if a.commands.NextAgenda == nil {
		a.unavailable("Next agenda")
		return nil
	}
	return a.readFile(file, "next agenda from a file", func(name string, data []byte) {
		if err := a.model.Check(name, data); err != nil {
			a.refuse(err)
			return
		}
		doc, err := core.Parse(data, core.WithName(name))
		if err != nil {
			a.refuse(err)
			return
		}
		next, err := a.commands.NextAgenda(doc)
		if err != nil {
			a.refuse(fmt.Errorf("%s: %w", name, err))
			return
		}
		a.msgs.DismissKey("refused")
		a.openAsNewDraft(next, "the next agenda made from “"+name+"”")
	})
}
