package form

import (
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Place names the form field that has the focus, by what it edits (an
// item's text, a heading's title), and its caret; it reports false when
// the focus is not in the form.
func (p *Form) Place() (field string, offset int, ok bool) {
	if !p.bound || p.off {
		return "", 0, false
	}
	el := p.page.Active()
	if el == nil || closest(el, "#section-list") == nil {
		return "", 0, false
	}
	switch attr(el, "data-f") {
	case "text":
		if _, _, it := p.itemAt(el); it != nil {
			return editor.FieldOfItem(it.Path()), max(caretOf(el), 0), true
		}
	case "title":
		if v := p.sectionAt(el); v != nil {
			return editor.FieldOfTitle(v.sec.Path()), max(caretOf(el), 0), true
		}
	}
	return "", 0, false
}

// RestorePlace focuses the field Place named, with the caret at offset;
// it reports false when the document has no such field any more.
func (p *Form) RestorePlace(field string, offset int) bool {
	doc := p.doc()
	if doc == nil || !p.ready() {
		return false
	}
	kind, path := editor.ParseField(field)
	var el ui.Node
	switch kind {
	case "item":
		if it := doc.ItemByPath(path); it != nil {
			if v, k := p.viewOfItem(doc, it); k >= 0 {
				el = p.fieldEl(v, fieldText, k)
			}
		}
	case "title":
		if v := p.bySec[doc.SectionByPath(path)]; v != nil {
			p.render(v)
			el = p.fieldEl(v, fieldTitle, 0)
		}
	}
	if el == nil {
		return false
	}
	p.host.ShowEditor()
	el.ScrollIntoView("center")
	focusAt(el, offset)
	return true
}
