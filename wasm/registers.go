//go:build js && wasm

package main

import (
	"strings"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/registersview"
)

// The Registers dialog is package registersview (tested natively). This
// file gives it the files to read: those of the two pickers, and the files
// and folders dropped on the dialog, read through their entries
// (webkitGetAsEntry), as a folder's files are not in the drop's file list.

// bindRegisters binds the dialog, on a page that has it.
func (a *App) bindRegisters() error {
	v, err := registersview.New(registersview.Config{Page: a.page, Host: registersHost{a}, Model: a.model,
		Store: a.drafts.Store(), Now: a.now})
	if v == nil || err != nil {
		return err
	}
	var els []safejs.Value
	for _, id := range []string{"registers-dialog", "registers-files", "registers-folder"} {
		el := a.page.ByID(id)
		if el == nil {
			return nil
		}
		els = append(els, jsOf(el))
	}
	dialog := els[0]
	fromInput := func(input safejs.Value) func(safejs.Value) error {
		return func(safejs.Value) error {
			given := registersview.Files(jsFiles(a, must(input.Get("files"))))
			a.goGuard("registers", func() error { return v.Read(given) })
			return nil
		}
	}
	listenAll(a, "Registers", []listener{
		{els[1], "change", fromInput(els[1])},
		{els[2], "change", fromInput(els[2])},
	})
	a.dropTarget("Registers", dialog, "registers-drop", func(ev safejs.Value) error {
		given, err := a.droppedEntries(ev)
		a.goGuard("registers", func() error { return v.Read(given) })
		return err
	})
	return nil
}

// registersHost is the app as the Registers dialog sees it.
type registersHost struct{ a *App }

func (h registersHost) Go(fn func() error) { h.a.goGuard("registers", fn) }

func (h registersHost) Open(src, what string, at editor.Cursor) error {
	h.a.ws.Open("Open", src, what, at)
	if at.Field == "" {
		// No form field holds the line: the text box shows it selected.
		h.a.els.Markdown.Focus()
		h.a.els.Markdown.SetSelection(at.Start, at.End)
	}
	return nil
}

// Yield gives the main thread back until the next task (yieldMain).
func (h registersHost) Yield() { h.a.yieldMain() }

// jsEntry is a file or a folder dropped (a FileSystemEntry).
type jsEntry struct {
	a    *App
	e    safejs.Value
	file registersview.Picked // the file's File, once asked for
}

func (e *jsEntry) Name() string { return strings.TrimPrefix(stringProp(e.e, "fullPath", "file"), "/") }
func (e *jsEntry) Folder() bool { return truthy(e.e.Get("isDirectory")) }

func (e *jsEntry) Size() int64 {
	if f, err := e.File(); err == nil {
		return f.Size()
	}
	return 0 // Read says why
}

func (e *jsEntry) Read() ([]byte, error) {
	f, err := e.File()
	if err != nil {
		return nil, err
	}
	return f.Read()
}

// File returns the File of a file entry.
func (e *jsEntry) File() (registersview.Picked, error) {
	if e.file == nil {
		f, err := e.a.callback(e.e, "file")
		if err != nil {
			return nil, err
		}
		e.file = registersview.Named(jsFile{e.a, f}, e.Name())
	}
	return e.file, nil
}

// Entries reads a folder's entries, which readEntries gives in batches
// until one is empty.
func (e *jsEntry) Entries() ([]registersview.Picked, error) {
	reader, err := e.e.Call("createReader")
	var out []registersview.Picked
	for err == nil {
		var list safejs.Value
		var batch []safejs.Value
		if list, err = e.a.callback(reader, "readEntries"); err == nil {
			batch, err = items(list)
		}
		if len(batch) == 0 {
			break
		}
		for _, c := range batch {
			out = append(out, &jsEntry{a: e.a, e: c})
		}
	}
	return out, err
}

// droppedEntries returns the entries of a drop (files and folders), for
// the dialog rather than the page.
func (a *App) droppedEntries(ev safejs.Value) ([]registersview.Picked, error) {
	list, err := ev.Get("dataTransfer")
	if err == nil {
		list, err = list.Get("items")
	}
	var dropped []safejs.Value
	if err == nil {
		dropped, err = items(list)
	}
	var out []registersview.Picked
	for _, it := range dropped {
		if e, err := it.Call("webkitGetAsEntry"); err != nil {
			return out, err
		} else if !e.IsNull() {
			out = append(out, &jsEntry{a: a, e: e})
		} else if f, err := it.Call("getAsFile"); err != nil {
			return out, err
		} else if !f.IsNull() { // a drop made by a script has files without entries
			out = append(out, registersview.Named(jsFile{a, f}, stringProp(f, "name", "file")))
		}
	}
	return out, err
}

// callback calls target's method with a success and an error callback,
// as the file system entries' API takes them, and waits for either.
func (a *App) callback(target safejs.Value, method string) (safejs.Value, error) {
	ctor, err := safejs.Global().Get("Promise")
	if err != nil {
		return safejs.Value{}, err
	}
	run, id, err := a.funcs.add(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 2 {
			if _, err := target.Call(method, args[0], args[1]); err != nil {
				_, _ = args[1].Invoke(err.Error())
			}
		}
		return nil
	})
	if err != nil {
		return safejs.Value{}, err
	}
	p, err := ctor.New(run.Value()) // the executor runs at once
	a.funcs.release(id)
	if err != nil {
		return safejs.Value{}, err
	}
	return a.Await(p)
}
