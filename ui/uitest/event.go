package uitest

import (
	"fmt"

	"github.com/cpansec/minutes/ui"
)

// Event is an event of a Page; it implements ui.Event.
type Event struct {
	Type      string
	K         ui.Key
	Input     string // a beforeinput event's inputType
	Paste     string // a paste event's text
	HasPaste  bool
	target    *Node
	prevented bool
}

// Target implements ui.Event.
func (ev *Event) Target() ui.Node { return ev.target }

// Key implements ui.Event.
func (ev *Event) Key() ui.Key { return ev.K }

// InputType implements ui.Event.
func (ev *Event) InputType() string { return ev.Input }

// Clipboard implements ui.Event.
func (ev *Event) Clipboard() (string, bool) { return ev.Paste, ev.HasPaste }

// PreventDefault implements ui.Event.
func (ev *Event) PreventDefault() { ev.prevented = true }

// DefaultPrevented implements ui.Event.
func (ev *Event) DefaultPrevented() bool { return ev.prevented }

// Dispatch fires ev at target: the listeners of the target and of each
// of its ancestors, in that order. It reports whether a listener
// prevented the default.
func (p *Page) Dispatch(target ui.Node, ev *Event) bool {
	ev.target = target.(*Node)
	p.dispatch(ev)
	return ev.prevented
}

func (p *Page) dispatch(ev *Event) {
	for n := ev.target.n; n != nil; n = n.Parent {
		for _, l := range p.lis[n] {
			if l.typ != ev.Type {
				continue
			}
			if err := l.fn(ev); err != nil {
				p.Errors = append(p.Errors, fmt.Errorf("%s: %w", l.name, err))
			}
		}
	}
}

// Type sets a field's value as typing does and fires input.
func (p *Page) Type(n ui.Node, value string) {
	n.SetValue(value)
	p.Dispatch(n, &Event{Type: "input"})
}

// TypeKeys types text one character at a time at the end of the focused
// field, an input event each, as keys do.
func (p *Page) TypeKeys(text string) {
	for _, r := range text {
		el := p.Active()
		p.Type(el, el.Value()+string(r))
	}
}

// Press sends a keydown for key to n, focusing it first; mods name the
// modifiers ("ctrl", "shift", "alt", "meta"). It reports whether a
// listener took the key (prevented its default).
func (p *Page) Press(n ui.Node, key string, mods ...string) bool {
	n.Focus()
	k := ui.Key{Key: key}
	for _, m := range mods {
		switch m {
		case "ctrl":
			k.Ctrl = true
		case "shift":
			k.Shift = true
		case "alt":
			k.Alt = true
		case "meta":
			k.Meta = true
		default:
			panic("uitest: unknown modifier " + m)
		}
	}
	return p.Dispatch(n, &Event{Type: "keydown", K: k})
}

// Click clicks n as the element's click() does (no focus, no pointer
// events): a checkbox changes its state, a radio button not checked is
// checked (and the others of its name unchecked), click fires, then
// their change.
func (p *Page) Click(n ui.Node) {
	changed := false
	if n.(*Node).n.Data == "input" {
		switch n.Attr("type") {
		case "checkbox":
			n.SetBool("checked", !n.Bool("checked"))
			changed = true
		case "radio":
			if !n.Bool("checked") {
				for _, o := range p.QueryAll(`input[type="radio"]`) {
					if o.Attr("name") == n.Attr("name") {
						o.SetBool("checked", false)
					}
				}
				n.SetBool("checked", true)
				changed = true
			}
		}
	}
	p.Dispatch(n, &Event{Type: "click"})
	if changed {
		p.Change(n)
	}
}

// Change fires change at n, as a field does when its edit is done.
func (p *Page) Change(n ui.Node) { p.Dispatch(n, &Event{Type: "change"}) }

// Paste pastes text into n as the paste event does; it reports whether
// a listener took it.
func (p *Page) Paste(n ui.Node, text string) bool {
	return p.Dispatch(n, &Event{Type: "paste", Paste: text, HasPaste: true})
}
