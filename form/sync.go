package form

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/ui"
)

// sync brings the section list up to date after a change. Document.Update
// keeps the sections outside the change (same pointers, same blocks):
// their views stay as they are. The sections between two kept ones are
// paired in order with the views that were there; a paired view whose new
// markup equals the old keeps its element untouched, another gets the new
// markup; extra sections get new elements, extra views are removed.
func (p *Form) sync(doc *core.Document) {
	p.focusSaved = false
	p.budget = p.batch
	next := make([]*secView, 0, len(p.views)+2)
	var fresh []*core.Section
	j := 0
	for _, s := range chunks(doc) {
		v := p.bySec[s]
		if v == nil || v.pos < j || v.pos >= len(p.views) || p.views[v.pos] != v || !v.valid(s) {
			fresh = append(fresh, s)
			continue
		}
		next = append(next, p.pair(doc, fresh, p.views[j:v.pos], v)...)
		next = append(next, v)
		fresh = fresh[:0]
		j = v.pos + 1
	}
	next = append(next, p.pair(doc, fresh, p.views[j:], nil)...)
	p.views = next
	for i, v := range next {
		v.pos = i
	}
	if p.focusSaved {
		p.restoreFocus(p.focusID, p.focusCaret)
	}
}

// saveFocus notes the focused field before the first element of this
// sync is replaced or removed (a keystroke replaces none: it reads
// nothing of the focus).
func (p *Form) saveFocus() {
	if !p.focusSaved {
		p.focusSaved = true
		p.focusID, p.focusCaret = p.captureFocus()
	}
}

// pair shows sections fresh in the views old, which were between the same
// kept views; before is the kept view that follows them (nil at the end).
func (p *Form) pair(doc *core.Document, fresh []*core.Section, old []*secView, before *secView) []*secView {
	out := make([]*secView, 0, len(fresh))
	for i, s := range fresh {
		if i < len(old) {
			p.rebind(doc, old[i], s)
			out = append(out, old[i])
			continue
		}
		p.nextID++
		v := &secView{id: p.nextID}
		p.byID[v.id] = v
		p.attach(v, s)
		el := p.page.Create("li") // attributes in build's order
		el.SetClass(sectionClass(s))
		el.SetAttr("id", "fs-"+strconv.Itoa(v.id))
		el.SetAttr("data-s", strconv.Itoa(v.id))
		if p.budget > 0 {
			v.html, v.items = renderSection(doc, v.id, s, override{})
			p.budget -= len(v.html)
			el.SetHTML(v.html)
		} else {
			// A large paste: the rest arrives a batch per task (fillSoon).
			v.lazy, p.lazyMade = true, true
		}
		if before != nil {
			p.list.InsertBefore(el, p.element(before))
		} else {
			p.list.Append(el)
		}
		out = append(out, v)
	}
	for _, v := range old[min(len(fresh), len(old)):] {
		p.detach(v)
		delete(p.byID, v.id)
		if el := p.element(v); el != nil {
			p.saveFocus()
			p.rescueTools(el)
			el.Remove()
		}
	}
	return out
}

// attach makes v the view of s.
func (p *Form) attach(v *secView, s *core.Section) {
	p.detach(v)
	v.sec = s
	v.blocks = append(v.blocks[:0], s.Blocks...)
	p.bySec[s] = v
}

// detach forgets v's section.
func (p *Form) detach(v *secView) {
	if v.sec != nil && p.bySec[v.sec] == v {
		delete(p.bySec, v.sec)
	}
}

// rebind makes view v show section s, touching the page only when the
// markup differs. For the section of the pending edit, the markup is first
// rendered with the value the page shows already.
func (p *Form) rebind(doc *core.Document, v *secView, s *core.Section) {
	p.attach(v, s)
	if v.lazy {
		return // rendered from its section when its turn comes
	}
	if pe := p.pending; pe != nil && pe.view == v {
		html, items := renderSection(doc, v.id, s, pe.ov)
		if html == v.html {
			v.html, v.items = renderSection(doc, v.id, s, override{})
			if len(items) == len(v.items) {
				return // the page shows it already; nothing else changed
			}
		}
	}
	html, items := renderSection(doc, v.id, s, override{})
	v.items = items
	if html == v.html {
		return
	}
	v.html = html
	el := p.element(v)
	p.saveFocus()
	p.rescueTools(el)
	el.SetClass(sectionClass(s))
	el.SetHTML(html)
}

// captureFocus returns the id of the focused field of the section list
// and its caret, to give the focus back if its element is rendered again.
func (p *Form) captureFocus() (string, int) {
	ae := p.page.Active()
	if ae == nil || closest(ae, "#section-list") == nil {
		return "", 0
	}
	return ae.ID(), caretOf(ae)
}

// restoreFocus focuses the element with the id the focus had, when the
// element that had it was replaced.
func (p *Form) restoreFocus(id string, caret int) {
	if id == "" || p.target != nil {
		return
	}
	ae := p.page.Active()
	if ae != nil && ae.Connected() && ae.ID() == id {
		return
	}
	if el := p.page.ByID(id); el != nil {
		focusAt(el, caret)
		return
	}
	// The field is gone (an undo removed its item or section): the focus
	// stays in the form, on what came before it, so that the keys go on
	// working there.
	focusAt(p.nearestField(id), -1)
}

// nearestField returns the field before the one with id (an item's text
// "fi-S-K", a title "ft-S"...) in the same section, else the section's
// heading or add button, else the Add section button.
func (p *Form) nearestField(id string) ui.Node {
	parts := strings.Split(id, "-")
	if len(parts) >= 2 {
		if sid, err := strconv.Atoi(parts[1]); err == nil {
			if v := p.byID[sid]; v != nil {
				if len(parts) == 3 && parts[0] == "fi" {
					k, _ := strconv.Atoi(parts[2])
					for k = min(k, len(v.items)) - 1; k >= 0; k-- {
						if el := p.fieldEl(v, fieldText, k); el != nil {
							return el
						}
					}
				}
				for _, f := range []field{fieldTitle, fieldAdd} {
					if el := p.fieldEl(v, f, 0); el != nil {
						return el
					}
				}
			}
		}
	}
	return p.page.ByID("form-add-section")
}

// focusTarget focuses what the edit just applied asked for.
func (p *Form) focusTarget(doc *core.Document) {
	t := p.target
	if t == nil {
		return
	}
	p.target = nil
	if t.isItem {
		if it := doc.ItemByPath(t.item); it != nil {
			if v, k := p.viewOfItem(doc, it); k >= 0 {
				id := v.fieldID(fieldText, k)
				el := p.page.ByID(id)
				if t.field == fieldBox && el != nil {
					if box := el.Previous(); box != nil && attr(box, "data-f") == "box" {
						el = box
					}
				}
				focusAt(el, t.caret)
				return
			}
		}
		t.field = fieldTitle // the item is gone: its section's heading
	}
	v := p.bySec[doc.SectionByPath(t.section)]
	if v == nil {
		focusAt(p.page.ByID("form-add-section"), -1)
		return
	}
	p.render(v)
	el := p.fieldEl(v, t.field, 0)
	if el == nil {
		el = p.fieldEl(v, fieldAdd, 0)
	}
	if el == nil {
		el = p.page.ByID("form-add-section") // the keys go on working in the form
	}
	focusAt(el, t.caret)
}

// focusChange focuses the item or heading where an undone or redone
// change is, as a text editor moves its caret there: the item the change
// wrote, or for a removal the one before it.
func (p *Form) focusChange(doc *core.Document, ch core.Change) {
	if len(ch) == 0 {
		return
	}
	off := ch[0].Start
	if ch[0].Text == "" && off > 0 {
		off--
	}
	if off < doc.BodyStart {
		return
	}
	if it := doc.ItemAt(off); it != nil {
		if v, k := p.viewOfItem(doc, it); k >= 0 {
			focusAt(p.fieldEl(v, fieldText, k), -1)
			return
		}
	}
	if v := p.bySec[doc.SectionAt(off)]; v != nil {
		p.render(v)
		if el := p.fieldEl(v, fieldTitle, 0); el != nil {
			focusAt(el, -1)
		}
	}
}

// parkTools puts the item and section actions back in their hidden place.
func (p *Form) parkTools() {
	if p.parking != nil {
		p.parking.Append(p.itemTools)
		p.parking.Append(p.secTools)
	}
}

// rescueTools parks the tools if they are inside el, which is about to be
// replaced.
func (p *Form) rescueTools(el ui.Node) {
	if el == nil {
		return
	}
	if el.Contains(p.itemTools) || el.Contains(p.secTools) {
		p.parkTools()
	}
}
