//go:build js && wasm

// Command hello is the start-up baseline of the browser benchmark: the least
// a Go WebAssembly program can do on the editor's page. Served under the same
// shell and loader as the editor, it marks the page ready as the editor does,
// so the difference in start time is what the editor's own program costs.
package main

import "syscall/js"

func main() {
	doc := js.Global().Get("document")
	doc.Call("getElementById", "messages").Set("textContent", "Hello from Go.")
	doc.Get("documentElement").Call("setAttribute", "data-state", "ready")
	// The loader reports a program that exits as a failure; the editor
	// never exits either.
	select {}
}
