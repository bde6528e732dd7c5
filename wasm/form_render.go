//go:build js && wasm

package main

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
	kind  byte // 0: none; 'i' item text, 'b' item box, 't' title, 'p' paragraph
	index int  // the item (in render order) or block
	text  string
	box   core.Checkbox
}

// sectionMarkup renders one section of the form: its heading row, then its
// blocks — lists as nested lists of items, paragraphs as text boxes, other
// blocks read-only. Items are numbered in render order (data-i); the
// section's view id makes element ids unique.
type sectionMarkup struct {
	b     strings.Builder
	doc   *core.Document
	id    string
	ov    override
	items []*core.Item
}

// renderSection returns the inner markup of section s and its items in
// render order.
func renderSection(doc *core.Document, id int, s *core.Section, ov override) (string, []*core.Item) {
	m := &sectionMarkup{doc: doc, id: strconv.Itoa(id), ov: ov}
	m.b.Grow(256 + s.Own.Len()*3)
	if s.Level > 0 {
		m.heading(s)
	}
	for i, blk := range s.Blocks {
		m.block(i, blk)
	}
	if s.Level > 0 || len(s.Blocks) > 0 {
		m.b.WriteString(`<button type="button" class="fadd" data-act="additem" id="fa-`)
		m.b.WriteString(m.id)
		if s.Level > 0 {
			m.b.WriteString(`" aria-labelledby="fa-` + m.id + ` ft-` + m.id)
		}
		m.b.WriteString(`">Add item</button>`)
	}
	return m.b.String(), m.items
}

// sectionClass is the class of a section's list element: its level sets
// the indentation.
func sectionClass(s *core.Section) string { return "fsec lv" + strconv.Itoa(s.Level) }

func (m *sectionMarkup) heading(s *core.Section) {
	b := &m.b
	level := strconv.Itoa(s.Level)
	b.WriteString(`<div class="fsec-head"><span class="fsec-lvl" aria-hidden="true">H` + level + `</span>`)
	if s.Time != "" {
		b.WriteString(`<input class="fsec-time" id="fm-` + m.id + `" data-f="time" size="9" autocomplete="off" aria-label="Time" value="`)
		esc(b, s.Time)
		b.WriteString(`">`)
	}
	title := s.Title
	if m.ov.kind == 't' {
		title = m.ov.text
	}
	b.WriteString(`<input class="fsec-title" id="ft-` + m.id + `" data-f="title" autocomplete="off" placeholder="Section title" aria-label="Heading level ` + level + `" value="`)
	esc(b, title)
	b.WriteString(`">`)
	if s.Time != "" || isTimeHeading(s.Title) {
		b.WriteString(`<button type="button" class="fsec-now" data-act="now" id="fn-` + m.id + `" aria-labelledby="fn-` + m.id + ` ft-` + m.id + `">Now</button>`)
	}
	b.WriteString(`</div>`)
}

// isTimeHeading reports whether a title names the start or the end of a
// meeting, headings that get the time stamped when it happens.
func isTimeHeading(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	return strings.Contains(t, "meeting start") || strings.Contains(t, "meeting end") ||
		t == "start" || t == "end" || t == "begin"
}

// block renders block i of a section.
func (m *sectionMarkup) block(i int, blk *core.Block) {
	b := &m.b
	switch blk.Kind {
	case core.List:
		m.list(blk)
	case core.Paragraph:
		text := blk.Text
		if m.ov.kind == 'p' && m.ov.index == i {
			text = m.ov.text
		}
		b.WriteString(`<textarea class="fpara" id="fp-` + m.id + `-` + strconv.Itoa(i) + `" data-f="para" data-b="` + strconv.Itoa(i) +
			`" aria-label="Paragraph" rows="` + strconv.Itoa(min(strings.Count(text, "\n")+1, 12)) + `">`)
		esc(b, text)
		b.WriteString(`</textarea>`)
	default:
		b.WriteString(`<div class="fro"><p class="fhint">`)
		b.WriteString(blockKindName(blk.Kind))
		b.WriteString(`: edit it in the Markdown view.</p>`)
		if blk.Kind != core.Rule {
			b.WriteString(`<pre>`)
			esc(b, m.doc.Text(blk.Span))
			b.WriteString(`</pre>`)
		}
		b.WriteString(`</div>`)
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
	m.b.WriteString(`<` + tag + ` class="fitems">`)
	for _, it := range blk.Items {
		m.item(it)
	}
	m.b.WriteString(`</` + tag + `>`)
}

// item renders an item and the blocks nested in it.
func (m *sectionMarkup) item(it *core.Item) {
	b := &m.b
	k := len(m.items)
	m.items = append(m.items, it)
	ks := strconv.Itoa(k)
	text, box := it.Text, it.Box
	if m.ov.index == k && m.ov.kind == 'i' {
		text = m.ov.text
	}
	if m.ov.index == k && m.ov.kind == 'b' {
		box = m.ov.box
	}
	b.WriteString(`<li class="fit" data-i="` + ks + `"><div class="fit-row">`)
	if box != core.NoBox {
		b.WriteString(`<input type="checkbox" class="fit-box" data-f="box" aria-labelledby="form-done-label fi-` + m.id + `-` + ks + `"`)
		if box == core.Done {
			b.WriteString(` checked`)
		}
		b.WriteString(`>`)
	}
	if strings.Contains(text, "\n") {
		b.WriteString(`<textarea class="fit-text" id="fi-` + m.id + `-` + ks + `" data-f="text" aria-label="Item" rows="` + strconv.Itoa(min(strings.Count(text, "\n")+1, 12)) + `">`)
		esc(b, text)
		b.WriteString(`</textarea>`)
	} else {
		b.WriteString(`<input class="fit-text" id="fi-` + m.id + `-` + ks + `" data-f="text" autocomplete="off" aria-label="Item" value="`)
		esc(b, text)
		b.WriteString(`">`)
	}
	b.WriteString(`</div>`)
	other := 0
	for _, blk := range it.Blocks {
		if blk.Kind == core.List {
			m.list(blk)
		} else {
			other++
		}
	}
	if other > 0 {
		b.WriteString(`<p class="fhint">More text under this item: edit it in the Markdown view.</p>`)
	}
	b.WriteString(`</li>`)
}
