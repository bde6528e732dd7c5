//go:build js && wasm

package main

import (
	"strconv"
	"time"

	"github.com/hack-pad/safejs"
	"honnef.co/go/js/dom/v2"

	"github.com/cpansec/minutes/ui"
)

// The messages' types are ui's, which the native panels use too.
type (
	Kind    = ui.Kind
	Action  = ui.Action
	Message = ui.Message
)

// Message kinds, used as CSS classes (msg-info, msg-warning, msg-error).
const (
	KindInfo    = ui.KindInfo
	KindWarning = ui.KindWarning
	KindError   = ui.KindError
)

// Messages shows messages in the page's status area. One delegated click
// listener serves every action button, so showing messages creates no
// js.Func.
type Messages struct {
	app   *App
	box   dom.HTMLElement
	shown map[string]shownMessage // by element id
	seq   int
}

type shownMessage struct {
	key     string
	el      dom.Element
	actions []Action
}

func newMessages(a *App, box dom.HTMLElement) *Messages {
	return &Messages{app: a, box: box, shown: map[string]shownMessage{}}
}

// bind installs the click listener for action and dismiss buttons.
func (m *Messages) bind() error {
	_, err := m.app.Listen(jsOf(m.box), "click", "message button", m.click)
	return err
}

// Show displays msg and returns its id.
func (m *Messages) Show(msg Message) string {
	if msg.Key != "" {
		m.DismissKey(msg.Key)
	}
	m.seq++
	id := "msg-" + strconv.Itoa(m.seq)
	doc := dom.GetWindow().Document()
	el := doc.CreateElement("div")
	el.SetID(id)
	el.SetAttribute("class", "msg msg-"+string(msg.Kind))
	el.SetAttribute("data-key", msg.Key)
	p := doc.CreateElement("p")
	p.SetTextContent(msg.Text)
	el.AppendChild(p)
	for i, act := range msg.Actions {
		b := doc.CreateElement("button")
		b.SetAttribute("type", "button")
		b.SetAttribute("data-action", strconv.Itoa(i))
		b.SetTextContent(act.Label)
		el.AppendChild(b)
	}
	close := doc.CreateElement("button")
	close.SetAttribute("type", "button")
	close.SetAttribute("data-action", "dismiss")
	close.SetAttribute("aria-label", "Dismiss message")
	close.SetTextContent("×")
	el.AppendChild(close)
	m.box.AppendChild(el)
	m.shown[id] = shownMessage{key: msg.Key, el: el, actions: msg.Actions}
	if msg.Timeout > 0 && msg.Kind == KindInfo {
		time.AfterFunc(msg.Timeout, func() { m.app.guard("message timeout", func() error { m.Dismiss(id); return nil }) })
	}
	return id
}

// Dismiss removes the message with the given id, if shown.
func (m *Messages) Dismiss(id string) {
	if s, ok := m.shown[id]; ok {
		s.el.Remove()
		delete(m.shown, id)
	}
}

// DismissKey removes the message with the given key, if shown.
func (m *Messages) DismissKey(key string) {
	for id, s := range m.shown {
		if s.key == key {
			m.Dismiss(id)
		}
	}
}

// Has tells whether a message with the key is shown.
func (m *Messages) Has(key string) bool {
	for _, s := range m.shown {
		if s.key == key {
			return true
		}
	}
	return false
}

func (m *Messages) click(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	button := dom.WrapElement(safejs.Unsafe(target))
	action := button.GetAttribute("data-action")
	if action == "" {
		return nil
	}
	parent := button.ParentElement()
	if parent == nil {
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
	if err != nil || i < 0 || i >= len(s.actions) {
		return nil
	}
	return s.actions[i].Do()
}
