//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
)

// bindCommands wires New, Next agenda and Pull request to Config.Commands.
func (a *App) bindCommands() error {
	buttons := []struct {
		id, name string
		run      func() error
	}{
		{"act-new", "New", a.newDraft},
		{"act-next", "Next agenda", a.nextAgenda},
		{"act-pr", "Pull request", a.pullRequest},
	}
	for _, b := range buttons {
		run := b.run
		if _, err := a.Listen(jsOf(a.els.Buttons[b.id]), "click", b.name, func(safejs.Value) error { return run() }); err != nil {
			return err
		}
	}
	return nil
}

// errUnavailable is the answer of a command not in this build.
var errUnavailable = errors.New("not available in this version of the editor yet")

func (a *App) unavailable(what string) {
	a.msgs.Show(Message{Key: "unavailable", Kind: KindInfo, Timeout: 8 * time.Second, Text: what + " is " + errUnavailable.Error() + "."})
}

// newDraft starts a new draft through Commands.New (the New dialog), or
// an empty one.
func (a *App) newDraft() error {
	if a.commands.New != nil {
		return a.commands.New(func(text, what string) { a.ws.Open("New", text, what, editor.Cursor{}) })
	}
	return a.ws.OpenEmpty()
}

// nextAgenda makes the next meeting's agenda from the current document.
func (a *App) nextAgenda() error {
	if a.commands.NextAgenda == nil {
		a.unavailable("Next agenda")
		return nil
	}
	a.syncText()
	if a.Source() == "" { // nothing to make it from: ask for the last minutes
		return a.chooseLastMinutes()
	}
	next, err := a.commands.NextAgenda(a.session.Doc())
	if err != nil {
		a.refuse(err)
		return nil
	}
	a.openAsNewDraft(next, "the next agenda")
	return nil
}
