//go:build js && wasm

package main

import "github.com/cpansec/minutes/editor"

// The app treats the document as an opaque Markdown string. What it needs
// to know about the text, and how the text is shown as a form and a preview,
// come through the two interfaces below; the foundation ships plain versions
// (plainModel, plainView) that the document model (core/), the form and the
// preview (core/preview) replace through Config.

// Meta is what the drafts list and the file name need from a document.
type Meta struct {
	Title string // shown in the drafts list; "" when the text has none
	Date  string // meeting date as YYYY-MM-DD, "" when unknown
}

// Model is what the app needs from the document model.
type Model interface {
	// Describe returns the document's title and meeting date.
	Describe(source string) Meta
	// FileName returns the name Save gives the downloaded file.
	FileName(source string) string
	// Check returns why data (from a file, a paste or a share link called
	// name) cannot be opened as minutes, as "name:line: message", or nil.
	Check(name string, data []byte) error
}

// Origin tells a View what changed the document.
type Origin int

// Origins of a change.
const (
	OriginLoad Origin = iota // a draft was loaded, switched to, opened or created
	OriginText               // the user edited the Markdown text box
	OriginForm               // the form called App.Edit
)

// View shows the document in the page: the form in the Editor region, the
// preview, lint findings and action items.
type View interface {
	// Render shows source. It is called after every change of the
	// document, after the Markdown text box is up to date.
	Render(source string, origin Origin)
	// Section names where the user is in the form (a section id), stored
	// with the draft as part of the cursor hint; "" when unknown.
	Section() string
	// ShowSection brings the user back to a section after a reload.
	ShowSection(section string)
}

// Commands are the actions that need the document model: New from a
// template, Next agenda, and the pull request. A nil command tells the user
// the action is not available in this build.
type Commands struct {
	// New starts a new draft. It may ask the user first (a dialog) and
	// call open later with the new text and what it is ("the new minutes
	// from the “2026-compact” template"), or never (cancelled). Nil: New
	// opens an empty draft.
	New         func(open func(source, what string)) error
	NextAgenda  func(source string) (next string, err error)
	PullRequest func(source string) (PullRequest, error)
}

// PullRequest is where to propose the minutes on GitHub.
type PullRequest struct {
	URL        string // GitHub's new-file page with name and content filled in
	ReadmeLine string // the line to add to meetings/README.md, copied for the user
	// Complete is false when the minutes are too long for the link
	// (publish.MaxURLLength): URL then fills in the file name only, and the
	// Markdown goes to the clipboard for the user to paste.
	Complete bool
}

// Config sets what NewApp plugs in; zero fields get the plain versions.
type Config struct {
	Model    Model
	View     View
	Commands Commands
	// Store and Session replace localStorage and sessionStorage (tests).
	Store, Session editor.Store
}
