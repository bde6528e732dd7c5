//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/ui"
)

// The Pull request button opens one dialog with the steps of proposing
// the minutes, the same for short and long minutes: open GitHub's new-file
// page (the Markdown filled in when it fits in the link, else a Copy
// button and "then paste"), and the line for the minutes' index with its
// own Copy button. Nothing is copied or opened before the scribe asks.

// publishDialog is the dialog's elements (ui nodes, by id without the
// "publish-" prefix) and the pull request it shows.
type publishDialog struct {
	el map[string]ui.Node
	pr PullRequest
}

// bindPublish wires the dialog, on a page that has it.
func (a *App) bindPublish() error {
	d := &publishDialog{el: map[string]ui.Node{}}
	for _, id := range []string{"dialog", "folder", "name", "fits", "long", "copy-md", "open", "index", "line", "copy-line", "close", "index-step"} {
		if d.el[id] = a.page.ByID("publish-" + id); d.el[id] == nil {
			return nil
		}
	}
	a.publish = d
	for id, fn := range map[string]func() error{
		"open": func() error {
			_, err := window().Call("open", d.pr.URL, "_blank", "noopener")
			return err
		},
		"copy-md": func() error {
			return a.copyText(a.Source(), "The Markdown is on the clipboard: paste it into GitHub's editor.",
				func() { a.selectText() },
				"the Markdown is selected in the text box: press Ctrl+C (⌘C) to copy it")
		},
		"copy-line": func() error {
			return a.copyText(d.pr.ReadmeLine, "The line for "+d.pr.IndexFile+" is on the clipboard.",
				func() {}, "select the line in the dialog and copy it")
		},
		"close": func() error { d.el["dialog"].Close(); return nil },
	} {
		if err := d.el[id].Listen("click", "Pull request", func(ui.Event) error { return fn() }); err != nil {
			a.fail("Pull request", err, nil) // the page works without the dialog
			return nil
		}
	}
	return nil
}

// pullRequest shows the publishing steps for the current minutes.
func (a *App) pullRequest() error {
	if a.commands.PullRequest == nil || a.publish == nil {
		a.unavailable("Pull request")
		return nil
	}
	a.syncText()
	pr, err := a.commands.PullRequest(a.session.Doc())
	if err != nil {
		a.refuse(err)
		return nil
	}
	d := a.publish
	d.pr = pr
	d.el["folder"].SetText(pr.Folder + "/")
	d.el["name"].SetText(pr.FileName)
	d.el["index"].SetText(pr.IndexFile)
	d.el["line"].SetText(pr.ReadmeLine)
	d.el["index-step"].SetBool("hidden", pr.ReadmeLine == "") // a group whose profile lists no index
	d.el["fits"].SetBool("hidden", !pr.Complete)
	d.el["long"].SetBool("hidden", pr.Complete)
	d.el["copy-md"].SetBool("hidden", pr.Complete)
	d.el["dialog"].ShowModal()
	return nil
}
