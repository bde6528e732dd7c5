//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
)

// Commands are the actions that need the document model: New from a
// template, Next agenda, and the pull request. A nil command tells the user
// the action is not available in this build.
type Commands struct {
	// New starts a new draft. It may ask the user first (a dialog) and
	// call open later with the new text and what it is ("the new minutes
	// from the “2026-compact” template"), or never (cancelled). Nil: New
	// opens an empty draft.
	New         func(open func(source, what string)) error
	NextAgenda  func(doc *core.Document) (next string, err error)
	PullRequest func(doc *core.Document) (PullRequest, error)
}

// PullRequest is where to propose the minutes on GitHub.
type PullRequest = editor.PullRequest

// Config is what NewApp wires together.
type Config struct {
	// Profile is the group's profile (when nil, the one chosen in the
	// browser, else profile.Default(): see chosenProfile).
	Profile *profile.Profile
	// Panels make the panels that show the document (pagePanels on the
	// page; tests choose theirs).
	Panels []panelMaker
	// Store and TabStore replace localStorage and sessionStorage (tests).
	Store, TabStore editor.Store
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}
