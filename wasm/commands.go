//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/shell"
)

// bindCommands wires New, Next agenda and Pull request, and binds the
// shell's controls (package shell): the tabs, the Markdown box's switch,
// the start panel and the Pull request dialog. The switch, the panel and
// the dialog are optional: the page works without them.
func (a *App) bindCommands() error {
	for _, b := range []struct {
		id, name string
		run      func() error
	}{
		{"act-new", "New", a.newDraft},
		{"act-next", "Next agenda", a.nextAgenda},
		{"act-pr", "Pull request", a.pullRequest},
	} {
		run := b.run
		if _, err := a.Listen(jsOf(a.els.Buttons[b.id]), "click", b.name, func(safejs.Value) error { return run() }); err != nil {
			return err
		}
	}
	var err error
	if a.tabs, err = shell.NewTabs(a.page); err != nil {
		return err
	}
	if err := shell.BindLayout(a.page, a.drafts.Store()); err != nil {
		a.fail("Markdown beside", err, nil)
	}
	a.start = shell.NewStart(a.page, shell.StartActions{Next: a.chooseLastMinutes, New: a.newDraft,
		Open: func() error { return a.click("open-file") }}, func(err error) { a.fail("start", err, nil) })
	if a.publish, err = shell.NewPublish(a.page, publishHost{a}); err != nil {
		a.fail("Pull request", err, nil)
	}
	return nil
}

// newDraft starts a new draft through the New dialog, or an empty one on
// a page without the dialog.
func (a *App) newDraft() error {
	if a.newDialog != nil {
		a.newDialog.Show(func(text, what string) { a.ws.Open("New", text, what, editor.Cursor{}) })
		return nil
	}
	return a.ws.OpenEmpty()
}

// nextAgenda makes the next meeting's agenda from the current document.
func (a *App) nextAgenda() error {
	a.syncText()
	if a.Source() == "" { // nothing to make it from: ask for the last minutes
		return a.chooseLastMinutes()
	}
	next, err := a.model.NextAgenda(a.session.Doc())
	if err != nil {
		a.refuse(err)
		return nil
	}
	a.openAsNewDraft(next, "the next agenda")
	return nil
}

// chooseLastMinutes asks for the last meeting's minutes, to make the next
// agenda from (the New dialog's file input does the rest).
func (a *App) chooseLastMinutes() error { return a.click("new-next-file") }

// pullRequest shows the publishing steps for the current minutes.
func (a *App) pullRequest() error {
	if a.publish == nil {
		return errors.New("the page has no Pull request dialog")
	}
	a.syncText()
	pr, err := a.model.PullRequest(a.session.Doc())
	if err != nil {
		a.refuse(err)
		return nil
	}
	a.publish.Show(pr)
	return nil
}

// publishHost is the browser as the Pull request dialog needs it.
type publishHost struct{ a *App }

func (h publishHost) Open(url string) error {
	_, err := window().Call("open", url, "_blank", "noopener")
	return err
}
func (h publishHost) CopyMarkdown(done string) error { return h.a.copyMarkdown(done) }
func (h publishHost) Copy(text, done, how string) error {
	return h.a.copyText(text, done, func() {}, how)
}

// showPanel shows the "editor" or "preview" panel on a narrow screen.
func (a *App) showPanel(tab string) {
	if a.tabs != nil {
		a.tabs.Show(tab)
	}
}

// click clicks the element with id, as the user would: a file field's
// click opens the browser's file chooser.
func (a *App) click(id string) error {
	if el := a.page.ByID(id); el != nil {
		_, err := jsOf(el).Call("click")
		return err
	}
	return nil
}
