package form

import (
	"github.com/cpansec/minutes/ui"
)

// The form's keyboard, as outliners have it. Tab and Shift+Tab only move
// the focus, as in any web form: they never change the document.
//
//	Enter                split the item at the caret (at its end: a new
//	                     item after it); Shift+Enter a line break in it
//	Alt+Right / Alt+Left indent / outdent the item (also Ctrl+] / Ctrl+[)
//	Alt+Up / Alt+Down    move the item or the section
//	Up / Down            on the item's first / last line: the item before
//	                     or after
//	Ctrl+Enter           check or uncheck the item's box (adds one if none)
//	Backspace            in an empty item: delete it, focus the one before
//	Ctrl+Z               undo, Ctrl+Shift+Z or Ctrl+Y redo: every kind of
//	                     edit, made in the form or in the Markdown view
//	Enter in a heading   focus its first item (or add one)
//	## typed in a new item  make it a section (paste.go: typedHeading)
//
// In the Markdown text box the browser's own undo applies to what is typed
// there: the form leaves that box's keys alone.

// keyEvent is what the form reads of a keydown event.
type keyEvent struct {
	ev                     ui.Event
	key                    string
	ctrl, shift, alt, bare bool
}

func readKey(ev ui.Event) keyEvent {
	key := ev.Key()
	k := keyEvent{ev: ev, key: key.Key, ctrl: key.Ctrl || key.Meta, shift: key.Shift, alt: key.Alt}
	k.bare = !k.ctrl && !k.shift && !k.alt
	return k
}

// handled stops the browser's own action for the key.
func (k keyEvent) handled() { k.ev.PreventDefault() }

func (p *Form) onKeyDown(ev ui.Event) error {
	t := formTarget(ev)
	if t == nil || ev.Key().Composing {
		return nil
	}
	k := readKey(ev)
	if k.ctrl && !k.alt {
		switch k.key {
		case "z", "Z":
			k.handled()
			p.replay = true
			if k.shift {
				p.redo()
			} else {
				p.undo()
			}
			p.replay = false
			return nil
		case "y", "Y":
			k.handled()
			p.replay = true
			p.redo()
			p.replay = false
			return nil
		}
	}
	switch attr(t, "data-f") {
	case "text", "box":
		p.itemKey(k, t)
		p.tookEnter = k.key == "Enter" && ev.DefaultPrevented()
	case "title", "time":
		p.headingKey(k, t)
		p.tookEnter = k.key == "Enter" && ev.DefaultPrevented()
	case "chip":
		p.chipKey(k, t)
	}
	return nil
}

// itemKey handles a key in an item's text or box.
func (p *Form) itemKey(k keyEvent, t ui.Node) {
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
		act = "split"
	case k.alt && !k.ctrl && !k.shift && k.key == "ArrowRight", k.ctrl && !k.alt && k.key == "]":
		act = "indent"
	case k.alt && !k.ctrl && !k.shift && k.key == "ArrowLeft", k.ctrl && !k.alt && k.key == "[":
		act = "outdent"
	case k.bare && isText && (k.key == "ArrowUp" || k.key == "ArrowDown"):
		if p.moveFocus(v, i, t, k.key == "ArrowDown") {
			k.handled()
		}
		return
	case k.alt && !k.ctrl && !k.shift && (k.key == "ArrowUp" || k.key == "ArrowDown"):
		act = "down"
		if k.key == "ArrowUp" {
			act = "up"
		}
	case k.key == "Backspace" && k.bare && isText && t.Value() == "":
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
func (p *Form) toggleKey(v *secView, i, caret int) {
	var box ui.Node
	if text := p.fieldEl(v, fieldText, i); text != nil {
		box = text.Previous()
	}
	if v.items[i].Box == 0 || box == nil || attr(box, "data-f") != "box" {
		p.itemAction("toggle", v, i, caret)
		return
	}
	box.SetBool("checked", !box.Bool("checked"))
	p.clickBox(box)
}

// headingKey handles a key in a heading's title or time.
func (p *Form) headingKey(k keyEvent, t ui.Node) {
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
			focusAt(p.fieldEl(v, fieldText, 0), -1)
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

// moveFocus moves the focus from item i of view v to the item before (or,
// down, after) it in the whole form, when the caret is on the first (last)
// line the item shows, as laid out; it reports whether it moved. On the
// other lines of a text that wraps, Up and Down are the browser's: they
// move between the lines.
func (p *Form) moveFocus(v *secView, i int, t ui.Node, down bool) bool {
	if start, end, _ := t.Selection(); start != end {
		return false
	}
	if first, last := t.CaretLine(); down && !last || !down && !first {
		return false
	}
	next := p.neighbourItem(v, i, down)
	if next == nil {
		return false
	}
	caret := -1
	if down {
		caret = 0
	}
	focusAt(next, caret)
	return true
}

// neighbourItem returns the text field of the item before or after item i
// of view v, across sections (rendering a section not shown yet), or nil.
func (p *Form) neighbourItem(v *secView, i int, down bool) ui.Node {
	step := -1
	if down {
		step = 1
	}
	for pos, k := v.pos, i+step; pos >= 0 && pos < len(p.views); {
		w := p.views[pos]
		p.render(w)
		if k >= 0 && k < len(w.items) {
			return p.fieldEl(w, fieldText, k)
		}
		pos += step
		if pos < 0 || pos >= len(p.views) {
			break
		}
		k = 0
		if !down {
			p.render(p.views[pos])
			k = len(p.views[pos].items) - 1
		}
	}
	return nil
}
