package shell

import (
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// The Pull request button opens one dialog with the steps of proposing
// the minutes, the same for short and long minutes: open GitHub's new-file
// page (the Markdown filled in when it fits in the link, else a Copy
// button and "then paste"), and the line for the minutes' index with its
// own Copy button. Nothing is copied or opened before the scribe asks.

// Publish is the dialog's elements (by id without the "publish-" prefix)
// and the pull request it shows.
type Publish struct {
	el   map[string]ui.Node
	pr   editor.PullRequest
	host PublishHost
}

// PublishHost is what the dialog needs of the browser.
type PublishHost interface {
	// Open opens url in a new window.
	Open(url string) error
	// CopyMarkdown puts the document on the clipboard and says done.
	CopyMarkdown(done string) error
	// Copy puts text on the clipboard and says done; when the browser
	// refuses, the message says how to copy by hand.
	Copy(text, done, how string) error
}

// publishIDs are the dialog's elements, each "publish-" and the name.
var publishIDs = []string{"dialog", "folder", "name", "fits", "long", "copy-md", "open", "index", "line", "copy-line", "close", "index-step"}

// NewPublish binds the dialog, on a page that has it (else nil).
func NewPublish(page ui.Document, host PublishHost) (*Publish, error) {
	d := &Publish{el: map[string]ui.Node{}, host: host}
	for _, id := range publishIDs {
		if d.el[id] = page.ByID("publish-" + id); d.el[id] == nil {
			return nil, nil
		}
	}
	for id, fn := range map[string]func() error{
		"open": func() error { return host.Open(d.pr.URL) },
		"copy-md": func() error {
			return host.CopyMarkdown("The Markdown is on the clipboard: paste it into GitHub's editor.")
		},
		"copy-line": func() error {
			return host.Copy(d.pr.ReadmeLine, "The line for "+d.pr.IndexFile+" is on the clipboard.", "select the line in the dialog and copy it")
		},
		"close": func() error { d.el["dialog"].Close(); return nil },
	} {
		if err := d.el[id].Listen("click", "Pull request", func(ui.Event) error { return fn() }); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Show opens the dialog with the steps of proposing pr.
func (d *Publish) Show(pr editor.PullRequest) {
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
}
