//go:build js && wasm

package main

import "time"

// testRenderDelay, set by the test hook (testhook.go), is added to the
// next watched render, as a document that is slow to show would.
var testRenderDelay time.Duration

// Watched implements previewpane.Host: the workspace runs the render of
// the pending edits under its freeze watch (workspace/watch.go).
func (h *previewHost) Watched(pending int, last time.Duration, render func()) {
	h.e.app.ws.Watched(pending, last, func() {
		if testRenderDelay <= 0 {
			render() // no clock read a keystroke for the test hook
			return
		}
		start := time.Now()
		render()
		for testRenderDelay > 0 && time.Since(start) < testRenderDelay { // busy, as a slow render is
		}
		testRenderDelay = 0
	})
}
