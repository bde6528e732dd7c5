//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
	"testing"
)

// TestGuardStackNamesHandler checks what the console gets when a handler
// panics: the handler's name, the panic, and a stack trace naming the Go
// function that failed. The wasm ships without line tables (build.sh's
// wasmpost), so this is what a bug report carries; ./build.sh test runs
// this test post-processed the same way.
func TestGuardStackNamesHandler(t *testing.T) {
	a := newTestApp(t, nil)
	console := js.Global().Get("console")
	orig := console.Get("error")
	var logged []string
	capture := js.FuncOf(func(_ js.Value, args []js.Value) any {
		logged = append(logged, args[0].String())
		return nil
	})
	console.Set("error", capture)
	defer func() {
		console.Set("error", orig)
		capture.Release()
	}()

	a.guard("test handler", failingHandler)

	if len(logged) != 1 {
		t.Fatalf("console.error called %d times, want once: %q", len(logged), logged)
	}
	for _, want := range []string{"minutes: test handler: panic: runtime error: index out of range", "goroutine ", ".failingHandler(", ".(*App).guard("} {
		if !strings.Contains(logged[0], want) {
			t.Errorf("the console report lacks %q:\n%s", want, logged[0])
		}
	}
}

// failingHandler indexes past the end of a slice, as a bug would.
//
//go:noinline
func failingHandler() error {
	items := []int{1, 2}
	i := len(items) + 1
	if items[i] > 0 {
		return nil
	}
	return nil
}
