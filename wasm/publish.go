//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"
)

// The Pull request button opens one dialog with the steps of proposing
// the minutes, the same for short and long minutes: open GitHub's new-file
// page (the Markdown filled in when it fits in the link, else a Copy
// button and "then paste"), and the line for the minutes' index with its
// own Copy button. Nothing is copied or opened before the scribe asks.

// publishDialog is the dialog's elements.
type publishDialog struct {
	dialog, folder, name, fits, long, copyMD, open, index, line, indexStep safejs.Value
	pr                                                                     PullRequest
}

// bindPublish wires the dialog, on a page that has it.
func (a *App) bindPublish() error {
	els, ok := lookUp("publish-dialog", "publish-folder", "publish-name", "publish-fits", "publish-long",
		"publish-copy-md", "publish-open", "publish-index", "publish-line", "publish-copy-line", "publish-close", "publish-index-step")
	if !ok {
		return nil
	}
	d := &publishDialog{dialog: els[0], folder: els[1], name: els[2], fits: els[3], long: els[4],
		copyMD: els[5], open: els[6], index: els[7], line: els[8], indexStep: els[11]}
	a.publish = d
	listenAll(a, "Pull request", []listener{
		{d.open, "click", func(safejs.Value) error {
			_, err := window().Call("open", d.pr.URL, "_blank", "noopener")
			return err
		}},
		{d.copyMD, "click", func(safejs.Value) error {
			return a.copyText(a.Source(), "The Markdown is on the clipboard: paste it into GitHub's editor.",
				func() { a.selectText() },
				"the Markdown is selected in the text box: press Ctrl+C (⌘C) to copy it")
		}},
		{els[9], "click", func(safejs.Value) error {
			return a.copyText(d.pr.ReadmeLine, "The line for "+d.pr.IndexFile+" is on the clipboard.",
				func() {}, "select the line in the dialog and copy it")
		}},
		{els[10], "click", func(safejs.Value) error {
			_, err := d.dialog.Call("close")
			return err
		}},
	})
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
	for _, set := range []struct {
		el   safejs.Value
		prop string
		v    any
	}{
		{d.folder, "textContent", pr.Folder + "/"}, {d.name, "textContent", pr.FileName},
		{d.indexStep, "hidden", pr.ReadmeLine == ""}, // a group whose profile lists no index
		{d.index, "textContent", pr.IndexFile}, {d.line, "textContent", pr.ReadmeLine},
		{d.fits, "hidden", !pr.Complete}, {d.long, "hidden", pr.Complete}, {d.copyMD, "hidden", pr.Complete},
	} {
		if err := set.el.Set(set.prop, set.v); err != nil {
			return err
		}
	}
	_, err = d.dialog.Call("showModal")
	return err
}
