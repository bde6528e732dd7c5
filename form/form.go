// Package form is the editor page's form: the meeting's date, time,
// title and people, and the document's sections and items as fields, each
// edit made with a core operation given to the editor's session. It is
// written against package ui, so its logic runs and is tested natively
// (on uitest's in-memory page); the page's program gives it the browser's
// DOM.
package form

import (
	"strconv"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Form is the form of the editor page: the meeting's facts and people
// (facts.go, people.go), and the document's sections with their items
// (this file and sync.go), every edit made with a core operation given to
// the session (edit.go, keys.go, paste.go).
//
// The form is kept in step with the document section by section: each
// section (a heading and its blocks up to the next heading, the part
// Document.Update re-parses) is one element of the section list, rendered
// as HTML text (one SetHTML per section is far cheaper than thousands of
// elements made one by one). After a change, sections the change did not
// touch keep their identity in the model and their element in the page;
// the others are rendered again and their markup compared with what the
// page shows, so that a keystroke, which the page already shows, touches
// nothing. Every event is handled by a few delegated listeners on the
// editor region.
type Form struct {
	page    ui.Document
	session *editor.Session
	host    Host
	tasks   ui.Tasks
	prof    *profile.Profile
	now     func() time.Time

	atOnce, batch int  // see openAtOnce and fillBatch (tests change them)
	filling       bool // a batch of lazy sections is queued
	budget        int  // markup sync may still render at once
	lazyMade      bool // sync left new sections to render later

	bound, off  bool    // listeners bound; off: the page has no form
	list        ui.Node // the section list
	itemTools   ui.Node // the item actions, moved into the focused item's row
	secTools    ui.Node // the section actions, moved into the focused heading
	itemSet     toolSet // what itemTools' buttons show
	secSet      toolSet // what secTools' buttons show
	labelsStale bool    // typing changed what the tools' labels name
	stopLabels  func()  // cancels the pending relabel
	labelsTyped bool    // typing went on after the relabel's timer was set

	focusSaved bool    // sync noted the focus before replacing an element
	focusID    string  // the focused field's id then
	focusCaret int     // and its caret
	parking    ui.Node // where the tools wait, hidden

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
	stopFacts  func() // cancels the pending refresh of the facts
	factsSoon  bool   // refresh the facts right after the edit being applied
	factsTyped bool   // an edit came after the facts' timer was set
}

// Host is what the form needs of the page around it.
type Host interface {
	// Say shows a message.
	Say(ui.Message)
	// AddToRoster adds a handle to the group's roster, kept by the page.
	AddToRoster(handle string) error
	// ShowEditor shows the form's panel (on a narrow screen, where the
	// form and the preview are tabs).
	ShowEditor()
	// After runs fn after d, as an event handler (its failure reported
	// like one's), and returns a function that cancels it.
	After(d time.Duration, name string, fn func()) (stop func())
	// SetSection records the section the user is in (the cursor hint
	// kept with the draft).
	SetSection(path string)
}

// Config is what New needs.
type Config struct {
	Page    ui.Document
	Session *editor.Session
	Profile *profile.Profile
	Host    Host
	// Tasks runs the batches of a long document, each in a task of its
	// own; nil: everything at once.
	Tasks ui.Tasks
	Now   func() time.Time // the clock of the Now button; nil: time.Now
}

// New makes the form; it binds to the page on the first Show.
func New(cfg Config) *Form {
	p := &Form{page: cfg.Page, session: cfg.Session, host: cfg.Host, tasks: cfg.Tasks, prof: cfg.Profile, now: cfg.Now,
		atOnce: openAtOnce, batch: fillBatch, bySec: map[*core.Section]*secView{}, byID: map[int]*secView{}}
	if p.tasks == nil {
		p.tasks = ui.AtOnce{}
	}
	if p.now == nil {
		p.now = time.Now
	}
	if p.prof == nil {
		p.prof = profile.Default()
	}
	return p
}

// secView is the form's element for one section.
type secView struct {
	id     int
	sec    *core.Section
	blocks []*core.Block // the section's blocks when rendered
	items  []*core.Item  // in render order: data-i
	html   string        // the markup shown
	pos    int           // index in Form.views
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
	field         field // fieldText, fieldBox, fieldTitle or fieldTime
	caret         int   // -1: the end
}

// field is a kind of field of a section's element.
type field int

// The fields of a section's element.
const (
	fieldNone  field = iota
	fieldText        // an item's text
	fieldBox         // an item's checkbox
	fieldTitle       // the heading's title
	fieldTime        // the heading's time
	fieldPara        // a paragraph
	fieldAdd         // the Add item button
)

// ready binds the form to the page once; it reports false when the page
// has no form (a test page with another shell).
func (p *Form) ready() bool {
	if p.bound {
		return !p.off
	}
	p.bound = true
	p.list = p.page.ByID("section-list")
	p.itemTools, p.secTools, p.parking = p.page.ByID("item-tools"), p.page.ByID("section-tools"), p.page.ByID("form-parking")
	root := p.page.ByID("editor")
	if p.list == nil || root == nil || p.itemTools == nil || p.secTools == nil || !p.facts.bind(p.page) || !p.people.bind(p.page) {
		p.off = true
		return false
	}
	handlers := []struct {
		typ string
		fn  func(ev ui.Event) error
	}{
		{"input", p.onInput}, {"change", p.onChange}, {"click", p.onClick},
		{"keydown", p.onKeyDown}, {"focusin", p.onFocusIn}, {"pointerdown", p.onPointerDown},
		{"beforeinput", p.onBeforeInput}, {"paste", p.onPaste},
	}
	for _, h := range handlers {
		if err := root.Listen(h.typ, "form "+h.typ, h.fn); err != nil {
			p.off = true
			p.host.Say(ui.Message{Key: "form", Kind: ui.KindError, Text: "The form cannot work in this browser (" + err.Error() + "): edit the Markdown view."})
			return false
		}
	}
	p.people.fillRoster(p.prof.Handles())
	if b := p.page.ByID("form-add-section"); b != nil {
		b.RemoveAttr("disabled")
	}
	p.facts.enable()
	return true
}

// Off reports whether the page has no form to show (a page without the
// form's elements); it binds the form on the first call.
func (p *Form) Off() bool { return !p.ready() }

// doc is the document shown.
func (p *Form) doc() *core.Document { return p.session.Doc() }

// Show brings the form up to date with doc; ch is the change just
// applied to the previous document, nil when the whole document is new.
func (p *Form) Show(doc *core.Document, ch core.Change, origin editor.Origin) {
	if !p.ready() {
		return
	}
	if ch == nil {
		if !p.build(doc) {
			p.refreshFacts()
		}
		return
	}
	p.sync(doc)
	if p.lazyMade {
		p.lazyMade = false
		p.fillSoon()
	}
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
	if pe.ov.kind != fieldText && pe.ov.kind != fieldPara {
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

// scheduleFacts refreshes the facts after a quiet moment. An edit while
// the timer runs only notes itself, as labelsSoon does; the timer then
// waits once more.
func (p *Form) scheduleFacts() {
	if p.stopFacts != nil {
		p.factsTyped = true
		return
	}
	p.factsTyped = false
	p.stopFacts = p.host.After(factsDelay, "form facts", func() {
		p.stopFacts = nil
		if p.factsTyped {
			p.scheduleFacts()
			return
		}
		p.refreshFacts()
	})
}

// refreshFacts shows the current document's facts and people.
func (p *Form) refreshFacts() {
	if p.stopFacts != nil {
		p.stopFacts()
		p.stopFacts = nil
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

// openAtOnce is the longest source the form renders in the task that
// opens it: the largest real minutes (14 kB) are far below it. A longer
// document (other groups' notes reach 280 kB) gets an empty element per
// section at once, and the sections' fields a batch per task after, the
// first ones first, so that no task holds the page long (issue 12 point
// 4: none over 200 ms at the size cap). Until the last batch, the section
// list is aria-busy, which tells assistive technology and tests that it
// is still arriving; an edit meanwhile renders the sections it needs at
// once (render), so nothing waits on the batches.
const openAtOnce = 48 << 10

// fillBatch is how much markup the form renders per task while a long
// document arrives.
const fillBatch = 24 << 10

// build renders the form for a new document; it reports whether the
// sections arrive later (the facts are then shown in a task of their own).
func (p *Form) build(doc *core.Document) bool {
	p.parkTools()
	clear(p.bySec)
	clear(p.byID)
	p.views = p.views[:0]
	p.generation++
	p.filling = false
	later := len(doc.Bytes()) > p.atOnce
	var b []byte
	for _, s := range chunks(doc) {
		v := p.newView(s)
		if later {
			v.lazy = true
		} else {
			v.html, v.items = renderSection(doc, v.id, s, override{})
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
	p.list.SetHTML(string(b))
	p.list.RemoveAttr("aria-busy")
	if later {
		p.fillSoon()
		// The facts in a task of their own, right after the first batch
		// (reading them takes a tenth of opening a long document).
		generation := p.generation
		p.tasks.Task("form facts", func() {
			if generation == p.generation {
				p.refreshFacts()
			}
		})
	}
	return later
}

// fillSoon queues the next batch of the sections not rendered yet, unless
// one is queued already.
func (p *Form) fillSoon() {
	if p.filling {
		return
	}
	for _, v := range p.views {
		if v.lazy {
			p.filling = true
			p.list.SetAttr("aria-busy", "true")
			p.fillLater(p.generation)
			return
		}
	}
}

// fillLater renders the next batch of sections not rendered yet, in a
// task of its own, unless another document was opened since; after the
// last batch the list is no longer busy.
func (p *Form) fillLater(generation int) {
	p.tasks.Task("form fill", func() {
		if generation != p.generation {
			return
		}
		budget := p.batch
		for _, v := range p.views {
			if !v.lazy {
				continue
			}
			if budget <= 0 {
				p.fillLater(generation)
				return
			}
			p.render(v)
			budget -= len(v.html)
		}
		p.filling = false
		p.list.RemoveAttr("aria-busy")
	})
}

// render renders a section not rendered yet (when its turn comes, or at
// once when something needs its fields).
func (p *Form) render(v *secView) {
	if v == nil || !v.lazy {
		return
	}
	v.lazy = false
	v.html, v.items = renderSection(p.doc(), v.id, v.sec, override{})
	p.element(v).SetHTML(v.html)
}

// newView makes the view of a section, not yet in the page.
func (p *Form) newView(s *core.Section) *secView {
	p.nextID++
	v := &secView{id: p.nextID, sec: s, blocks: append([]*core.Block(nil), s.Blocks...), pos: len(p.views)}
	p.views = append(p.views, v)
	p.bySec[s] = v
	p.byID[v.id] = v
	return v
}

// element returns a view's list element.
func (p *Form) element(v *secView) ui.Node { return p.page.ByID("fs-" + strconv.Itoa(v.id)) }

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

// fieldID returns the element id of a field of the view: the text of item
// k (also for its box, which has no id), paragraph k, the title, the time,
// the add button.
func (v *secView) fieldID(f field, k int) string {
	id := strconv.Itoa(v.id)
	switch f {
	case fieldText, fieldBox:
		return "fi-" + id + "-" + strconv.Itoa(k)
	case fieldPara:
		return "fp-" + id + "-" + strconv.Itoa(k)
	case fieldTime:
		return "fm-" + id
	case fieldAdd:
		return "fa-" + id
	}
	return "ft-" + id
}

// fieldEl returns the element of a field of view v, or nil.
func (p *Form) fieldEl(v *secView, f field, k int) ui.Node { return p.page.ByID(v.fieldID(f, k)) }

// viewOfItem returns the view showing it and its render index.
func (p *Form) viewOfItem(doc *core.Document, it *core.Item) (*secView, int) {
	v := p.bySec[doc.SectionOf(it)]
	if v == nil {
		return nil, -1
	}
	p.render(v)
	return v, v.indexOf(it)
}

// ShowSection brings the user back to a section (after a reload): it is
// scrolled into view and its heading focused.
func (p *Form) ShowSection(path string) {
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
	el := p.fieldEl(v, fieldTitle, 0)
	if el == nil {
		el = p.fieldEl(v, fieldAdd, 0)
	}
	if el != nil {
		el.ScrollIntoView("start")
		el.Focus()
	}
}

// Reveal focuses what is at a 1-based line: an item's text, a heading, a
// paragraph, or the meeting facts for the front matter. Lint findings and
// action items call it.
func (p *Form) Reveal(line int) {
	doc := p.doc()
	if doc == nil || !p.ready() || line < 1 {
		return
	}
	p.host.ShowEditor()
	off := doc.LineStart(line)
	if off < doc.BodyStart {
		p.facts.focus()
		return
	}
	var el ui.Node
	if it := doc.ItemAt(off); it != nil {
		if v, k := p.viewOfItem(doc, it); k >= 0 {
			el = p.fieldEl(v, fieldText, k)
		}
	}
	if el == nil {
		if v := p.bySec[doc.SectionAt(off)]; v != nil {
			p.render(v)
			el = p.fieldEl(v, fieldTitle, 0)
			for i, b := range v.sec.Blocks {
				if b.Kind == core.Paragraph && b.Line <= line && doc.Line(max(b.Span.End-1, b.Span.Start)) >= line {
					el = p.fieldEl(v, fieldPara, i)
				}
			}
			if el == nil {
				el = p.fieldEl(v, fieldAdd, 0)
			}
		}
	}
	if el != nil {
		el.ScrollIntoView("center")
		el.Focus()
	}
}
