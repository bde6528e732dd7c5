//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/profiledialog"
)

// bindOpen wires the ways to open a document: the Open button and its file
// input, dropping a file anywhere on the page, pasting into the page
// outside a text field, and the "Open from text" dialog. Each opens a new
// draft; bad input gets a message and changes nothing.
func (a *App) bindOpen() error {
	doc, err := jsOf(a.els.Root).Get("ownerDocument")
	if err != nil {
		return err
	}
	listeners := []struct {
		target  safejs.Value
		typ     string
		name    string
		handler func(safejs.Value) error
	}{
		{jsOf(a.els.Buttons["act-open"]), "click", "Open", func(safejs.Value) error {
			// Clearing the value lets the same file be chosen twice.
			a.els.FileInput.SetValue("")
			_, err := jsOf(a.els.FileInput).Call("click")
			return err
		}},
		{jsOf(a.els.FileInput), "change", "open file", func(safejs.Value) error {
			return a.openFiles(jsOf(a.els.FileInput))
		}},
		{doc, "dragover", "drag", a.dragOver},
		{doc, "dragleave", "drag", func(safejs.Value) error { return a.dragging(false) }},
		{doc, "drop", "drop file", a.drop},
		{doc, "paste", "paste", a.pasteIntoPage},
		{jsOf(a.els.Buttons["act-paste"]), "click", "Open from text", func(safejs.Value) error {
			a.els.PasteText.SetValue("")
			a.els.PasteDialog.ShowModal()
			return nil
		}},
		{jsOf(a.els.Buttons["paste-open"]), "click", "Open from text", a.openPasted},
		{jsOf(a.els.Buttons["paste-cancel"]), "click", "Open from text", func(safejs.Value) error {
			a.els.PasteDialog.Close()
			return nil
		}},
	}
	for _, l := range listeners {
		if _, err := a.Listen(l.target, l.typ, l.name, l.handler); err != nil {
			return err
		}
	}
	return nil
}

// openFiles opens the first file of an input or a drop.
func (a *App) openFiles(holder safejs.Value) error {
	list, err := holder.Get("files")
	if err != nil || list.IsNull() || list.IsUndefined() {
		return err
	}
	files := jsFiles(a, list)
	if len(files) == 0 {
		return nil
	}
	if len(files) > 1 {
		a.msgs.Show(Message{Key: "open-many", Kind: KindInfo, Text: fmt.Sprintf("%d files were given; opening only the first.", len(files))})
	}
	return a.readFile(files[0], "open file", func(name string, data []byte) {
		a.openBytes(name, data, "“"+name+"”")
	})
}

// readFile reads a file (from the picker or a drop) and hands its bytes to
// use in a goroutine of its own; a file over editor.MaxOpenSize is refused
// before it is read, so a huge file costs nothing, and a file that cannot
// be read is reported. The bytes are read exactly (no text decoding by the
// browser) and checked by use.
func (a *App) readFile(f profiledialog.File, task string, use func(name string, data []byte)) error {
	if f.Size() > editor.MaxOpenSize {
		a.refuse(editor.TooLarge(f.Name(), f.Size()))
		return nil
	}
	a.goGuard(task, func() error {
		data, err := f.Read()
		if err != nil {
			a.refuse(fmt.Errorf("%s:1: could not be read: %v", f.Name(), err))
			return nil
		}
		use(f.Name(), data)
		return nil
	})
	return nil
}

// openBytes opens data as a new draft (workspace.Workspace.OpenGiven), or
// says why not.
func (a *App) openBytes(name string, data []byte, what string) {
	if err := a.ws.OpenGiven(name, data, what); err != nil {
		a.refuse(err)
		return
	}
	a.msgs.DismissKey("refused")
}

// refuse tells why input was not opened; the current draft is untouched.
func (a *App) refuse(err error) {
	a.msgs.Show(Message{Key: "refused", Kind: KindError, Text: "Not opened: " + err.Error() + ". Your current draft is unchanged."})
}

// bytesFromJS copies an ArrayBuffer into Go.
func bytesFromJS(buf safejs.Value) ([]byte, error) {
	ctor, err := safejs.Global().Get("Uint8Array")
	if err != nil {
		return nil, err
	}
	u8, err := ctor.New(buf)
	if err != nil {
		return nil, err
	}
	n, err := u8.Length()
	if err != nil {
		return nil, err
	}
	data := make([]byte, n)
	if _, err := safejs.CopyBytesToGo(data, u8); err != nil {
		return nil, err
	}
	return data, nil
}

// hasFiles tells whether a drag carries files (not text or a link).
func hasFiles(ev safejs.Value) bool {
	dt, err := ev.Get("dataTransfer")
	if err != nil || dt.IsNull() || dt.IsUndefined() {
		return false
	}
	types, err := dt.Get("types")
	if err != nil {
		return false
	}
	has, err := types.Call("includes", "Files")
	if err != nil {
		return false
	}
	b, _ := has.Bool()
	return b
}

func (a *App) dragOver(ev safejs.Value) error {
	if !hasFiles(ev) {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil { // allows the drop
		return err
	}
	return a.dragging(true)
}

// dragging marks the page while a file is dragged over it.
func (a *App) dragging(on bool) error {
	list, err := jsOf(a.els.Root).Get("classList")
	if err == nil {
		_, err = list.Call("toggle", "dragging", on)
	}
	return err
}

func (a *App) drop(ev safejs.Value) error {
	if err := a.dragging(false); err != nil || !hasFiles(ev) {
		return err
	}
	if _, err := ev.Call("preventDefault"); err != nil { // the browser would navigate to the file
		return err
	}
	dt, err := ev.Get("dataTransfer")
	if err != nil {
		return err
	}
	return a.openFiles(dt)
}

// pasteIntoPage opens text pasted while no text field has the focus.
func (a *App) pasteIntoPage(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	if isTextField(target) {
		return nil
	}
	cd, err := ev.Get("clipboardData")
	if err != nil || cd.IsNull() || cd.IsUndefined() {
		return err
	}
	text, err := cd.Call("getData", "text/plain")
	if err != nil {
		return err
	}
	s, err := text.String()
	if err != nil || s == "" {
		return err
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	a.openBytes("pasted text", []byte(s), "the pasted text")
	return nil
}

// isTextField reports whether el takes typed text (a paste there is not
// a document to open).
func isTextField(el safejs.Value) bool {
	switch stringProp(el, "tagName", "") {
	case "TEXTAREA", "INPUT", "SELECT":
		return true
	}
	return truthy(el.Get("isContentEditable"))
}

// openPasted opens the text of the "Open from text" dialog.
func (a *App) openPasted(safejs.Value) error {
	text := a.els.PasteText.Value()
	if err := a.model.Check("pasted text", []byte(text)); err != nil {
		a.refuse(err) // the dialog stays open with the text
		return nil
	}
	a.els.PasteDialog.Close()
	a.openBytes("pasted text", []byte(text), "the pasted text")
	return nil
}

// stringProp reads a string property, with a fallback.
func stringProp(v safejs.Value, prop, fallback string) string {
	p, err := v.Get(prop)
	if err != nil {
		return fallback
	}
	s, err := p.String()
	if err != nil || s == "" {
		return fallback
	}
	return s
}
