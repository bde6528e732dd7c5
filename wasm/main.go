//go:build js && wasm

// Command wasm is the editor page's program, compiled to WebAssembly. It binds
// the page (index.html) to the editor's session (package editor), which owns
// the document: App (app.go and the files it names) binds the drafts'
// lifecycle (package workspace: autosave, switching, other tabs) to the
// page's storage and events, and open, save, copy and share links; the
// Editor (editor.go) hosts the panels — form, preview, lint, action items
// (packages form, previewpane and findings, written against package ui,
// which uidom.go implements over the browser's DOM) — that the session
// tells of each change.
package main

func main() {
	if err := start(); err != nil {
		// The loader shows the error state; say why in the console too.
		consoleError("minutes: cannot start: " + err.Error())
		failPage(err)
	}
	// Never exit while the page is open: event handlers need the program.
	select {}
}

// start wires the app (its session, drafts and model) with the page's
// panels, and starts it.
func start() error {
	app, err := NewApp(Config{Panels: pagePanels})
	if err != nil {
		return err
	}
	app.Start()
	return nil
}
