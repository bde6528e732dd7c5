//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// formPanel is the form in the Editor region: the meeting's facts and
// people (form_facts.go, form_people.go), and the document's sections with
// their items (this file and form_sync.go), every edit made with a core
// operation through Editor.Apply (form_edit.go, form_keys.go).
//
// The form is kept in step with the document section by section: each
// section (a heading and its blocks up to the next heading, the part
// Document.Update re-parses) is one element of the section list, rendered
// as HTML text. After a change, sections the change did not touch keep
// their identity in the model and their element in the page; the others
// are rendered again and their markup compared with what the page shows,
// so that a keystroke, which the page already shows, touches nothing.
type formPanel struct {
	ed   *Editor
	prof *profile.Profile

	bound, off bool     // listeners bound; off: the page has no form
	list       js.Value // the section list
	itemTools  js.Value // the item actions, moved into the focused item's row
	secTools   js.Value // the section actions, moved into the focused heading
	parking    js.Value // where the tools wait, hidden

	views      []*secView // in document order
	pointing   bool       // a pointer went down: the focus that follows is a click
	tookEnter  bool       // the form took an Enter: its line break goes nowhere
	bySec      map[*core.Section]*secView
	byID       map[int]*secView
	nextID     int
	generation int // counts builds: a batch of an older build is dropped

	pending *pendingEdit // the edit being applied, which the page shows already
	target  *focusTarget // where the focus goes after the edit being applied
	replay  bool         // the change shown is an undo or redo asked from the form

	facts      factsView
	people     peopleView
	factsTimer *time.Timer
	factsSoon  bool // refresh the facts right after the edit being applied
}

// secView is the form's element for one section.
type secView struct {
	id     int
	sec    *core.Section
	blocks []*core.Block // the section's blocks when rendered
	items  []*core.Item  // in render order: data-i
	html   string        // the markup shown
	pos    int           // index in formPanel.views
	lazy   bool          // not rendered yet (a long document just opened)
}

// pendingEdit is an edit the page shows already (the user typed it or
// clicked the box): its section need not be rendered again if nothing
// else changed.
type pendingEdit struct {
	view    *secView
	ov      override
	newText string
}

// focusTarget is what gets the focus after a structural edit: an item (by
// path) or a section (by path), and which of its fields.
type focusTarget struct {
	item, section string
	isItem        bool
	field         byte // 'i' text, 'b' box, 't' title, 'm' time
	caret         int  // -1: the end
}

// newFormPanel makes the form; it binds to the page on the first Show,
// when the app exists.
func newFormPanel(e *Editor) (Panel, error) {
	return &formPanel{ed: e, prof: e.profile, bySec: map[*core.Section]*secView{}, byID: map[int]*secView{}}, nil
}

// ready binds the form to the page once; it reports false when the page
// has no form (a test page with another shell).
func (p *formPanel) ready() bool {
	if p.bound {
		return !p.off
	}
	p.bound = true
	p.list = byID("section-list")
	p.itemTools, p.secTools, p.parking = byID("item-tools"), byID("section-tools"), byID("form-parking")
	root := byID("editor")
	if !present(p.list) || !present(root) || !present(p.itemTools) || !present(p.secTools) || !p.facts.bind() || !p.people.bind() {
		p.off = true
		return false
	}
	handlers := []struct {
		typ string
		fn  func(ev js.Value) error
	}{
		{"input", p.onInput}, {"change", p.onChange}, {"click", p.onClick},
		{"keydown", p.onKeyDown}, {"focusin", p.onFocusIn}, {"pointerdown", p.onPointerDown},
		{"beforeinput", p.onBeforeInput}, {"paste", p.onPaste},
	}
	for _, h := range handlers {
		fn := h.fn
		if _, err := p.ed.app.Listen(safejs.Safe(root), h.typ, "form "+h.typ, func(ev safejs.Value) error { return fn(jsv(ev)) }); err != nil {
			p.off = true
			p.ed.app.fail("form", err, nil)
			return false
		}
	}
	p.people.fillRoster(p.prof.Handles())
	if b := byID("form-add-section"); present(b) {
		b.Call("removeAttribute", "disabled")
	}
	p.facts.enable()
	return true
}

// doc is the document shown.
func (p *formPanel) doc() *core.Document { return p.ed.Doc() }

// Show implements Panel.
func (p *formPanel) Show(doc *core.Document, ch core.Change, origin Origin) {
	if !p.ready() {
		return
	}
	if ch == nil {
		p.build(doc)
		p.refreshFacts()
		return
	}
	p.sync(doc)
	p.focusTarget(doc)
	if p.replay {
		p.replay = false
		p.focusChange(doc, ch)
	}
	switch {
	case p.factsSoon:
		p.factsSoon = false
		p.refreshFacts()
	case p.pending == nil || !p.pending.quiet():
		p.scheduleFacts()
	}
}

// quiet reports whether an own edit cannot have changed the facts: item
// or paragraph text with no handle, digit or colon in the old or new text
// (names, dates and labels all have one).
func (pe *pendingEdit) quiet() bool {
	if pe.ov.kind != 'i' && pe.ov.kind != 'p' {
		return false
	}
	return !mayStateFacts(pe.ov.text) && !mayStateFacts(pe.newText)
}

func mayStateFacts(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '@' || c == ':' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// factsDelay is how long the facts wait after an edit: recomputing them
// reads the whole document, which a keystroke must not pay for.
const factsDelay = 300 * time.Millisecond

// scheduleFacts refreshes the facts after a quiet moment.
func (p *formPanel) scheduleFacts() {
	if p.factsTimer != nil {
		p.factsTimer.Stop()
	}
	p.factsTimer = time.AfterFunc(factsDelay, func() {
		p.ed.app.guard("form facts", func() error {
			p.factsTimer = nil
			p.refreshFacts()
			return nil
		})
	})
}

// refreshFacts shows the current document's facts and people.
func (p *formPanel) refreshFacts() {
	if p.factsTimer != nil {
		p.factsTimer.Stop()
		p.factsTimer = nil
	}
	doc := p.doc()
	if doc == nil {
		return
	}
	f := doc.Facts()
	p.facts.show(f, p.prof)
	p.people.show(f, p.prof)
}

// chunks returns the parts of the document the form shows, in order: the
// text before the first heading, then every section.
func chunks(doc *core.Document) []*core.Section {
	return append([]*core.Section{doc.Root}, doc.Sections()...)
}

// openBudget is how much markup the form renders at once when a document
// opens: the largest real minutes fit in it. A longer document shows its
// first sections at once and the others a batch per task after, so that
// the page answers while they arrive.
const openBudget = 96 << 10

// build renders the form for a new document.
func (p *formPanel) build(doc *core.Document) {
	p.parkTools()
	clear(p.bySec)
	clear(p.byID)
	p.views = p.views[:0]
	p.generation++
	budget, lazy := openBudget, false
	var b []byte
	for _, s := range chunks(doc) {
		v := p.newView(s)
		if budget > 0 {
			v.html, v.items = renderSection(doc, v.id, s, override{})
			budget -= len(v.html)
		} else {
			v.lazy, lazy = true, true
		}
		b = append(b, `<li class="`...)
		b = append(b, sectionClass(s)...)
		b = append(b, `" id="fs-`...)
		b = strconv.AppendInt(b, int64(v.id), 10)
		b = append(b, `" data-s="`...)
		b = strconv.AppendInt(b, int64(v.id), 10)
		b = append(b, `">`...)
		b = append(b, v.html...)
		b = append(b, `</li>`...)
	}
	p.list.Set("innerHTML", string(b))
	if lazy {
		p.fillLater(p.generation)
	}
}

// fillLater renders the next batch of sections not rendered yet, in a
// task of its own, unless another document was opened since.
func (p *formPanel) fillLater(generation int) {
	time.AfterFunc(0, func() {
		p.ed.app.guard("form fill", func() error {
			if generation != p.generation {
				return nil
			}
			budget := openBudget
			for _, v := range p.views {
				if !v.lazy {
					continue
				}
				if budget <= 0 {
					p.fillLater(generation)
					return nil
				}
				p.render(v)
				budget -= len(v.html)
			}
			return nil
		})
	})
}

// render renders a section not rendered yet (when its turn comes, or at
// once when something needs its fields).
func (p *formPanel) render(v *secView) {
	if v == nil || !v.lazy {
		return
	}
	v.lazy = false
	v.html, v.items = renderSection(p.doc(), v.id, v.sec, override{})
	v.element().Set("innerHTML", v.html)
}

// newView makes the view of a section, not yet in the page.
func (p *formPanel) newView(s *core.Section) *secView {
	p.nextID++
	v := &secView{id: p.nextID, sec: s, blocks: append([]*core.Block(nil), s.Blocks...), pos: len(p.views)}
	p.views = append(p.views, v)
	p.bySec[s] = v
	p.byID[v.id] = v
	return v
}

// element returns a view's list element.
func (v *secView) element() js.Value { return byID("fs-" + strconv.Itoa(v.id)) }

// valid reports whether the view still shows section s as it is: the same
// section with the same blocks (the text before the first heading is the
// same Section, with new blocks, when it was parsed again).
func (v *secView) valid(s *core.Section) bool {
	if v.sec != s || len(v.blocks) != len(s.Blocks) {
		return false
	}
	for i, b := range s.Blocks {
		if v.blocks[i] != b {
			return false
		}
	}
	return true
}

// indexOf returns the render index of item it in the view, or -1.
func (v *secView) indexOf(it *core.Item) int {
	for k, x := range v.items {
		if x == it {
			return k
		}
	}
	return -1
}

// fieldID returns the element id of a field of the view: 'i' the text of
// item k, 't' the title, 'm' the time, 'p' paragraph k, 'a' the add button.
func (v *secView) fieldID(field byte, k int) string {
	id := strconv.Itoa(v.id)
	switch field {
	case 'i', 'b':
		return "fi-" + id + "-" + strconv.Itoa(k)
	case 'p':
		return "fp-" + id + "-" + strconv.Itoa(k)
	case 'm':
		return "fm-" + id
	case 'a':
		return "fa-" + id
	}
	return "ft-" + id
}

// viewOfItem returns the view showing it and its render index.
func (p *formPanel) viewOfItem(doc *core.Document, it *core.Item) (*secView, int) {
	v := p.bySec[doc.SectionOf(it)]
	if v == nil {
		return nil, -1
	}
	p.render(v)
	return v, v.indexOf(it)
}

// ShowSection brings the user back to a section (after a reload): it is
// scrolled into view and its heading focused.
func (p *formPanel) ShowSection(path string) {
	doc := p.doc()
	if doc == nil || !p.ready() {
		return
	}
	s := doc.SectionByPath(path)
	v := p.bySec[s]
	if s == nil || v == nil {
		return
	}
	p.render(v)
	el := byID(v.fieldID('t', 0))
	if !present(el) {
		el = byID(v.fieldID('a', 0))
	}
	if present(el) {
		el.Call("scrollIntoView", map[string]any{"block": "start"})
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}

// Reveal focuses what is at a 1-based line: an item's text, a heading, a
// paragraph, or the meeting facts for the front matter. Lint findings and
// action items call it.
func (p *formPanel) Reveal(line int) {
	doc := p.doc()
	if doc == nil || !p.ready() || line < 1 {
		return
	}
	p.ed.app.showPanel("editor")
	off := doc.LineStart(line)
	if off < doc.BodyStart {
		p.facts.focus()
		return
	}
	var el js.Value
	if it := doc.ItemAt(off); it != nil {
		if v, k := p.viewOfItem(doc, it); k >= 0 {
			el = byID(v.fieldID('i', k))
		}
	}
	if !present(el) {
		if v := p.bySec[doc.SectionAt(off)]; v != nil {
			p.render(v)
			el = byID(v.fieldID('t', 0))
			for i, b := range v.sec.Blocks {
				if b.Kind == core.Paragraph && b.Line <= line && doc.Line(max(b.Span.End-1, b.Span.Start)) >= line {
					el = byID(v.fieldID('p', i))
				}
			}
			if !present(el) {
				el = byID(v.fieldID('a', 0))
			}
		}
	}
	if present(el) {
		el.Call("scrollIntoView", map[string]any{"block": "center"})
		el.Call("focus", map[string]any{"preventScroll": true})
	}
}
