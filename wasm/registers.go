//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
)

// The Registers dialog builds the registers (core/registers) of the
// minutes files the scribe chooses — the whole meetings folder, say — and
// shows them as the page minutes registers --md writes, rendered.

// bindRegisters wires the dialog, on a page that has it.
func (a *App) bindRegisters() error {
	els, ok := lookUp("act-registers", "registers-dialog", "registers-files", "registers-body", "registers-problem", "registers-close")
	if !ok {
		return nil
	}
	open, dialog, files, body, problem, closeB := els[0], els[1], els[2], els[3], els[4], els[5]
	if _, err := open.Call("removeAttribute", "disabled"); err != nil {
		return err
	}
	listenAll(a, "Registers", []listener{
		{open, "click", func(safejs.Value) error { _, err := dialog.Call("showModal"); return err }},
		{closeB, "click", func(safejs.Value) error { _, err := dialog.Call("close"); return err }},
		{files, "change", func(safejs.Value) error { return a.buildRegisters(files, body, problem) }},
		{body, "click", func(ev safejs.Value) error {
			// Links name minutes files of the folder, not pages of this site.
			if _, ok := clicked(ev, "a[href]"); ok {
				_, err := ev.Call("preventDefault")
				return err
			}
			return nil
		}},
	})
	return nil
}

// buildRegisters reads the chosen files and shows their registers.
func (a *App) buildRegisters(input, body, problem safejs.Value) error {
	list, err := input.Get("files")
	if err != nil {
		return err
	}
	n, err := list.Length()
	if err != nil || n == 0 {
		return err
	}
	type pending struct {
		name    string
		promise safejs.Value
	}
	var reads []pending
	for i := 0; i < n; i++ {
		f, err := list.Index(i)
		if err != nil {
			return err
		}
		name := stringProp(f, "name", "file")
		if size, _ := f.Get("size"); floatOf(size) > editor.MaxOpenSize {
			continue // not minutes
		}
		p, err := f.Call("arrayBuffer")
		if err != nil {
			return err
		}
		reads = append(reads, pending{name, p})
	}
	a.goGuard("registers", func() error {
		var in []registers.File
		for _, r := range reads {
			buf, err := a.Await(r.promise)
			if err != nil {
				return show(problem, fmt.Sprintf("%s could not be read: %v", r.name, err))
			}
			data, err := bytesFromJS(buf)
			if err != nil {
				return err
			}
			in = append(in, registers.File{Name: r.name, Src: data})
		}
		reg, err := registers.Build(in, a.profile)
		if err != nil {
			return show(problem, err.Error())
		}
		if len(reg.Meetings) == 0 {
			return show(problem, "None of these files is named like the group's minutes ("+a.profile.Site.FileName+").")
		}
		if err := show(problem, ""); err != nil {
			return err
		}
		md := registers.Markdown(reg, a.profile)
		html := preview.HoldImages(preview.Render([]byte(md), preview.WithProfileSite(a.profile), preview.WithAlignAttribute(true)))
		return fill(body, html)
	})
	return nil
}

// show puts text in a problem paragraph, hidden when empty.
func show(el safejs.Value, text string) error {
	if err := el.Set("textContent", text); err != nil {
		return err
	}
	return el.Set("hidden", text == "")
}

func floatOf(v safejs.Value) float64 {
	f, _ := v.Float()
	return f
}
