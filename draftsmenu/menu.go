// Package draftsmenu is the editor page's Drafts menu: the drafts kept in
// the browser, newest first, each with its meeting, when it was last
// edited and whether it is the one open here, and buttons to open, rename
// (in a small dialog) and delete it. What those do to the drafts is the
// app's (its Host). It is written against package ui, so it is tested
// natively.
package draftsmenu

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Host is what the menu needs of the app.
type Host interface {
	// Drafts lists the drafts, the current one as it is now.
	Drafts() []*editor.Draft
	// Current is the id of the draft open here.
	Current() string
	// Switch opens the draft with the id (the current one stored first).
	Switch(id string) error
	// Rename names the draft with the id.
	Rename(id, name string) error
	// Delete moves the draft with the id to the trash, with Undo.
	Delete(id string) error
}

// Config is what New needs.
type Config struct {
	Page ui.Document
	Host Host
	Now  func() time.Time // nil: time.Now
}

// Menu is the Drafts menu and its rename dialog.
type Menu struct {
	page ui.Document
	host Host
	now  func() time.Time

	menu, list, dialog, input ui.Node
	renaming                  string // the id of the draft being renamed
}

// New binds the menu to the page: one delegated click listener for the
// list, which is rebuilt often and must not add a listener per button.
func New(cfg Config) (*Menu, error) {
	m := &Menu{page: cfg.Page, host: cfg.Host, now: cfg.Now}
	if m.now == nil {
		m.now = time.Now
	}
	ids := []string{"drafts-menu", "drafts-list", "rename-dialog", "rename-input", "rename-ok", "rename-cancel"}
	els := make([]ui.Node, len(ids))
	for i, id := range ids {
		if els[i] = m.page.ByID(id); els[i] == nil {
			return nil, nil
		}
	}
	m.menu, m.list, m.dialog, m.input = els[0], els[1], els[2], els[3]
	listeners := []struct {
		el  ui.Node
		typ string
		fn  func(ui.Event) error
	}{
		{m.list, "click", m.click},
		{m.menu, "toggle", func(ui.Event) error { m.Render(); return nil }},
		{m.menu, "keydown", func(ev ui.Event) error {
			if ev.Key().Key == "Escape" && m.menu.Bool("open") {
				m.Close()
				if s := m.menu.QueryAll("summary"); len(s) > 0 {
					s[0].Focus()
				}
			}
			return nil
		}},
		{els[4], "click", func(ui.Event) error { return m.finishRename() }},
		{m.input, "keydown", func(ev ui.Event) error {
			if ev.Key().Key == "Enter" {
				return m.finishRename()
			}
			return nil
		}},
		{els[5], "click", func(ui.Event) error { m.dialog.Close(); return nil }},
	}
	for _, l := range listeners {
		if err := l.el.Listen(l.typ, "drafts menu", l.fn); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Close closes the menu.
func (m *Menu) Close() { m.menu.SetBool("open", false) }

// Render rebuilds the list. It is built only while the menu is open (and
// when it opens): building it reads every stored draft, too much work to
// repeat on every open and autosave when many drafts are kept.
func (m *Menu) Render() {
	m.list.SetText("")
	if !m.menu.Bool("open") {
		return
	}
	current := m.host.Current()
	for _, d := range m.host.Drafts() {
		label, sum := d.Label(), editor.Summarize(d, m.now())
		open := m.button("draft-open", "open", d.ID, "")
		open.Append(m.span("draft-meeting", sum.Meeting))
		edited := sum.Edited
		if d.ID == current {
			open.SetAttr("aria-current", "true")
			edited += " · open here"
		}
		open.Append(m.span("draft-date", edited))
		li := m.page.Create("li")
		li.Append(open)
		li.Append(m.button("draft-rename", "rename", d.ID, "Rename “"+label+"”"))
		li.Append(m.button("draft-delete", "delete", d.ID, "Delete “"+label+"”"))
		m.list.Append(li)
	}
}

func (m *Menu) span(class, text string) ui.Node {
	s := m.page.Create("span")
	s.SetClass(class)
	s.SetText(text)
	return s
}

func (m *Menu) button(class, action, id, label string) ui.Node {
	b := m.page.Create("button")
	b.SetAttr("type", "button")
	b.SetClass(class)
	b.SetAttr("data-action", action)
	b.SetAttr("data-id", id)
	if label != "" {
		b.SetAttr("aria-label", label)
		b.SetText(strings.ToUpper(action[:1]) + action[1:])
	}
	return b
}

func (m *Menu) click(ev ui.Event) error {
	t := ev.Target()
	if t == nil {
		return nil
	}
	b := t.Closest("button")
	if b == nil {
		return nil
	}
	id := b.Attr("data-id")
	switch b.Attr("data-action") {
	case "open":
		m.Close()
		if id == m.host.Current() {
			return nil
		}
		return m.host.Switch(id)
	case "rename":
		m.startRename(id)
	case "delete":
		return m.host.Delete(id)
	}
	return nil
}

// startRename opens the rename dialog with the draft's name selected.
func (m *Menu) startRename(id string) {
	for _, d := range m.host.Drafts() {
		if d.ID == id {
			m.renaming = id
			m.input.SetValue(d.Label())
			m.dialog.ShowModal()
			m.input.Focus()
			m.input.SetSelection(0, ui.UTF16Len(d.Label()))
			return
		}
	}
}

func (m *Menu) finishRename() error {
	m.dialog.Close()
	err := m.host.Rename(m.renaming, strings.TrimSpace(m.input.Value()))
	m.Render()
	return err
}
