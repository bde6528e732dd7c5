package form

import (
	"strings"

	"github.com/cpansec/minutes/ui"
)

// onPaste makes text of several lines pasted into an item one item per
// line (core's PasteItems: nesting from indentation, boxes and markers
// read), as one undo step. A single line pastes as the browser does.
func (p *Form) onPaste(ev ui.Event) error {
	t := formTarget(ev)
	if attr(t, "data-f") != "text" {
		return nil
	}
	text, ok := ev.Clipboard()
	if !ok {
		return nil
	}
	if !strings.ContainsAny(strings.TrimRight(text, "\r\n"), "\r\n") {
		return nil
	}
	v, _, it := p.itemAt(t)
	if it == nil {
		return nil
	}
	ev.PreventDefault()
	value := t.Value()
	caret, selEnd, _ := t.Selection()
	start := len(ui.UTF16Prefix(value, caret))
	end := len(ui.UTF16Prefix(value, selEnd))
	// The selection is replaced: the item's text without it, the caret
	// where it was.
	doc := p.doc()
	if value[:start]+value[end:] != it.Text {
		c, err := doc.SetText(it, value[:start]+value[end:])
		if !p.apply(c, err, "") {
			return nil
		}
		doc, it = p.doc(), p.doc().ItemByPath(it.Path())
	}
	c, path, caret, err := doc.PasteItems(it, start, text)
	last := ""
	if err == nil {
		if next, e := doc.Apply(c); e == nil {
			if li := next.ItemByPath(path); li != nil {
				last = li.Text[:caret]
			}
		}
	}
	p.target = &focusTarget{isItem: true, item: path, field: fieldText, caret: ui.UTF16Len(last), section: v.sec.Path()}
	p.apply(c, err, "")
	return nil
}
