// Package messages is the editor page's messages area: notes that never
// cover the form or the preview, each with its buttons and a dismiss
// button; a message with a key replaces the one shown with the same key,
// and an info message with a timeout goes by itself. One delegated click
// listener serves every button, so showing messages adds no listener. It
// is written against package ui, so it is tested natively.
package messages

import (
	"strconv"
	"time"

	"github.com/cpansec/minutes/ui"
)

// After runs fn after d as an event handler (its failure reported like
// one's) and returns a function that cancels it.
type After func(d time.Duration, name string, fn func()) (stop func())

// Area shows messages in the page's messages element.
type Area struct {
	page  ui.Document
	box   ui.Node
	after After
	shown map[string]shown // by element id
	order []string         // the ids shown, oldest first
	seq   int
}

type shown struct {
	msg ui.Message
	el  ui.Node
}

// New returns the area of the element box.
func New(page ui.Document, box ui.Node, after After) *Area {
	return &Area{page: page, box: box, after: after, shown: map[string]shown{}}
}

// Bind installs the click listener of the messages' buttons.
func (m *Area) Bind() error { return m.box.Listen("click", "message button", m.click) }

// Show displays msg and returns its id.
func (m *Area) Show(msg ui.Message) string {
	if msg.Key != "" {
		m.DismissKey(msg.Key)
	}
	m.seq++
	id := "msg-" + strconv.Itoa(m.seq)
	el := m.page.Create("div")
	el.SetAttr("id", id)
	el.SetClass("msg msg-" + string(msg.Kind))
	el.SetAttr("data-key", msg.Key)
	p := m.page.Create("p")
	p.SetText(msg.Text)
	el.Append(p)
	for i, act := range msg.Actions {
		el.Append(m.button(strconv.Itoa(i), act.Label, ""))
	}
	el.Append(m.button("dismiss", "×", "Dismiss message"))
	m.box.Append(el)
	m.shown[id] = shown{msg: msg, el: el}
	m.order = append(m.order, id)
	if msg.Timeout > 0 && msg.Kind == ui.KindInfo {
		m.after(msg.Timeout, "message timeout", func() { m.Dismiss(id) })
	}
	return id
}

func (m *Area) button(action, text, label string) ui.Node {
	b := m.page.Create("button")
	b.SetAttr("type", "button")
	b.SetAttr("data-action", action)
	if label != "" {
		b.SetAttr("aria-label", label)
	}
	b.SetText(text)
	return b
}

// Dismiss removes the message with the given id, if shown.
func (m *Area) Dismiss(id string) {
	s, ok := m.shown[id]
	if !ok {
		return
	}
	s.el.Remove()
	delete(m.shown, id)
	for i, o := range m.order {
		if o == id {
			m.order = append(m.order[:i], m.order[i+1:]...)
			break
		}
	}
}

// DismissKey removes the message with the given key, if shown.
func (m *Area) DismissKey(key string) {
	for id, s := range m.shown {
		if s.msg.Key == key {
			m.Dismiss(id)
		}
	}
}

// Has tells whether a message with the key is shown.
func (m *Area) Has(key string) bool {
	_, ok := m.Find(key)
	return ok
}

// Find returns the shown message with the key.
func (m *Area) Find(key string) (ui.Message, bool) {
	for _, id := range m.order {
		if s := m.shown[id]; s.msg.Key == key {
			return s.msg, true
		}
	}
	return ui.Message{}, false
}

// Texts returns the text of each shown message's element (its buttons'
// included), by key.
func (m *Area) Texts() map[string]string {
	out := map[string]string{}
	for _, id := range m.order {
		s := m.shown[id]
		out[s.msg.Key] = s.el.Text()
	}
	return out
}

// click runs the action of the button clicked, the message dismissed
// first.
func (m *Area) click(ev ui.Event) error {
	b := ev.Target()
	if b == nil {
		return nil
	}
	action := b.Attr("data-action")
	parent := b.Parent()
	if action == "" || parent == nil {
		return nil
	}
	id := parent.ID()
	s, ok := m.shown[id]
	if !ok {
		return nil
	}
	m.Dismiss(id)
	if action == "dismiss" {
		return nil
	}
	i, err := strconv.Atoi(action)
	if err != nil || i < 0 || i >= len(s.msg.Actions) {
		return nil
	}
	return s.msg.Actions[i].Do()
}
