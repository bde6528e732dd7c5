//go:build js && wasm

// Command wasm is the editor page's program, compiled to WebAssembly. It binds
// the page (index.html) to the document model: drafts and autosave in browser
// storage, open, save, copy, share links (the foundation, app.go and the
// files it names), and the Editor (editor.go) that keeps the parsed document
// and tells its panels — form, preview, lint, action items — of each change.
package main

import (
	"time"

	"github.com/cpansec/minutes/core/profile"
)

func main() {
	if err := start(); err != nil {
		// The loader shows the error state; say why in the console too.
		consoleError("minutes: cannot start: " + err.Error())
		failPage(err)
	}
	// Never exit while the page is open: event handlers need the program.
	select {}
}

// start wires the editor, the model and the app, and starts the app.
func start() error {
	editor, err := newEditor(time.Now)
	if err != nil {
		return err
	}
	model := &coreModel{editor: editor, profile: profile.Default(), now: time.Now}
	app, err := NewApp(Config{Model: model, View: editor, Commands: coreCommands(model)})
	if err != nil {
		return err
	}
	editor.app = app
	app.loadRoster(model.profile)
	app.Start()
	return nil
}
