package findings

import (
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// maxFindingsShown bounds the list; a document with more findings shows
// the first ones and says how many there are.
const maxFindingsShown = 200

// Lint lists core/lint's findings once the user pauses: line, severity
// and message, each a button that reveals the line, with a Fix button
// where the finding has a safe fix and "Add to roster" for an unknown
// handle. lint includes preview.Divergences (rule renders-differently),
// so the places the website renders otherwise are listed here too.
type Lint struct {
	page    ui.Document
	session *editor.Session
	prof    *profile.Profile
	host    Host
	tasks   ui.Tasks

	bound, off  bool
	list, count ui.Node
	idle        idleRun

	rev      int // changes shown to the panel
	linted   int // the rev the findings are for
	findings []lint.Finding
	sig      string // what the list shows, to skip identical rebuilds
	shown    []shownFinding
	sliced   *lint.Run // the lint under way a step per task (slices.go)
}

// NewLint makes the findings list; it binds to the page on the first Show.
func NewLint(cfg Config) *Lint {
	p := &Lint{page: cfg.Page, session: cfg.Session, prof: cfg.Profile, host: cfg.Host, tasks: cfg.Tasks}
	if p.tasks == nil {
		p.tasks = ui.AtOnce{}
	}
	return p
}

// Show notes a change: the findings are computed after an idle moment.
func (p *Lint) Show(*core.Document, core.Change, editor.Origin) {
	if !p.bind() {
		return
	}
	p.rev++
	p.sliced = nil // a run under way is of an older text
	p.idle.after(p.host, "lint", p.runIdle)
}

func (p *Lint) bind() bool {
	if p.bound {
		return !p.off
	}
	p.bound = true
	p.list, p.count = p.page.ByID("lint-list"), p.page.ByID("lint-count")
	p.off = p.list == nil || p.count == nil || p.list.Listen("click", "findings", p.click) != nil
	return !p.off
}

// Run checks the current document and shows the findings now.
func (p *Lint) Run() {
	p.idle.stop()
	p.sliced = nil
	doc := p.session.Doc()
	if doc == nil || !p.bind() {
		return
	}
	p.findings = lint.Check(doc, lint.WithProfile(p.prof))
	p.linted = p.rev
	p.render()
}

// shownFinding is an entry of the list: its element and what it shows.
type shownFinding struct {
	sig string // findingSignature and the index its buttons name
	el  ui.Node
}

// render brings the list up to date when it would show something else:
// the entries that show the same finding at the same place are kept, the
// others made again (an edit that changes one finding's message writes
// one entry, not the list). The keyboard focus, when an entry it was in
// goes, moves to the button with the same data-action in the new list.
func (p *Lint) render() {
	sig := findingsSignature(p.findings)
	if sig == p.sig {
		return
	}
	p.sig = sig
	var focus ui.Node
	focused := ""
	if ae := p.page.Active(); ae != nil && p.list.Contains(ae) {
		focus, focused = ae, ae.Attr("data-action")
	}
	fs := p.findings[:min(len(p.findings), maxFindingsShown)]
	next := make([]shownFinding, len(fs))
	for i, f := range fs {
		s := strconv.Itoa(i) + ":" + findingSignature(f)
		if i < len(p.shown) && p.shown[i].sig == s {
			next[i] = p.shown[i]
			continue
		}
		next[i] = shownFinding{sig: s, el: p.item(i, f)}
		if i < len(p.shown) {
			p.list.InsertBefore(next[i].el, p.shown[i].el)
			p.shown[i].el.Remove()
		} else {
			p.list.Append(next[i].el)
		}
	}
	for _, s := range p.shown[min(len(fs), len(p.shown)):] {
		s.el.Remove()
	}
	p.shown = next
	p.count.SetText(findingsCount(p.findings))
	if focus != nil && !focus.Connected() {
		refocus(p.list, focused)
	}
}

// item is one finding: a button that reveals its line, and its actions.
func (p *Lint) item(i int, f lint.Finding) ui.Node {
	b := builder{p.page}
	li := b.el("li", "finding finding-"+f.Severity.String(), "")
	line := "Line " + strconv.Itoa(f.Line)
	n := strconv.Itoa(i)
	goTo := b.button("finding-go", "go:"+n, "")
	// The trailing spaces keep the words apart in the button's name.
	goTo.Append(b.el("span", "finding-line", line+" "))
	goTo.Append(b.el("span", "finding-severity", f.Severity.String()+" "))
	goTo.Append(b.el("span", "finding-message", f.Message))
	li.Append(goTo)
	if h := f.Subject; f.Rule == "unknown-handle" && h != "" {
		add := b.button("finding-roster", "roster:"+n, "Add to roster")
		add.SetAttr("aria-label", "Add "+h+" to the roster")
		li.Append(add)
	}
	if f.Fixable() {
		fix := b.button("finding-fix", "fix:"+n, "Fix")
		fix.SetAttr("aria-label", "Fix "+strings.ToLower(line[:1])+line[1:]+": "+f.Message)
		li.Append(fix)
	}
	return li
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

func findingsSignature(fs []lint.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString(findingSignature(f))
		b.WriteByte('\n')
	}
	return b.String()
}

// findingSignature is what an entry of the list shows of f.
func findingSignature(f lint.Finding) string {
	s := strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Column) + ":" + f.Rule + ":" + f.Message + ":" + f.Subject
	if f.Fixable() {
		s += ":fix"
	}
	return s
}

// click handles the finding buttons.
func (p *Lint) click(ev ui.Event) error {
	kind, i, ok := clickedIndex(ev)
	if !ok || i < 0 || i >= len(p.findings) {
		return nil
	}
	switch kind {
	case "go":
		p.host.Reveal(p.findings[i].Line)
	case "fix":
		p.fix(i)
	case "roster":
		if f := p.findings[i]; f.Rule == "unknown-handle" && f.Subject != "" {
			if err := p.host.AddToRoster(f.Subject); err != nil {
				return err
			}
			p.sig = ""
			p.Run()
		}
	}
	return nil
}

// fix applies the fix of finding i. When the document changed since the
// findings were made, they are made again first, so a fix never applies to
// text it was not made for.
func (p *Lint) fix(i int) {
	if p.linted != p.rev {
		old := p.findings[i]
		p.Run()
		if i = sameFinding(p.findings, old); i < 0 {
			p.host.Say(ui.Message{Key: "lint-fix", Kind: ui.KindInfo, Timeout: 6 * time.Second,
				Text: "That finding is gone: the text changed. The list is up to date now."})
			return
		}
	}
	if err := p.session.Apply(p.findings[i].Fix, editor.OriginForm, ""); err != nil {
		p.host.Say(ui.Message{Key: "lint-fix", Kind: ui.KindWarning, Text: "The fix could not be applied: " + err.Error() + "."})
		return
	}
	p.Run()
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
