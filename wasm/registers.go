//go:build js && wasm

package main

import (
	"fmt"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
)

// The Registers dialog builds the registers (core/registers) of the
// minutes folder or files the scribe chooses and shows them: the items
// table (sorted by a click on a header, filtered by the boxes above it),
// the decisions, and each person's attendance with its chart. Everything
// shown is HTML core/registers makes; this file reads the files, runs the
// Builder in slices, puts the HTML in place and passes clicks back. A
// click on an item or a decision opens its minutes file, from the files
// chosen, at its line. Once built, the registers also mark the stale
// items of the next agenda (editor.Model.Carried).

// sliceBudget is how long the Builder runs before the page gets the main
// thread back: well under the 200 ms after which a page feels stuck, and
// long enough that a history of a few hundred meetings takes few slices.
const sliceBudget = 40 * time.Millisecond

// registersView is the dialog's state: the registers built, the files
// they come from (by name) and the table's order and filter.
type registersView struct {
	a      *App
	els    map[string]safejs.Value
	reg    *registers.Registers
	items  []registers.Item
	files  map[string][]byte
	order  registers.Order
	filter registers.Filter
	build  int // counts builds, so that a later choice wins over one running
}

// registersIDs are the dialog's elements.
var registersIDs = []string{"act-registers", "registers-dialog", "registers-files", "registers-folder", "registers-body",
	"registers-problem", "registers-status", "registers-close", "registers-find", "registers-state", "registers-owner",
	"registers-items", "registers-decisions", "registers-people"}

// bindRegisters wires the dialog, on a page that has it.
func (a *App) bindRegisters() error {
	els, ok := lookUp(registersIDs...)
	if !ok {
		return nil
	}
	v := &registersView{a: a, els: map[string]safejs.Value{}, order: registers.Order{By: registers.ByMeetings, Desc: true},
		filter: registers.Filter{State: registers.OpenOnly}}
	for i, id := range registersIDs {
		v.els[id] = els[i]
	}
	if _, err := v.els["act-registers"].Call("removeAttribute", "disabled"); err != nil {
		return err
	}
	dialog := v.els["registers-dialog"]
	listenAll(a, "Registers", []listener{
		{v.els["act-registers"], "click", func(safejs.Value) error { _, err := dialog.Call("showModal"); return err }},
		{v.els["registers-close"], "click", func(safejs.Value) error { _, err := dialog.Call("close"); return err }},
		{v.els["registers-files"], "change", func(safejs.Value) error { return v.read(v.els["registers-files"]) }},
		{v.els["registers-folder"], "change", func(safejs.Value) error { return v.read(v.els["registers-folder"]) }},
		{v.els["registers-find"], "input", func(safejs.Value) error { return v.refilter() }},
		{v.els["registers-state"], "change", func(safejs.Value) error { return v.refilter() }},
		{v.els["registers-owner"], "change", func(safejs.Value) error { return v.refilter() }},
		{v.els["registers-body"], "click", v.click},
	})
	return nil
}

// read reads the files an input holds and builds their registers.
func (v *registersView) read(input safejs.Value) error {
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
		name := stringProp(f, "webkitRelativePath", "")
		if name == "" {
			name = stringProp(f, "name", "file")
		}
		if size, _ := f.Get("size"); floatOf(size) > editor.MaxOpenSize {
			continue // not minutes
		}
		p, err := f.Call("arrayBuffer")
		if err != nil {
			return err
		}
		reads = append(reads, pending{name, p})
	}
	v.build++
	build := v.build
	v.a.goGuard("registers", func() error {
		var in []registers.File
		for _, r := range reads {
			buf, err := v.a.Await(r.promise)
			if err != nil {
				return v.problem(fmt.Sprintf("%s could not be read: %v", r.name, err))
			}
			data, err := bytesFromJS(buf)
			if err != nil {
				return err
			}
			in = append(in, registers.File{Name: r.name, Src: data})
		}
		return v.run(build, in)
	})
	return nil
}

// run builds the registers of files in slices of sliceBudget, yielding
// the main thread between them, and shows them; a newer build stops it.
func (v *registersView) run(build int, files []registers.File) error {
	b := registers.NewBuilder(files, v.a.profile)
	if _, total := b.Meetings(); total == 0 {
		return v.problem("None of these files is named like the group's minutes (" + v.a.profile.Site.FileName + ").")
	}
	if err := v.problem(""); err != nil {
		return err
	}
	for !b.Finished() {
		start := time.Now()
		for !b.Finished() && time.Since(start) < sliceBudget {
			if err := b.Step(); err != nil {
				return v.problem(err.Error())
			}
		}
		read, total := b.Meetings()
		if err := v.els["registers-status"].Set("textContent", fmt.Sprintf("Reading the minutes: %d of %d meetings…", read, total)); err != nil {
			return err
		}
		v.yield()
		if build != v.build {
			return nil
		}
	}
	v.reg = b.Registers()
	v.files = map[string][]byte{}
	for _, f := range files {
		v.files[f.Name] = f.Src
	}
	// The view is made in parts, the page getting the main thread back
	// between them: with a long history each is a few tens of ms.
	parts := []func() error{
		func() error {
			v.items = v.reg.Items(v.a.profile.Meeting.Stale())
			if err := v.els["registers-status"].Set("textContent", registers.SummaryText(v.reg)); err != nil {
				return err
			}
			return v.els["registers-owner"].Set("innerHTML", registers.OwnerOptionsHTML(registers.Owners(v.items), v.filter.Owner))
		},
		func() error {
			// Filters typed while the registers were built apply.
			if err := v.refilter(); err != nil {
				return err
			}
			return v.els["registers-body"].Set("hidden", false)
		},
		func() error { return v.els["registers-decisions"].Set("innerHTML", registers.DecisionsHTML(v.reg)) },
		func() error { return v.els["registers-people"].Set("innerHTML", registers.AttendanceHTML(v.reg)) },
		func() error { v.a.model.Carried = v.reg.Carried(v.a.profile); return nil },
	}
	for _, part := range parts {
		if build != v.build {
			return nil
		}
		if err := part(); err != nil {
			return err
		}
		v.yield()
	}
	return nil
}

// yield gives the main thread back to the browser, which runs its events
// and paints, until the next task: scheduler.yield() where the browser has
// it (not throttled in a background tab, unlike timers), else a timer.
func (v *registersView) yield() {
	if sch, err := window().Get("scheduler"); err == nil && !sch.IsUndefined() {
		if y, err := sch.Get("yield"); err == nil && !y.IsUndefined() {
			if p, err := sch.Call("yield"); err == nil {
				if _, err := v.a.Await(p); err == nil {
					return
				}
			}
		}
	}
	time.Sleep(time.Millisecond)
}

// showItems redraws the items table with the order and filter.
func (v *registersView) showItems() error {
	rows := registers.Select(v.items, v.filter, v.order)
	return v.els["registers-items"].Set("innerHTML", registers.ItemsHTML(rows, v.order, len(v.items)))
}

// refilter reads the filter boxes and redraws the table.
func (v *registersView) refilter() error {
	if v.reg == nil {
		return nil
	}
	v.filter = registers.Filter{
		Text:  stringProp(v.els["registers-find"], "value", ""),
		State: registers.State(stringProp(v.els["registers-state"], "value", "")),
		Owner: stringProp(v.els["registers-owner"], "value", ""),
	}
	return v.showItems()
}

// click sorts by a header clicked, or opens the line of an item or a
// decision clicked.
func (v *registersView) click(ev safejs.Value) error {
	if b, ok := clicked(ev, "button[data-sort]"); ok {
		v.order = v.order.Toggle(registers.Column(attrOf(b, "data-sort")))
		if err := v.showItems(); err != nil {
			return err
		}
		// The table was redrawn: the focus goes to the same header again.
		if h, err := v.els["registers-items"].Call("querySelector", `button[data-sort="`+string(v.order.By)+`"]`); err == nil && !h.IsNull() {
			_, err = h.Call("focus")
			return err
		}
		return nil
	}
	if b, ok := clicked(ev, "button.reg-open"); ok {
		var line int
		fmt.Sscan(attrOf(b, "data-line"), &line)
		return v.open(attrOf(b, "data-file"), line)
	}
	return nil
}

// open opens a minutes file of the folder as a new draft, at line.
func (v *registersView) open(name string, line int) error {
	src, ok := v.files[name]
	if !ok {
		return v.problem(name + " is not among the files chosen.")
	}
	if err := v.a.model.Check(name, src); err != nil {
		return v.problem(err.Error())
	}
	doc, err := core.Parse(src, core.WithName(name))
	if err != nil {
		return v.problem(err.Error())
	}
	if _, err := v.els["registers-dialog"].Call("close"); err != nil {
		return err
	}
	at := editor.CursorAtLine(doc, line)
	v.a.openAsNewDraftAt(string(src), "“"+name+"” at line "+fmt.Sprint(line), at)
	if at.Field == "" {
		// No form field holds the line: the text box shows it selected.
		ta := jsOf(v.a.els.Markdown)
		if _, err := ta.Call("focus"); err != nil {
			return err
		}
		_, err := ta.Call("setSelectionRange", at.Start, at.End)
		return err
	}
	return nil
}

// problem shows text in the dialog's problem line, hidden when empty.
func (v *registersView) problem(text string) error {
	el := v.els["registers-problem"]
	if err := el.Set("textContent", text); err != nil {
		return err
	}
	return el.Set("hidden", text == "")
}

// attrOf returns an element's attribute, "" when it has none.
func attrOf(el safejs.Value, name string) string {
	v, err := el.Call("getAttribute", name)
	if err != nil || v.IsNull() {
		return ""
	}
	s, _ := v.String()
	return s
}

func floatOf(v safejs.Value) float64 {
	f, _ := v.Float()
	return f
}
