//go:build js && wasm

package main

import (
	"github.com/cpansec/minutes/findings"
)

// newLintPanel makes the findings list (package findings, tested
// natively) on the page.
func newLintPanel(e *Editor) (Panel, error) { return findings.NewLint(findingsConfig(e)), nil }

// newActionsPanel makes the action items list.
func newActionsPanel(e *Editor) (Panel, error) { return findings.NewActions(findingsConfig(e)), nil }

func findingsConfig(e *Editor) findings.Config {
	return findings.Config{Page: e.app.page, Session: e.session, Profile: e.profile, Host: findingsHost{formHost{e}}, Tasks: e.app.tasks}
}

// findingsHost is the page around the lists: the form's host (messages,
// roster, timers), revealing a line and the clipboard.
type findingsHost struct{ formHost }

// Reveal shows the editor (on a narrow screen the lists are on the
// Preview tab) and asks it to reveal the line.
func (h findingsHost) Reveal(line int) {
	h.e.app.showPanel("editor")
	h.e.Reveal(line)
}

// Copy implements findings.Host.
func (h findingsHost) Copy(text, done string, refused func(), why string) error {
	return h.e.app.copyText(text, done, refused, why)
}
