//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
)

// The lint panel lists core/lint's findings once the user pauses: line,
// severity and message, each a button that asks the editor to reveal the
// line (the form focuses the item there), with a Fix button where the
// finding has a safe fix. lint includes preview.Divergences (rule
// renders-differently), so the places the website renders otherwise are
// listed here too. Everything is written as text nodes.

// maxFindingsShown bounds the list; a document with more findings shows
// the first ones and says how many there are.
const maxFindingsShown = 200

// lintPanel is the Panel of the findings list.
type lintPanel struct {
	e *Editor
	binding

	list, count safejs.Value
	idle        idleRun

	rev      int // changes shown to the panel
	linted   int // the rev the findings are for
	findings []lint.Finding
	sig      string // what the list shows, to skip identical rebuilds
}

func newLintPanel(e *Editor) (Panel, error) { return &lintPanel{e: e}, nil }

// Show implements Panel: the findings are computed after an idle moment.
func (p *lintPanel) Show(*core.Document, core.Change, Origin) {
	if !p.bind() {
		return
	}
	p.rev++
	p.idle.after(p.e.app, "lint", idleDelay, p.run)
}

func (p *lintPanel) bind() bool {
	return p.binding.ready(func() bool {
		els, ok := lookUp("lint-list", "lint-count")
		if !ok {
			return false
		}
		p.list, p.count = els[0], els[1]
		return listenAll(p.e.app, "findings", []listener{{p.list, "click", p.click}})
	})
}

// run checks the current document and shows the findings.
func (p *lintPanel) run() error {
	p.idle.stop()
	doc := p.e.Doc()
	if doc == nil {
		return nil
	}
	p.findings = lint.Check(doc, lint.WithProfile(p.e.profile))
	p.linted = p.rev
	return p.render()
}

// render rebuilds the list when it would show something else.
func (p *lintPanel) render() error {
	sig := findingsSignature(p.findings)
	if sig == p.sig {
		return nil
	}
	p.sig = sig
	focused := focusedAction(p.list)
	var items []safejs.Value
	for i, f := range p.findings {
		if i == maxFindingsShown {
			break
		}
		li, err := p.item(i, f)
		if err != nil {
			return err
		}
		items = append(items, li)
	}
	if err := replaceChildren(p.list, items); err != nil {
		return err
	}
	if err := p.count.Set("textContent", findingsCount(p.findings)); err != nil {
		return err
	}
	restoreFocus(p.list, focused)
	return nil
}

// item is one finding: a button that reveals its line, and Fix.
func (p *lintPanel) item(i int, f lint.Finding) (safejs.Value, error) {
	b := newElements()
	li := b.el("li", "finding finding-"+f.Severity.String(), "")
	line := "Line " + strconv.Itoa(f.Line)
	goTo := b.el("button", "finding-go", "")
	b.attr(goTo, "type", "button")
	b.attr(goTo, "data-action", "go:"+strconv.Itoa(i))
	// The trailing spaces keep the words apart in the button's name.
	b.add(goTo, b.el("span", "finding-line", line+" "))
	b.add(goTo, b.el("span", "finding-severity", f.Severity.String()+" "))
	b.add(goTo, b.el("span", "finding-message", f.Message))
	b.add(li, goTo)
	if h := f.Subject; f.Rule == "unknown-handle" && h != "" {
		add := b.el("button", "finding-roster", "Add to roster")
		b.attr(add, "type", "button")
		b.attr(add, "data-action", "roster:"+strconv.Itoa(i))
		b.attr(add, "aria-label", "Add "+h+" to the roster")
		b.add(li, add)
	}
	if f.Fixable() {
		fix := b.el("button", "finding-fix", "Fix")
		b.attr(fix, "type", "button")
		b.attr(fix, "data-action", "fix:"+strconv.Itoa(i))
		b.attr(fix, "aria-label", "Fix "+strings.ToLower(line[:1])+line[1:]+": "+f.Message)
		b.add(li, fix)
	}
	return li, b.err
}

// findingsCount is the summary beside the heading.
func findingsCount(fs []lint.Finding) string {
	if len(fs) == 0 {
		return ""
	}
	errs := 0
	for _, f := range fs {
		if f.Severity == lint.Error {
			errs++
		}
	}
	s := "(" + strconv.Itoa(len(fs))
	if errs > 0 {
		s += ", " + plural(errs, "error")
	}
	if len(fs) > maxFindingsShown {
		s += ", the first " + strconv.Itoa(maxFindingsShown) + " shown"
	}
	return s + ")"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

func findingsSignature(fs []lint.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column) + ":" + f.Rule + ":" + f.Message)
		if f.Fixable() {
			b.WriteString(":fix")
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// click handles the finding buttons.
func (p *lintPanel) click(ev safejs.Value) error {
	action, ok := clickedAction(ev)
	if !ok {
		return nil
	}
	kind, n, _ := strings.Cut(action, ":")
	i, err := strconv.Atoi(n)
	if err != nil || i < 0 || i >= len(p.findings) {
		return nil
	}
	switch kind {
	case "go":
		reveal(p.e, p.findings[i].Line)
	case "fix":
		return p.fix(i)
	case "roster":
		if f := p.findings[i]; f.Rule == "unknown-handle" && f.Subject != "" {
			h := f.Subject
			if err := p.e.app.addToRoster(p.e.profile, h); err != nil {
				return err
			}
			p.sig = ""
			return p.run()
		}
	}
	return nil
}

// fix applies the fix of finding i. When the document changed since the
// findings were made, they are made again first, so a fix never applies to
// text it was not made for.
func (p *lintPanel) fix(i int) error {
	if p.linted != p.rev {
		old := p.findings[i]
		if err := p.run(); err != nil {
			return err
		}
		if i = sameFinding(p.findings, old); i < 0 {
			p.e.app.msgs.Show(Message{Key: "lint-fix", Kind: KindInfo, Timeout: 6 * time.Second,
				Text: "That finding is gone: the text changed. The list is up to date now."})
			return nil
		}
	}
	f := p.findings[i]
	if err := p.e.Apply(f.Fix, ""); err != nil {
		p.e.app.msgs.Show(Message{Key: "lint-fix", Kind: KindWarning, Text: "The fix could not be applied: " + err.Error() + "."})
		return nil
	}
	return p.run()
}

// reveal shows the editor (on a narrow screen the findings and action
// items are on the Preview tab) and asks it to reveal the line.
func reveal(e *Editor, line int) {
	e.app.showPanel("editor")
	e.Reveal(line)
}

// sameFinding finds old among fs (made after an edit): same rule, message
// and column, the nearest line.
func sameFinding(fs []lint.Finding, old lint.Finding) int {
	best, dist := -1, 0
	for i, f := range fs {
		if f.Rule != old.Rule || f.Message != old.Message || f.Column != old.Column || !f.Fixable() {
			continue
		}
		d := f.Line - old.Line
		if d < 0 {
			d = -d
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	return best
}
