//go:build js && wasm

package main

import "github.com/cpansec/minutes/ui"

// The messages' types are ui's, which the native panels use too.
type (
	Action  = ui.Action
	Message = ui.Message
)

// Message kinds, used as CSS classes (msg-info, msg-warning, msg-error).
const (
	KindInfo    = ui.KindInfo
	KindWarning = ui.KindWarning
	KindError   = ui.KindError
)
