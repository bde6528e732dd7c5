package findings

import (
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// Actions lists publish.Actions under the group's profile, as "minutes
// actions" does, grouped by owner as publish.GroupByOwner groups them (an
// action under each of its owners, a misspelt handle under the handle
// meant), each a button that reveals its line; Copy puts
// publish.ActionsText on the clipboard.
type Actions struct {
	page    ui.Document
	session *editor.Session
	prof    *profile.Profile
	host    Host

	bound, off          bool
	body, summary, copy ui.Node
	idle                idleRun

	groups []publish.OwnerActions
	count  int    // the actions shown (one with several owners once)
	text   string // publish.ActionsText of the groups shown
	sig    string
}

// NewActions makes the action items list; it binds to the page on the
// first Show.
func NewActions(cfg Config) *Actions {
	return &Actions{page: cfg.Page, session: cfg.Session, prof: cfg.Profile, host: cfg.Host}
}

// Show notes a change: the list is made again after an idle moment.
func (p *Actions) Show(*core.Document, core.Change, editor.Origin) {
	if !p.bind() {
		return
	}
	p.idle.after(p.host, "action items", p.Run)
}

func (p *Actions) bind() bool {
	if p.bound {
		return !p.off
	}
	p.bound = true
	p.body, p.summary, p.copy = p.page.ByID("action-items-body"), p.page.ByID("action-items-summary"), p.page.ByID("action-items-copy")
	p.off = p.body == nil || p.summary == nil || p.copy == nil ||
		p.body.Listen("click", "action items", p.click) != nil ||
		p.copy.Listen("click", "action items", func(ui.Event) error { return p.copyText() }) != nil
	return !p.off
}

// Run lists the current document's open actions now.
func (p *Actions) Run() {
	p.idle.stop()
	doc := p.session.Doc()
	if doc == nil || !p.bind() {
		return
	}
	actions := publish.Actions(doc, p.prof) // as "minutes actions" lists them
	p.groups = publish.GroupByOwner(actions, p.prof)
	p.count = len(actions)
	p.text = publish.ActionsText(actions, p.prof)
	p.render()
}

// render rebuilds the groups when they changed.
func (p *Actions) render() {
	if p.text == p.sig {
		return
	}
	p.sig = p.text
	b := builder{p.page}
	var nodes []ui.Node
	n := 0
	for _, g := range p.groups {
		owner := g.Owner
		if owner == "" {
			owner = publish.NoOwner
		}
		nodes = append(nodes, b.el("h3", "owner", owner+" ("+strconv.Itoa(len(g.Actions))+")"))
		ul := b.el("ul", "owner-actions", "")
		for _, a := range g.Actions {
			btn := b.button("action-go", "go:"+strconv.Itoa(a.Line), "")
			btn.Append(b.el("span", "action-text", oneLine(a.Text)+" "))
			btn.Append(b.el("span", "action-line", "line "+strconv.Itoa(a.Line)))
			li := b.el("li", "", "")
			li.Append(btn)
			ul.Append(li)
			n++
		}
		nodes = append(nodes, ul)
	}
	replaceChildren(p.page, p.body, nodes)
	summary := "No open action items."
	if n > 0 {
		summary = plural(p.count, "open item") + ", " + plural(len(p.groups), "owner") + "."
	}
	p.summary.SetText(summary)
	p.copy.SetBool("disabled", n == 0)
}

// oneLine joins the lines and runs of blanks of an item's text.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (p *Actions) click(ev ui.Event) error {
	if kind, line, ok := clickedIndex(ev); ok && kind == "go" {
		p.host.Reveal(line)
	}
	return nil
}

// copyText copies the action items as text; when the browser refuses,
// the text is shown in a message to copy by hand.
func (p *Actions) copyText() error {
	p.Run() // the list may wait for an idle moment
	if p.text == "" {
		return nil
	}
	return p.host.Copy(p.text, "The action items are on the clipboard.", func() {
		p.host.Say(ui.Message{Key: "actions-text", Kind: ui.KindInfo, Timeout: time.Minute, Text: p.text})
	}, "they are shown below to copy by hand")
}
