//go:build js && wasm

// Command wasm is the editor page's program, compiled to WebAssembly. It binds
// the page (index.html) to the document: drafts and autosave in browser
// storage, open, save, copy, share links. The document model, the form and
// the preview plug in through the Model and View interfaces (hooks.go).
package main

func main() {
	app, err := NewApp(Config{})
	if err != nil {
		// The loader shows the error state; say why in the console too.
		consoleError("minutes: cannot start: " + err.Error())
		failPage(err)
	} else {
		app.Start()
	}
	// Never exit while the page is open: event handlers need the program.
	select {}
}
