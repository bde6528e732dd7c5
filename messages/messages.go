// Package messages is the editor page's messages area: notes that never
// cover the form or the preview, each with its buttons and a dismiss
// button; a message with a key replaces the one shown with the same key,
// and an info message with a timeout goes by itself. At most MaxShown are
// shown at once, newest first: past that the oldest info message goes
// (info fades anyway), and warnings and errors, which stay until closed,
// fold under an "N more" button. One delegated click
// listener serves every button, so showing messages adds no listener. It
// is written against package ui, so it is tested natively.
package messages

import (
	"strconv"
	"time"

	"github.com/cpansec/minutes/ui"
)

// MaxShown is how many messages the area shows at once: more would push
// the workspace away on a small screen.
const MaxShown = 3

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
	more  ui.Node // the "N more" button, nil until needed
	open  bool    // the folded messages are unfolded
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
	// Newest first: before the message that was newest.
	if n := len(m.order); n > 0 {
		m.box.InsertBefore(el, m.shown[m.order[n-1]].el)
	} else if m.more != nil {
		m.box.InsertBefore(el, m.more)
	} else {
		m.box.Append(el)
	}
	m.shown[id] = shown{msg: msg, el: el}
	m.order = append(m.order, id)
	m.dropInfo()
	m.layout()
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
	m.layout()
}

// dropInfo takes away the oldest info messages while more than MaxShown
// are shown; the newest message stays whatever its kind.
func (m *Area) dropInfo() {
	for i := 0; len(m.order) > MaxShown && i < len(m.order)-1; {
		if s := m.shown[m.order[i]]; s.msg.Kind == ui.KindInfo {
			m.Dismiss(m.order[i])
			continue
		}
		i++
	}
}

// layout hides the messages past the MaxShown newest, unless unfolded,
// and says how many are hidden on the "N more" button.
func (m *Area) layout() {
	n := len(m.order)
	if n <= MaxShown {
		m.open = false
	}
	for i, id := range m.order {
		m.shown[id].el.SetBool("hidden", !m.open && i < n-MaxShown)
	}
	folded := n - MaxShown
	if folded <= 0 || m.open {
		if m.more != nil {
			m.more.Remove()
			m.more = nil
		}
		return
	}
	if m.more == nil {
		m.more = m.button("more", "", "")
		m.more.SetClass("msg-more")
		m.box.Append(m.more)
	}
	m.more.SetText(strconv.Itoa(folded) + " more")
}

// Shown returns the keys of the messages not folded, newest first.
func (m *Area) Shown() []string {
	var out []string
	for i := len(m.order) - 1; i >= 0; i-- {
		if s := m.shown[m.order[i]]; !s.el.Bool("hidden") {
			out = append(out, s.msg.Key)
		}
	}
	return out
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
	if action == "more" {
		m.open = true
		m.layout()
		return nil
	}
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
