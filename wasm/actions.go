//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/publish"
)

// The action items panel lists publish.Actions under the group's profile,
// as "minutes actions" does, grouped by owner as publish.GroupByOwner
// groups them (an action under each of its owners, a misspelt handle under
// the handle meant), each a button that reveals its line; Copy puts
// publish.ActionsText on the clipboard. It is brought up to date after an
// idle moment, like the findings, and written as text nodes only.

// actionsPanel is the Panel of the action items.
type actionsPanel struct {
	e *Editor
	binding

	body, summary, copy safejs.Value
	idle                idleRun

	groups []publish.OwnerActions
	count  int    // the actions shown (one with several owners once)
	text   string // publish.ActionsText of the groups shown
	sig    string
}

func newActionsPanel(e *Editor) (Panel, error) { return &actionsPanel{e: e}, nil }

// Show implements Panel.
func (p *actionsPanel) Show(*core.Document, core.Change, Origin) {
	if !p.bind() {
		return
	}
	p.idle.after(p.e.app, "action items", idleDelay, p.run)
}

func (p *actionsPanel) bind() bool {
	return p.binding.ready(func() bool {
		els, ok := lookUp("action-items-body", "action-items-summary", "action-items-copy")
		if !ok {
			return false
		}
		p.body, p.summary, p.copy = els[0], els[1], els[2]
		return listenAll(p.e.app, "action items", []listener{
			{p.body, "click", p.click},
			{p.copy, "click", func(safejs.Value) error { return p.copyText() }},
		})
	})
}

// run lists the current document's open actions.
func (p *actionsPanel) run() error {
	p.idle.stop()
	doc := p.e.Doc()
	if doc == nil {
		return nil
	}
	prof := p.e.profile
	actions := publish.Actions(doc, prof) // as "minutes actions" lists them
	p.groups = publish.GroupByOwner(actions, prof)
	p.count = len(actions)
	p.text = publish.ActionsText(actions, prof)
	return p.render()
}

// render rebuilds the groups when they changed.
func (p *actionsPanel) render() error {
	if p.text == p.sig {
		return nil
	}
	p.sig = p.text
	focused := focusedAction(p.body)
	b := newElements()
	var nodes []safejs.Value
	n := 0
	for _, g := range p.groups {
		owner := g.Owner
		if owner == "" {
			owner = publish.NoOwner
		}
		nodes = append(nodes, b.el("h3", "owner", owner+" ("+strconv.Itoa(len(g.Actions))+")"))
		ul := b.el("ul", "owner-actions", "")
		for _, a := range g.Actions {
			li := b.el("li", "", "")
			btn := b.el("button", "action-go", "")
			b.attr(btn, "type", "button")
			b.attr(btn, "data-action", "go:"+strconv.Itoa(a.Line))
			b.add(btn, b.el("span", "action-text", oneLine(a.Text)+" "))
			b.add(btn, b.el("span", "action-line", "line "+strconv.Itoa(a.Line)))
			b.add(li, btn)
			b.add(ul, li)
			n++
		}
		nodes = append(nodes, ul)
	}
	if b.err != nil {
		return b.err
	}
	if err := replaceChildren(p.body, nodes); err != nil {
		return err
	}
	summary := "No open action items."
	if n > 0 {
		summary = plural(p.count, "open item") + ", " + plural(len(p.groups), "owner") + "."
	}
	if err := p.summary.Set("textContent", summary); err != nil {
		return err
	}
	if err := p.copy.Set("disabled", n == 0); err != nil {
		return err
	}
	restoreFocus(p.body, focused)
	return nil
}

// oneLine joins the lines and runs of blanks of an item's text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (p *actionsPanel) click(ev safejs.Value) error {
	action, ok := clickedAction(ev)
	if !ok {
		return nil
	}
	if n, ok := strings.CutPrefix(action, "go:"); ok {
		if line, err := strconv.Atoi(n); err == nil {
			reveal(p.e, line)
		}
	}
	return nil
}

// copyText copies the action items as text; when the browser refuses,
// the text is shown in a message to copy by hand.
func (p *actionsPanel) copyText() error {
	if err := p.run(); err != nil { // the list may wait for an idle moment
		return err
	}
	if p.text == "" {
		return nil
	}
	a := p.e.app
	return a.copyText(p.text, "The action items are on the clipboard.", func() {
		a.msgs.Show(Message{Key: "actions-text", Kind: KindInfo, Timeout: time.Minute, Text: p.text})
	}, "they are shown below to copy by hand")
}
