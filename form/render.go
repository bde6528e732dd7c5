package form

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
)

// override stands in one value while a section is rendered: the value the
// page already shows because the user just typed or clicked it. Rendering
// the new section with the old value and finding the markup of before
// proves that nothing else changed, so the page is left alone.
type override struct {
	kind  field // fieldNone, or the item's text or box, the title, a paragraph
	index int   // the item (in render order) or block
	text  string
	box   core.Checkbox
}

// sectionMarkup renders one section of the form: its heading row, then its
// blocks — lists as nested lists of items, paragraphs as text boxes, other
// blocks read-only. Items are numbered in render order (data-i); the
// section's view id makes element ids unique.
type sectionMarkup struct {
	markup
	doc   *core.Document
	id    string
	ov    override
	items []*core.Item
}

// renderSection returns the inner markup of section s and its items in
// render order.
func renderSection(doc *core.Document, id int, s *core.Section, ov override) (string, []*core.Item) {
	m := &sectionMarkup{doc: doc, id: strconv.Itoa(id), ov: ov}
	m.b = make([]byte, 0, 256+s.Own.Len()*3)
	if s.Level > 0 {
		m.heading(s)
	}
	for i, blk := range s.Blocks {
		m.block(i, blk)
	}
	if s.Level > 0 || len(s.Blocks) > 0 {
		m.raw(`<button type="button" class="fadd" data-act="additem" id="fa-`, m.id)
		if s.Level > 0 {
			m.raw(`" aria-labelledby="fa-`, m.id, ` ft-`, m.id)
		}
		m.raw(`">Add item</button>`)
	}
	return m.String(), m.items
}

// sectionClass is the class of a section's list element: its level sets
// the indentation.
func sectionClass(s *core.Section) string { return "fsec lv" + strconv.Itoa(s.Level) }

func (m *sectionMarkup) heading(s *core.Section) {
	level := strconv.Itoa(s.Level)
	m.raw(`<div class="fsec-head"><span class="fsec-lvl" aria-hidden="true">H`, level, `</span>`)
	if s.Time != "" {
		m.raw(`<input class="fsec-time" id="fm-`, m.id, `" data-f="time" size="9" autocomplete="off" aria-label="Time" value="`)
		m.text(s.Time)
		m.raw(`">`)
	}
	title := s.Title
	if m.ov.kind == fieldTitle {
		title = m.ov.text
	}
	m.raw(`<input class="fsec-title" id="ft-`, m.id, `" data-f="title" autocomplete="off" placeholder="Section title" aria-label="Heading level `, level, `" value="`)
	m.text(title)
	m.raw(`">`)
	if s.Time != "" || core.TimeHeading(s.Title) {
		m.raw(`<button type="button" class="fsec-now" data-act="now" id="fn-`, m.id, `" aria-labelledby="fn-`, m.id, ` ft-`, m.id, `">Now</button>`)
	}
	m.raw(`</div>`)
}

// rows returns how many rows a text box needs for text, at most 12.
func rows(text string) string { return strconv.Itoa(min(strings.Count(text, "\n")+1, 12)) }

// block renders block i of a section.
func (m *sectionMarkup) block(i int, blk *core.Block) {
	switch blk.Kind {
	case core.List:
		m.list(blk)
	case core.Paragraph:
		text := blk.Text
		if m.ov.kind == fieldPara && m.ov.index == i {
			text = m.ov.text
		}
		is := strconv.Itoa(i)
		m.raw(`<textarea class="fpara" id="fp-`, m.id, `-`, is, `" data-f="para" data-b="`, is, `" aria-label="Paragraph" rows="`, rows(text), `">`)
		m.text(text)
		m.raw(`</textarea>`)
	default:
		m.raw(`<div class="fro"><p class="fhint">`, blockKindName(blk.Kind), `: edit it in the Markdown view.</p>`)
		if blk.Kind != core.Rule {
			m.raw(`<pre>`)
			m.text(m.doc.Text(blk.Span))
			m.raw(`</pre>`)
		}
		m.raw(`</div>`)
	}
}

func blockKindName(k core.BlockKind) string {
	switch k {
	case core.Code:
		return "Code block"
	case core.Quote:
		return "Quote"
	case core.HTML:
		return "HTML block"
	case core.Rule:
		return "Horizontal rule"
	}
	return "Other block"
}

// list renders a list block with its items.
func (m *sectionMarkup) list(blk *core.Block) {
	tag := "ul"
	if blk.Ordered {
		tag = "ol"
	}
	m.raw(`<`, tag, ` class="fitems">`)
	for _, it := range blk.Items {
		m.item(it)
	}
	m.raw(`</`, tag, `>`)
}

// item renders an item and the blocks nested in it.
func (m *sectionMarkup) item(it *core.Item) {
	k := len(m.items)
	m.items = append(m.items, it)
	ks := strconv.Itoa(k)
	text, box := it.Text, it.Box
	if m.ov.index == k && m.ov.kind == fieldText {
		text = m.ov.text
	}
	if m.ov.index == k && m.ov.kind == fieldBox {
		box = m.ov.box
	}
	m.raw(`<li class="fit" data-i="`, ks, `"><div class="fit-row">`)
	if box != core.NoBox {
		checked := ""
		if box == core.Done {
			checked = ` checked`
		}
		m.raw(`<input type="checkbox" class="fit-box" data-f="box" aria-labelledby="form-done-label fi-`, m.id, `-`, ks, `"`, checked, `>`)
	}
	// A text box that grows with its text (field-sizing: content, in the
	// style sheet): long items wrap and show whole, and focusing one by
	// Tab does not select its text as a one-line input would.
	m.raw(`<textarea class="fit-text" id="fi-`, m.id, `-`, ks, `" data-f="text" aria-label="Item" rows="`, rows(text), `">`)
	m.text(text)
	m.raw(`</textarea>`)
	m.raw(`</div>`)
	other := 0
	for _, blk := range it.Blocks {
		if blk.Kind == core.List {
			m.list(blk)
		} else {
			other++
		}
	}
	if other > 0 {
		m.raw(`<p class="fhint">More text under this item: edit it in the Markdown view.</p>`)
	}
	m.raw(`</li>`)
}
