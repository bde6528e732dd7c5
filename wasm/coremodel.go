//go:build js && wasm

package main

import "github.com/cpansec/minutes/editor"

// coreCommands are the actions that need the model (editor.Model). New,
// which asks for a template, date and time, is set by the dialog that
// asks.
func coreCommands(m *editor.Model) Commands {
	return Commands{NextAgenda: m.NextAgenda, PullRequest: m.PullRequest}
}
