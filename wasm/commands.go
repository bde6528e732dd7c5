//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"
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

// newDraft starts a new draft from Commands.New, or an empty one.
func (a *App) newDraft() error {
	source := ""
	if a.commands.New != nil {
		s, err := a.commands.New()
		if err != nil {
			return err
		}
		source = s
	}
	a.flush()
	a.load(a.drafts.NewDraft(source), false)
	if source != "" {
		a.changed()
	}
	a.els.Markdown.Focus()
	return nil
}

// nextAgenda makes the next meeting's agenda from the current document.
func (a *App) nextAgenda() error {
	if a.commands.NextAgenda == nil {
		a.unavailable("Next agenda")
		return nil
	}
	a.syncText()
	next, err := a.commands.NextAgenda(a.draft.Source)
	if err != nil {
		a.refuse(err)
		return nil
	}
	a.openAsNewDraft(next, "the next agenda")
	return nil
}

// pullRequest opens GitHub's new-file page and copies the README line.
func (a *App) pullRequest() error {
	if a.commands.PullRequest == nil {
		a.unavailable("Pull request")
		return nil
	}
	a.syncText()
	pr, err := a.commands.PullRequest(a.draft.Source)
	if err != nil {
		a.refuse(err)
		return nil
	}
	if _, err := window().Call("open", pr.URL, "_blank", "noopener"); err != nil {
		return err
	}
	return a.copyText(pr.ReadmeLine, "The line for meetings/README.md is on the clipboard.",
		func() { a.msgs.Show(Message{Key: "readme-line", Kind: KindInfo, Text: pr.ReadmeLine}) },
		"the line for meetings/README.md is shown below")
}
