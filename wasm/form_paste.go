//go:build js && wasm

package main

import (
	"strings"
	"syscall/js"
)

// onPaste makes text of several lines pasted into an item one item per
// line (core's PasteItems: nesting from indentation, boxes and markers
// read), as one undo step. A single line pastes as the browser does.
func (p *formPanel) onPaste(ev js.Value) error {
	t := formTarget(ev)
	if attr(t, "data-f") != "text" {
		return nil
	}
	data := ev.Get("clipboardData")
	if !present(data) {
		return nil
	}
	text := data.Call("getData", "text/plain").String()
	if !strings.ContainsAny(strings.TrimRight(text, "\r\n"), "\r\n") {
		return nil
	}
	v, _, it := p.itemAt(t)
	if it == nil {
		return nil
	}
	ev.Call("preventDefault")
	value := t.Get("value").String()
	start := len(utf16Prefix(value, caretOf(t)))
	end := len(utf16Prefix(value, t.Get("selectionEnd").Int()))
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
	p.target = &focusTarget{isItem: true, item: path, field: 'i', caret: utf16Len(last), section: v.sec.Path()}
	p.apply(c, err, "")
	return nil
}
