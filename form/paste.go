package form

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/ui"
)

// onPaste makes text of several lines pasted into an item one item per
// line (core's PasteItems: nesting from indentation, boxes and markers
// read, headings as sections), as one undo step. A single line pastes as
// the browser does, but for one that may be a heading ("## Topic").
func (p *Form) onPaste(ev ui.Event) error {
	t := formTarget(ev)
	if attr(t, "data-f") != "text" {
		return nil
	}
	text, ok := ev.Clipboard()
	if !ok {
		return nil
	}
	if !strings.ContainsAny(strings.TrimRight(text, "\r\n"), "\r\n") && !strings.HasPrefix(strings.TrimLeft(text, " \t"), "#") {
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
	c, done, err := doc.PasteItems(it, start, text)
	last := ""
	if err == nil && done.Item != "" {
		if next, e := doc.Apply(c); e == nil {
			if li := next.ItemByPath(done.Item); li != nil {
				last = li.Text[:done.Caret]
			}
		}
	}
	p.target = &focusTarget{isItem: true, item: done.Item, field: fieldText, caret: ui.UTF16Len(last), section: v.sec.Path()}
	if done.Item == "" {
		p.target = &focusTarget{section: done.Section, field: fieldTitle, caret: -1}
	}
	p.apply(c, err, "")
	return nil
}

// typedHeading makes "## Topic" typed into an empty item a section, as
// a paste of that line would (core's PasteItems: after the item's section,
// at its level), and moves the typing on into the section's title. While
// only the #s and the space are typed the form waits for the title. It
// reports whether it took the value.
func (p *Form) typedHeading(el ui.Node, it *core.Item, value string) bool {
	if it.Text != "" {
		return false
	}
	t := strings.TrimLeft(value, " ")
	title := strings.TrimLeft(t, "#")
	if n := len(t) - len(title); n == 0 || n > 6 || !strings.HasPrefix(title, " ") {
		return false
	}
	if strings.TrimSpace(title) == "" {
		return true // "## ": the title comes next
	}
	doc := p.doc()
	c, done, err := doc.PasteItems(it, 0, value)
	if err == nil && done.Item != "" {
		return false // not a section after all: typed as text
	}
	p.target = &focusTarget{section: done.Section, field: fieldTitle, caret: -1}
	p.apply(c, err, "")
	return true
}
