// Package registersview is the page's Registers dialog: it builds the
// registers (core/registers) of the minutes files the page reads for it
// and shows them, the items table (sorted by a click on a header, filtered
// by the boxes above it), the decisions, and each person's attendance with
// its chart. A click on an item or a decision opens its minutes file at its
// line. Once built, the registers mark the stale items of the next agenda
// (editor.Model.Carried), and are kept in the browser's storage (kept.go),
// so that the dialog shows them again after a reload.
//
// The files are read by the page (package wasm: the pickers and a drop);
// the rest is here, written against package ui and tested natively.
package registersview

import (
	"fmt"
	"strconv"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// SliceBudget is how long the Builder runs before the page gets the main
// thread back: well under the 200 ms after which a page feels stuck, and
// long enough that a history of a few hundred meetings takes few slices.
const SliceBudget = 40 * time.Millisecond

// Host is what the view needs of the page.
type Host interface {
	// Open opens src, a minutes file, as a new draft with the caret at
	// at; what names it in the page's message.
	Open(src, what string, at editor.Cursor) error
	// Yield gives the main thread back to the browser (its events, a
	// paint) until a later task.
	Yield()
	// Go runs fn apart from the event being handled, where it may Yield
	// (a goroutine, in the browser), and reports its error.
	Go(fn func() error)
}

// Config is what New needs.
type Config struct {
	Page ui.Document
	Host Host
	// Model's profile says which files are minutes; its Carried is set
	// once the registers are built.
	Model *editor.Model
	// Store keeps the last registers built (under StoreKey); nil keeps
	// none.
	Store editor.Store
	Now   func() time.Time // nil: time.Now
	Slice time.Duration    // 0: SliceBudget
}

// View is the dialog and its state: the registers shown, the files they
// come from (by name) and the table's order and filter.
type View struct {
	cfg   Config
	els   map[string]ui.Node
	reg   *registers.Registers
	items []registers.Item
	files map[string][]byte
	texts map[string]string // the items' texts rendered (span), kept for every redraw

	order    registers.Order
	filter   registers.Filter
	build    int  // counts builds, so that a later choice wins over one running
	restored bool // the kept registers were looked for
}

// ids are the dialog's elements.
var ids = []string{"act-registers", "registers-dialog", "registers-body", "registers-problem", "registers-status",
	"registers-close", "registers-find", "registers-state", "registers-owner", "registers-items", "registers-decisions",
	"registers-people", "registers-kept", "registers-kept-text", "registers-clear"}

// New binds the dialog, on a page that has it (else it returns nil).
func New(cfg Config) (*View, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Slice == 0 {
		cfg.Slice = SliceBudget
	}
	v := &View{cfg: cfg, els: map[string]ui.Node{}, order: registers.Order{By: registers.ByMeetings, Desc: true},
		filter: registers.Filter{State: registers.OpenOnly}}
	for _, id := range ids {
		if v.els[id] = cfg.Page.ByID(id); v.els[id] == nil {
			return nil, nil
		}
	}
	refilter := func(ui.Event) error { v.refilter(); return nil }
	listeners := []struct {
		id, typ string
		fn      func(ui.Event) error
	}{
		{"act-registers", "click", func(ui.Event) error { v.Show(); return nil }},
		{"registers-close", "click", func(ui.Event) error { v.els["registers-dialog"].Close(); return nil }},
		{"registers-clear", "click", func(ui.Event) error { v.forget(); return nil }},
		{"registers-find", "input", refilter},
		{"registers-state", "change", refilter},
		{"registers-owner", "change", refilter},
		{"registers-body", "click", v.click},
	}
	for _, l := range listeners {
		if err := v.els[l.id].Listen(l.typ, "Registers", l.fn); err != nil {
			return nil, err
		}
	}
	v.els["act-registers"].RemoveAttr("disabled")
	return v, nil
}

// Show opens the dialog; the first time, it shows the registers kept in
// the browser, if any.
func (v *View) Show() {
	v.els["registers-dialog"].ShowModal()
	if v.restored || v.reg != nil {
		return
	}
	v.restored = true
	if files, k, ok := v.loadKept(); ok {
		v.cfg.Host.Go(func() error { return v.run(files, k, false) })
	}
}

// Build builds the registers of files chosen or dropped, shows them and
// keeps them. It yields the main thread between slices of the work (call
// it apart from an event: Host.Go); a later Build stops it.
func (v *View) Build(files []registers.File) error {
	return v.run(files, Kept{Files: len(files), Built: v.cfg.Now()}, true)
}

// Problem shows text in the dialog's problem line, hidden when empty.
func (v *View) Problem(text string) {
	el := v.els["registers-problem"]
	el.SetText(text)
	el.SetBool("hidden", text == "")
}

// run builds the registers of files in slices, yielding between them,
// and shows them, from k; keep stores them.
func (v *View) run(files []registers.File, k Kept, keep bool) error {
	v.build++
	build := v.build
	p := v.cfg.Model.Profile
	b := registers.NewBuilder(files, p)
	if _, total := b.Meetings(); total == 0 {
		v.Problem("None of these files is named like the group's minutes (" + p.Site.FileName + ").")
		return nil
	}
	v.Problem("")
	for !b.Finished() {
		start := time.Now()
		for done := false; !done; done = b.Finished() || time.Since(start) >= v.cfg.Slice { // a step at least
			if err := b.Step(); err != nil {
				v.Problem(err.Error())
				return nil
			}
		}
		read, total := b.Meetings()
		v.els["registers-status"].SetText(fmt.Sprintf("Reading the minutes: %d of %d meetings…", read, total))
		v.cfg.Host.Yield()
		if build != v.build {
			return nil
		}
	}
	v.reg, v.texts = b.Registers(), map[string]string{}
	v.files = map[string][]byte{}
	for _, f := range files {
		v.files[f.Name] = f.Src
	}
	// The view is made in parts, the page getting the main thread back
	// between them: with a long history each is a few tens of ms.
	parts := []func(){
		func() {
			v.items = v.reg.Items(p.Meeting.Stale())
			v.els["registers-status"].SetText(SummaryText(v.reg))
			v.els["registers-owner"].SetHTML(OwnerOptionsHTML(registers.Owners(v.items), v.filter.Owner))
		},
		func() {
			// Rendering a text is a Markdown parse: hundreds of them
			// are done in slices too, and once.
			start := time.Now()
			for _, it := range v.items {
				v.text(it.Text)
				if time.Since(start) >= v.cfg.Slice {
					v.cfg.Host.Yield()
					start = time.Now()
				}
			}
		},
		func() {
			v.refilter() // filters typed while the registers were built apply
			v.els["registers-body"].SetBool("hidden", false)
		},
		func() { v.els["registers-decisions"].SetHTML(DecisionsHTML(v.reg)) },
		func() { v.els["registers-people"].SetHTML(AttendanceHTML(v.reg)) },
		func() { v.cfg.Model.Carried = v.reg.Carried(p) },
		func() {
			if keep {
				v.keep(files, k)
			} else {
				v.showKept(k)
			}
		},
	}
	for _, part := range parts {
		if build != v.build {
			return nil
		}
		part()
		v.cfg.Host.Yield()
	}
	return nil
}

// showItems redraws the items table with the order and filter.
func (v *View) showItems() {
	rows := registers.Select(v.items, v.filter, v.order)
	v.els["registers-items"].SetHTML(itemsHTML(rows, v.order, len(v.items), v.text))
}

// text is an item's text rendered, once per text.
func (v *View) text(s string) string {
	h, ok := v.texts[s]
	if !ok {
		if v.texts == nil {
			v.texts = map[string]string{}
		}
		h = span(s)
		v.texts[s] = h
	}
	return h
}

// refilter reads the filter boxes and redraws the table.
func (v *View) refilter() {
	if v.reg == nil {
		return
	}
	v.filter = registers.Filter{
		Text:  v.els["registers-find"].Value(),
		State: registers.State(v.els["registers-state"].Value()),
		Owner: v.els["registers-owner"].Value(),
	}
	v.showItems()
}

// click sorts by a header clicked, or opens the line of an item or a
// decision clicked: its button, or the item's text but for a link in it
// or the end of a selection.
func (v *View) click(ev ui.Event) error {
	t := ev.Target()
	if t == nil {
		return nil
	}
	if b := t.Closest("button[data-sort]"); b != nil {
		v.order = v.order.Toggle(registers.Column(b.Attr("data-sort")))
		v.showItems()
		// The table was redrawn: the focus goes to the same header again.
		if h := v.els["registers-items"].QueryAll(`button[data-sort="` + string(v.order.By) + `"]`); len(h) > 0 {
			h[0].Focus()
		}
		return nil
	}
	if t.Closest("a") != nil {
		return nil
	}
	b := t.Closest("button.reg-open")
	if b == nil {
		if b = t.Closest("td.reg-item"); b == nil || v.cfg.Page.TextSelected() {
			return nil
		}
	}
	line, _ := strconv.Atoi(b.Attr("data-line"))
	return v.open(b.Attr("data-file"), line)
}

// open opens a minutes file of the folder as a new draft, at line.
func (v *View) open(name string, line int) error {
	src, ok := v.files[name]
	if !ok {
		v.Problem(name + " is not among the files chosen.")
		return nil
	}
	if err := v.cfg.Model.Check(name, src); err != nil {
		v.Problem(err.Error())
		return nil
	}
	doc, err := core.Parse(src, core.WithName(name))
	if err != nil {
		v.Problem(err.Error())
		return nil
	}
	v.els["registers-dialog"].Close()
	return v.cfg.Host.Open(string(src), "“"+name+"” at line "+strconv.Itoa(line), editor.CursorAtLine(doc, line))
}
