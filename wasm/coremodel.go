//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// parse parses the text of a draft that is not the one being edited.
func parse(source string) *core.Document {
	d, err := core.Parse([]byte(source))
	if err != nil {
		d, _ = core.Parse(nil)
	}
	return d
}

// coreCommands are the actions that need the model (editor.Model). New,
// which asks for a template, date and time, is set by the dialog that
// asks.
func coreCommands(m *editor.Model) Commands {
	return Commands{NextAgenda: m.NextAgenda, PullRequest: m.PullRequest}
}
