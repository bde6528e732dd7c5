//go:build js && wasm

package main

import (
	"fmt"
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/hack-pad/safejs"
)

// guard runs one event handler (or timer, or goroutine body). A returned
// error, a Go panic, or a JavaScript exception thrown through syscall/js is
// reported in the page, and the app goes on: the document lives in the App,
// not on the handler's stack, so nothing of it is lost.
func (a *App) guard(name string, fn func() error) {
	defer func() {
		if r := recover(); r != nil {
			a.fail(name, panicError(r), debug.Stack())
		}
	}()
	if err := fn(); err != nil {
		a.fail(name, err, nil)
	}
}

// goGuard runs fn on its own goroutine under guard. Handlers that must wait
// for a JavaScript promise use it: a js.Func callback must never block.
func (a *App) goGuard(name string, fn func() error) {
	go a.guard(name, fn)
}

// after runs fn after d under guard and returns a function that cancels
// it: the timers of the native panels.
func (a *App) after(d time.Duration, name string, fn func()) (stop func()) {
	t := time.AfterFunc(d, func() { a.guard(name, func() error { fn(); return nil }) })
	return func() { t.Stop() }
}

// panicError turns a recovered value into an error. syscall/js panics with a
// js.Error when JavaScript throws; safejs.Error carries its message.
func panicError(r any) error {
	switch v := r.(type) {
	case js.Error:
		return fmt.Errorf("JavaScript exception: %s", describeJS(safejs.Safe(v.Value)))
	case error:
		return fmt.Errorf("panic: %w", v)
	default:
		return fmt.Errorf("panic: %v", v)
	}
}

// fail reports an unexpected error. It must not panic itself: a failure to
// show the message falls back to the console.
func (a *App) fail(name string, err error, stack []byte) {
	a.failures++
	defer func() {
		if r := recover(); r != nil {
			consoleError(fmt.Sprintf("minutes: %s: %v (and showing it failed: %v)", name, err, r))
		}
	}()
	consoleError(fmt.Sprintf("minutes: %s: %v\n%s", name, err, stack))
	a.msgs.Show(Message{
		Key:  "failure",
		Kind: KindError,
		Text: fmt.Sprintf("Something went wrong (%s: %v). Your document is intact and the editor goes on working; if this repeats, save your work and reload.", name, err),
	})
}

func consoleError(s string) {
	console, err := safejs.Global().Get("console")
	if err == nil {
		_, _ = console.Call("error", s)
	}
}
