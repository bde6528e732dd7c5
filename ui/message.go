package ui

import "time"

// Kind is how serious a message is.
type Kind string

// Message kinds, used as CSS classes (msg-info, msg-warning, msg-error).
const (
	KindInfo    Kind = "info"
	KindWarning Kind = "warning"
	KindError   Kind = "error"
)

// Action is a button in a message.
type Action struct {
	Label string
	Do    func() error
}

// Message is a non-blocking note in the page's messages area. A message
// with a Key replaces the shown message with the same key.
type Message struct {
	Key     string
	Kind    Kind
	Text    string
	Actions []Action
	// Timeout hides an info message after a while; zero keeps it until dismissed.
	Timeout time.Duration
}
