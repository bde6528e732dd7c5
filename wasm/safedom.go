//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// Helpers of the parts of the page still bound here with safejs (storage
// events, files, drops); the native panels and the rest of the shell use
// package ui instead (uidom.go).

// listener is an event listener for listenAll.
type listener struct {
	target  safejs.Value
	typ     string
	handler func(safejs.Value) error
}

// listenAll adds the listeners, their handlers guarded under name. A
// failure is reported, and the panel stays unbound (false).
func listenAll(a *App, name string, ls []listener) bool {
	for _, l := range ls {
		if _, err := a.Listen(l.target, l.typ, name, l.handler); err != nil {
			a.fail(name, err, nil)
			return false
		}
	}
	return true
}

// dropTarget makes dialog take drops of files for itself, not for the
// page's Open: while files are dragged over it, it has the class mark,
// and a drop of files is given to drop during the event (the only time
// its data can be read). Other drags pass through to the page.
func (a *App) dropTarget(name string, dialog safejs.Value, mark string, drop func(ev safejs.Value) error) bool {
	take := func(ev safejs.Value) (bool, error) {
		if !hasFiles(ev) {
			return false, nil
		}
		for _, m := range []string{"preventDefault", "stopPropagation"} {
			if _, err := ev.Call(m); err != nil {
				return false, err
			}
		}
		return true, nil
	}
	marked := func(on bool) error {
		list, err := dialog.Get("classList")
		if err == nil {
			_, err = list.Call("toggle", mark, on)
		}
		return err
	}
	return listenAll(a, name, []listener{
		{dialog, "dragover", func(ev safejs.Value) error {
			on, err := take(ev)
			if err != nil {
				return err
			}
			return marked(on)
		}},
		{dialog, "dragleave", func(safejs.Value) error { return marked(false) }},
		{dialog, "drop", func(ev safejs.Value) error {
			on, err := take(ev)
			if on && err == nil {
				err = drop(ev)
			}
			return errors.Join(err, marked(false))
		}},
	})
}

// items are the elements of an array-like value (an Array, a FileList,
// a DataTransferItemList).
func items(list safejs.Value) ([]safejs.Value, error) {
	n, err := list.Length()
	if err != nil {
		return nil, err
	}
	out := make([]safejs.Value, n)
	for i := range out {
		if out[i], err = list.Index(i); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// nullableString reads a property that is a string or null.
func nullableString(v safejs.Value, prop string) (s string, null bool, err error) {
	x, err := v.Get(prop)
	if err != nil || x.IsNull() {
		return "", err == nil, err
	}
	s, err = x.String()
	return s, false, err
}

// truthy is a JavaScript value's truth, false when unreadable.
func truthy(v safejs.Value, err error) bool {
	if err != nil {
		return false
	}
	b, err := v.Truthy()
	return err == nil && b
}
