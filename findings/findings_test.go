package findings

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

// shell is the lists' markup as index.html has it.
const shell = `<span id="lint-count"></span><ul id="lint-list"></ul>
<button id="action-items-copy"></button><p id="action-items-summary"></p><div id="action-items-body"></div>`

// testHost records what the lists ask of the page; timers wait for run.
type testHost struct {
	timers   []*timer
	revealed []int
	roster   []string
	msgs     map[string]ui.Message
	copied   []string
	refuse   bool
}

type timer struct {
	d       time.Duration
	fn      func()
	stopped bool
}

func (h *testHost) After(d time.Duration, name string, fn func()) func() {
	t := &timer{d: d, fn: fn}
	h.timers = append(h.timers, t)
	return func() { t.stopped = true }
}
func (h *testHost) Reveal(line int)                 { h.revealed = append(h.revealed, line) }
func (h *testHost) AddToRoster(handle string) error { h.roster = append(h.roster, handle); return nil }
func (h *testHost) Say(m ui.Message)                { h.msgs[m.Key] = m }

func (h *testHost) Copy(text, done string, refused func(), why string) error {
	if h.refuse {
		refused()
		return nil
	}
	h.copied = append(h.copied, text)
	return nil
}

// run runs the timers not stopped; it returns how many ran.
func (h *testHost) run() int {
	n := 0
	for len(h.timers) > 0 {
		t := h.timers[0]
		h.timers = h.timers[1:]
		if !t.stopped {
			t.fn()
			n++
		}
	}
	return n
}

type harness struct {
	page    *uitest.Page
	session *editor.Session
	prof    *profile.Profile
	lint    *Lint
	actions *Actions
	host    *testHost
}

// newLists shows source in both lists on an in-memory page.
func newLists(t *testing.T, source string) *harness {
	t.Helper()
	h := &harness{page: uitest.New(shell), session: editor.NewSession(time.Now), prof: profile.Default(), host: &testHost{msgs: map[string]ui.Message{}}}
	cfg := Config{Page: h.page, Session: h.session, Profile: h.prof, Host: h.host}
	h.lint, h.actions = NewLint(cfg), NewActions(cfg)
	h.session.Subscribe(func(u editor.Update) {
		h.lint.Show(u.Doc, u.Change, u.Origin)
		h.actions.Show(u.Doc, u.Change, u.Origin)
	})
	if err := h.session.Load(source); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, err := range h.page.Errors {
			t.Errorf("a listener failed: %v", err)
		}
	})
	return h
}

// texts returns the text of each element matching sel.
func (h *harness) texts(sel string) []string {
	var out []string
	for _, el := range h.page.QueryAll(sel) {
		out = append(out, el.Text())
	}
	return out
}

// click clicks the first element matching sel.
func (h *harness) click(t *testing.T, sel string) {
	t.Helper()
	el := h.page.Query(sel)
	if el == nil {
		t.Fatalf("nothing matches %s", sel)
	}
	h.page.Click(el)
}

func TestLintListsFindings(t *testing.T) {
	src, err := os.ReadFile("../previewpane/testdata/preview-minutes.md")
	if err != nil {
		t.Fatal(err)
	}
	h := newLists(t, string(src))
	if len(h.texts("#lint-list li")) != 0 || h.host.run() != 2 {
		t.Fatal("the lists were not put off to an idle moment")
	}
	want := lint.Check(h.session.Doc(), lint.WithProfile(h.prof))
	got := h.texts("#lint-list li")
	if len(got) != len(want) {
		t.Fatalf("listed %d findings, lint has %d: %q", len(got), len(want), got)
	}
	for i, f := range want {
		for _, part := range []string{"Line " + strconv.Itoa(f.Line), f.Severity.String(), f.Message} {
			if !strings.Contains(got[i], part) {
				t.Errorf("finding %d %q lacks %q", i, got[i], part)
			}
		}
		if strings.HasSuffix(got[i], "Fix") != f.Fixable() {
			t.Errorf("finding %d %q: Fix button shown %v, fixable %v", i, got[i], strings.HasSuffix(got[i], "Fix"), f.Fixable())
		}
	}
	// Divergences come through lint (rule renders-differently).
	if !strings.Contains(strings.Join(got, "\n"), "javascript:alert(1)") {
		t.Error("the preview's divergence (a link not followed) is not listed")
	}
	if count := h.page.ByID("lint-count").Text(); count != "("+strconv.Itoa(len(want))+", 1 error)" {
		t.Errorf("count %q", count)
	}
	h.click(t, `#lint-list button[data-action="go:1"]`)
	if len(h.host.revealed) != 1 || h.host.revealed[0] != want[1].Line {
		t.Errorf("revealed %v, want line %d", h.host.revealed, want[1].Line)
	}
}

func findingByRule(t *testing.T, fs []lint.Finding, rule string) int {
	t.Helper()
	for i, f := range fs {
		if f.Rule == rule && f.Fixable() {
			return i
		}
	}
	t.Fatalf("no fixable %s finding in %+v", rule, fs)
	return -1
}

func TestLintFix(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- []\u00a0open item\n- [ ] @rrwo proposal\n"
	h := newLists(t, source)
	h.lint.Run()
	i := findingByRule(t, h.lint.findings, "unknown-handle")
	fix := h.lint.findings[i].Fix
	h.click(t, `#lint-list button[data-action="fix:`+strconv.Itoa(i)+`"]`)
	if got, want := h.session.Source(), string(fix.Apply([]byte(source))); got != want {
		t.Fatalf("after Fix: %q, want %q", got, want)
	}
	for _, text := range h.texts("#lint-list li") {
		if strings.Contains(text, "@rrwo") {
			t.Errorf("the fixed finding is still listed: %q", text)
		}
	}
	if ok, _ := h.session.Undo(); !ok || h.session.Source() != source {
		t.Error("the fix is not one undo step")
	}
}

// TestLintFixAfterEdit: the document changed between the findings and
// the click; the fix is made again for the new text.
func TestLintFixAfterEdit(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @rrwo proposal\n"
	h := newLists(t, source)
	h.lint.Run()
	i := findingByRule(t, h.lint.findings, "unknown-handle")
	inserted := "Intro line.\n\n"
	if err := h.session.Apply(core.Change{{Start: 22, End: 22, Text: inserted}}, editor.OriginText, ""); err != nil {
		t.Fatal(err)
	}
	h.click(t, `#lint-list button[data-action="fix:`+strconv.Itoa(i)+`"]`)
	if want := "# Minutes 2025-06-04\n\n" + inserted + "- [ ] @robrwo proposal\n"; h.session.Source() != want {
		t.Fatalf("stale fix: %q, want %q", h.session.Source(), want)
	}
}

// TestLintAddToRoster: an unknown handle without a near one offers to
// add it to the roster, and the list is made again.
func TestLintAddToRoster(t *testing.T) {
	h := newLists(t, "# Minutes 2025-06-04\n\n- [ ] @zzqx proposal\n")
	h.lint.Run()
	h.click(t, `#lint-list button.finding-roster`)
	if strings.Join(h.host.roster, " ") != "@zzqx" {
		t.Errorf("added %q to the roster", h.host.roster)
	}
}

// TestLintKeepsFocus: a rebuild of the list keeps the keyboard focus on
// the same button.
func TestLintKeepsFocus(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @rrwo proposal\n- [ ] @stigstp audit\n"
	h := newLists(t, source)
	h.lint.Run()
	h.page.Query(`#lint-list button[data-action="go:1"]`).Focus()
	if err := h.session.Apply(core.Change{{Start: len(source), End: len(source), Text: "- [ ] @tib more\n"}}, editor.OriginText, ""); err != nil {
		t.Fatal(err)
	}
	h.lint.Run()
	if a := h.page.Active(); a.Attr("data-action") != "go:1" || !a.Connected() {
		t.Errorf("focus moved to %s", a.(*uitest.Node).Outer())
	}
}

// TestListsHostileText: messages quoting the document stay text.
func TestListsHostileText(t *testing.T) {
	h := newLists(t, "# Minutes 2025-06-04\n\n- [ ] @x<img src=x onerror=alert(1)> <b>bold</b>\n[a](javascript:alert(1))\n")
	h.host.run()
	if len(h.texts("#lint-list li")) == 0 || len(h.texts("#action-items-body li")) == 0 {
		t.Fatal("nothing listed")
	}
	if el := h.page.Query("#lint-list img, #lint-list b, #lint-list a, #action-items-body img, #action-items-body b"); el != nil {
		t.Errorf("markup from the document: %s", el.(*uitest.Node).Outer())
	}
}

const actionsSource = `# Minutes 2025-06-04

## Agenda

- [ ] @sjn - look at the CVE feed
- [x] @robrwo - done already
- [ ] @rrwo - write the proposal
- [ ] @robrwo
   - [ ] inherits the owner
- [ ] nobody's item
- [ ] @Tux - ship it
`

func TestActionsGroupByOwner(t *testing.T) {
	h := newLists(t, actionsSource)
	h.host.run()
	heads := h.texts("#action-items-body > h3")
	if want := []string{"@robrwo (2)", "@sjn (1)", "@tux (1)"}; strings.Join(heads, "|") != strings.Join(want, "|") { // "- [ ] @robrwo" names no task
		t.Fatalf("owners %q, want %q", heads, want)
	}
	var items []string
	for _, ul := range h.page.QueryAll("#action-items-body > ul") {
		var texts []string
		for _, li := range ul.QueryAll("li") {
			texts = append(texts, li.Text())
		}
		items = append(items, strings.Join(texts, "|"))
	}
	want := []string{"@rrwo - write the proposal line 7|inherits the owner line 9", "@sjn - look at the CVE feed line 5", "@Tux - ship it line 11"}
	if strings.Join(items, "\n") != strings.Join(want, "\n") {
		t.Errorf("groups %q, want %q", items, want)
	}
	if got := h.page.ByID("action-items-summary").Text(); got != "4 open items, 3 owners." {
		t.Errorf("summary %q", got)
	}
	h.click(t, `#action-items-body button[data-action="go:9"]`)
	if len(h.host.revealed) != 1 || h.host.revealed[0] != 9 {
		t.Errorf("revealed %v, want [9]", h.host.revealed)
	}
	h.click(t, "#action-items-copy")
	text := publish.ActionsText(publish.Actions(h.session.Doc(), h.prof), h.prof)
	if len(h.host.copied) != 1 || h.host.copied[0] != text || !strings.HasPrefix(text, "@robrwo (2)\n") {
		t.Errorf("copied %q", h.host.copied)
	}
	h.host.refuse = true
	h.click(t, "#action-items-copy")
	if h.host.msgs["actions-text"].Text != text {
		t.Error("a refused copy does not show the text to copy by hand")
	}
}

func TestActionsEmpty(t *testing.T) {
	h := newLists(t, "# Minutes\n\n- [x] @sjn done\n")
	h.actions.sig = "force a render"
	h.actions.Run()
	if heads := h.texts("#action-items-body > h3"); len(heads) != 0 {
		t.Errorf("owners %q", heads)
	}
	if got := h.page.ByID("action-items-summary").Text(); got != "No open action items." {
		t.Errorf("summary %q", got)
	}
	if !h.page.ByID("action-items-copy").Bool("disabled") {
		t.Error("Copy is enabled with nothing to copy")
	}
}

// TestIdleRunPutsOff: every change pushes the run back; one run follows
// a burst of changes, which sets one timer per list (a keystroke sets
// none while one is pending).
func TestIdleRunPutsOff(t *testing.T) {
	h := newLists(t, actionsSource)
	h.host.run()
	runs := 0
	h.lint.idle.cost = 0
	for i := range 5 {
		if err := h.session.Apply(core.Change{{Start: 0, End: 0, Text: strconv.Itoa(i)}}, editor.OriginText, ""); err != nil {
			t.Fatal(err)
		}
	}
	if len(h.host.timers) != 2 {
		t.Errorf("%d timers set by a burst of edits, want one per list", len(h.host.timers))
	}
	rev := h.lint.rev
	for len(h.host.timers) > 0 {
		tm := h.host.timers[0]
		h.host.timers = h.host.timers[1:]
		before := h.lint.linted
		tm.fn()
		if h.lint.linted != before {
			runs++
		}
	}
	if runs != 1 || h.lint.linted != rev {
		t.Errorf("lint ran %d times after a burst of edits, want once, for the last edit", runs)
	}
}

// TestLintListKeepsUnchangedEntries: an edit that changes one finding
// (typing in an item) writes that entry only; the others keep their
// elements.
func TestLintListKeepsUnchangedEntries(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @zzqx proposal\n- [ ] @zzqy audit\n- [ ] @zzqz more\n"
	h := newLists(t, source)
	h.lint.Run()
	before := h.page.QueryAll("#lint-list > li")
	if len(before) < 3 {
		t.Fatalf("%d findings listed", len(before))
	}
	at := strings.Index(source, "@zzqy") + len("@zzqy")
	if err := h.session.Apply(core.Change{{Start: at, End: at, Text: "w"}}, editor.OriginForm, ""); err != nil {
		t.Fatal(err)
	}
	h.page.ResetMutations()
	h.lint.Run()
	after := h.page.QueryAll("#lint-list > li")
	if len(after) != len(before) {
		t.Fatalf("%d findings listed, were %d", len(after), len(before))
	}
	kept := 0
	for i := range after {
		if after[i].Equal(before[i]) {
			kept++
		} else if !strings.Contains(after[i].Text(), "@zzqyw") {
			t.Errorf("entry %d made again: %q", i, after[i].Text())
		}
	}
	if kept != len(before)-1 {
		t.Errorf("%d of %d entries kept", kept, len(before))
	}
	if got := strings.Join(h.texts("#lint-list .finding-message"), "|"); !strings.Contains(got, "@zzqyw") || strings.Contains(got, "@zzqy ") {
		t.Errorf("messages %q", got)
	}
}
