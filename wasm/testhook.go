//go:build js && wasm

package main

import (
	"errors"
	"time"

	"github.com/hack-pad/safejs"
)

// testHookFragment, as the page's URL fragment at start-up, installs
// window.__minutesTest for the end-to-end tests: panic() panics inside a
// handler, throw() makes JavaScript throw inside one, slowRender(ms) makes
// the next preview render take that long more. Nobody reaches them by
// accident; they show that a failing handler is reported while the
// document and autosave keep working, and that a slow draft does not
// freeze the page again.
const testHookFragment = "#test-panic"

func (a *App) bindTestHook() error {
	loc, err := window().Get("location")
	if err != nil {
		return err
	}
	if stringProp(loc, "hash", "") != testHookFragment {
		return nil
	}
	_, err = a.exportFuncs("__minutesTest", "test ", map[string]func([]safejs.Value) error{
		"panic": func([]safejs.Value) error { panic("injected test panic") },
		"throw": func([]safejs.Value) error {
			// JSON.parse throws a SyntaxError; through syscall/js (not
			// safejs) it becomes a Go panic carrying a js.Error.
			safejs.Unsafe(safejs.Global()).Get("JSON").Call("parse", "{injected")
			return errors.New("JSON.parse did not throw")
		},
		"slowRender": func(args []safejs.Value) error {
			if len(args) != 1 {
				return errors.New("slowRender(ms)")
			}
			ms, err := args[0].Int()
			testRenderDelay = time.Duration(ms) * time.Millisecond
			return err
		},
	})
	return err
}
