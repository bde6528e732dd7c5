//go:build js && wasm

package main

import (
	"syscall/js"
)

// The form's keyboard, as outliners have it:
//
//	Enter              add an item after this one (focus moves into it)
//	Tab / Shift+Tab    indent / outdent the item (where it can be; else
//	                   Tab moves on, and Escape then Tab always moves on)
//	Alt+Up / Alt+Down  move the item or the section
//	Ctrl+Enter         check or uncheck the item's box (adds one if none)
//	Backspace          in an empty item: delete it, focus the one before
//	Ctrl+Z             undo, Ctrl+Shift+Z or Ctrl+Y redo: every kind of
//	                   edit, made in the form or in the Markdown view
//	Enter in a heading focus its first item (or add one)
//
// In the Markdown text box the browser's own undo applies to what is typed
// there: the form leaves that box's keys alone.

// keyEvent is what the form reads of a keydown event.
type keyEvent struct {
	ev                     js.Value
	key                    string
	ctrl, shift, alt, bare bool
}

func readKey(ev js.Value) keyEvent {
	k := keyEvent{ev: ev, key: ev.Get("key").String(),
		ctrl:  ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool(),
		shift: ev.Get("shiftKey").Bool(), alt: ev.Get("altKey").Bool()}
	k.bare = !k.ctrl && !k.shift && !k.alt
	return k
}

// handled stops the browser's own action for the key.
func (k keyEvent) handled() { k.ev.Call("preventDefault") }

func (p *formPanel) onKeyDown(ev js.Value) error {
	t := formTarget(ev)
	if !present(t) || ev.Get("isComposing").Bool() {
		return nil
	}
	k := readKey(ev)
	escaped := p.escTab
	p.escTab = k.key == "Escape"
	if k.ctrl && !k.alt {
		switch k.key {
		case "z", "Z":
			k.handled()
			p.replay = true
			if k.shift {
				p.ed.Redo()
			} else {
				p.ed.Undo()
			}
			p.replay = false
			return nil
		case "y", "Y":
			k.handled()
			p.replay = true
			p.ed.Redo()
			p.replay = false
			return nil
		}
	}
	switch attr(t, "data-f") {
	case "text", "box":
		p.itemKey(k, t, escaped)
	case "title", "time":
		p.headingKey(k, t)
	case "chip":
		p.chipKey(k, t)
	}
	return nil
}

// itemKey handles a key in an item's text or box.
func (p *formPanel) itemKey(k keyEvent, t js.Value, escaped bool) {
	v, i, it := p.itemAt(t)
	if it == nil {
		return
	}
	isText := attr(t, "data-f") == "text"
	caret := -1
	if isText {
		caret = caretOf(t)
	}
	act := ""
	switch {
	case k.key == "Enter" && k.ctrl && !k.alt && !k.shift:
		k.handled()
		p.toggleKey(v, i, caret)
		return
	case k.key == "Enter" && k.bare && isText:
		act = "add-after"
	case k.key == "Tab" && !k.ctrl && !k.alt && !escaped:
		act = "indent"
		if k.shift {
			act = "outdent"
		}
		if act == "indent" && it.Index() == 0 || act == "outdent" && it.Parent == nil {
			return // nowhere to go: Tab moves the focus on, as usual
		}
	case k.alt && !k.ctrl && !k.shift && (k.key == "ArrowUp" || k.key == "ArrowDown"):
		act = "down"
		if k.key == "ArrowUp" {
			act = "up"
		}
	case k.key == "Backspace" && k.bare && isText && t.Get("value").String() == "":
		act = "delete"
	default:
		return
	}
	k.handled()
	p.itemAction(act, v, i, caret)
}

// toggleKey checks or unchecks the item's box from the keyboard: the box
// changes in the page first, as a click would, so the section is not
// rendered again; an item without a box gets one.
func (p *formPanel) toggleKey(v *secView, i, caret int) {
	text := byID(v.fieldID('i', i))
	box := text.Get("previousElementSibling")
	if v.items[i].Box == 0 || !present(box) || attr(box, "data-f") != "box" {
		p.itemAction("toggle", v, i, caret)
		return
	}
	box.Set("checked", !box.Get("checked").Bool())
	p.clickBox(box)
}

// headingKey handles a key in a heading's title or time.
func (p *formPanel) headingKey(k keyEvent, t js.Value) {
	v := p.sectionAt(t)
	if v == nil {
		return
	}
	switch {
	case k.key == "Enter" && k.bare:
		k.handled()
		if attr(t, "data-f") == "time" {
			p.setTime(t)
			return
		}
		if len(v.items) > 0 {
			focusAt(byID(v.fieldID('i', 0)), -1)
			return
		}
		p.sectionAction("additem", v)
	case k.alt && !k.ctrl && !k.shift && (k.key == "ArrowUp" || k.key == "ArrowDown"):
		k.handled()
		act := "sec-down"
		if k.key == "ArrowUp" {
			act = "sec-up"
		}
		p.sectionAction(act, v)
	}
}
