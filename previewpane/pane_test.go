package previewpane

import (
	_ "embed"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

//go:embed testdata/preview-minutes.md
var previewFixture string

// shell is the preview's markup as index.html has it.
const shell = `<div id="messages"></div>
<section id="preview-panel">
<input type="radio" name="preview-mode" id="preview-mode-website" checked>
<input type="radio" name="preview-mode" id="preview-mode-github">
<input type="checkbox" id="preview-images">
<div id="preview-body"></div>
</section>`

// testHost records what the preview asks of the page; Soon's flushes
// wait for run.
type testHost struct {
	pending  []func() error
	slow     int
	revealed []int
	opened   []string
	inView   []ui.Node
	images   bool
	watched  []int // the pending bytes of each render
}

func (h *testHost) Soon(slow bool, fn func() error) {
	if slow {
		h.slow++
	}
	h.pending = append(h.pending, fn)
}
func (h *testHost) Reveal(line int)       { h.revealed = append(h.revealed, line) }
func (h *testHost) Open(href string)      { h.opened = append(h.opened, href) }
func (h *testHost) KeepInView(el ui.Node) { h.inView = append(h.inView, el) }
func (h *testHost) ImagesAllowed() bool   { return h.images }
func (h *testHost) Watched(pending int, last time.Duration, render func()) {
	h.watched = append(h.watched, pending)
	render()
}
func (h *testHost) SetImagesAllowed(on bool) { h.images = on }

// run runs the flushes queued.
func (h *testHost) run(t testing.TB) {
	t.Helper()
	for len(h.pending) > 0 {
		fn := h.pending[0]
		h.pending = h.pending[1:]
		if err := fn(); err != nil {
			t.Fatal(err)
		}
	}
}

type harness struct {
	page    *uitest.Page
	session *editor.Session
	pane    *Pane
	host    *testHost
}

// newPane shows source in a preview on an in-memory page.
func newPane(tb testing.TB, source string) *harness {
	tb.Helper()
	h := &harness{page: uitest.New(shell), session: editor.NewSession(time.Now), host: &testHost{}}
	h.pane = New(Config{Page: h.page, Session: h.session, Host: h.host})
	h.session.Subscribe(func(u editor.Update) { h.pane.Show(u.Doc, u.Change, u.Origin) })
	if err := h.session.Load(source); err != nil {
		tb.Fatal(err)
	}
	if h.pane.off {
		tb.Fatal("the preview did not bind to the shell")
	}
	tb.Cleanup(func() {
		for _, err := range h.page.Errors {
			tb.Errorf("a listener failed: %v", err)
		}
	})
	return h
}

// apply applies c as an edit in the form would.
func (h *harness) apply(t testing.TB, c core.Change) {
	t.Helper()
	if err := h.session.Apply(c, editor.OriginForm, ""); err != nil {
		t.Fatal(err)
	}
}

// containers returns the markup of the preview's chunk containers as the
// page holds it.
func containers(p *uitest.Page) []string {
	var out []string
	for _, el := range p.QueryAll("#preview-body > .pv-chunk") {
		out = append(out, strings.ReplaceAll(el.HTML(), ` data-edited="true"`, "")) // the mark of the part edited (follow.go)
	}
	return out
}

// fullRender renders source into a new preview, as a first render after
// loading does.
func fullRender(t *testing.T, source string, mode preview.Mode) []string {
	t.Helper()
	h := newPane(t, "")
	if mode != h.pane.mode {
		h.page.Click(h.page.ByID("preview-mode-github"))
	}
	h.pane.patch(h.pane.r.UpdateString(source))
	return containers(h.page)
}

func TestPreviewShowsWebsiteRendering(t *testing.T) {
	h := newPane(t, previewFixture)
	if want := preview.Render([]byte(previewFixture), preview.WithPage(true)); strings.Join(h.pane.Containers(), "") != want {
		t.Fatalf("the chunks shown join to\n%s\nwant preview.Render's\n%s", strings.Join(h.pane.Containers(), ""), want)
	}
	html := h.page.ByID("preview-body").HTML()
	for _, want := range []string{`id="pv-page-title"`, `id="pv-agenda-1"`, `href="#agenda-1"`, `class="toc"`, "CPANSec meeting 2025-06-04 &lt;b&gt;bold&lt;/b&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("preview lacks %s", want)
		}
	}
	// Ids from the document never shadow the page's own.
	if el := h.page.Query(`#preview-body #messages, #preview-body [id]:not([id^="pv-"])`); el != nil {
		t.Errorf("an id without the prefix: %s", el.(*uitest.Node).Outer())
	}
	// The table of contents is labelled and not a landmark of its own.
	if nav := h.page.Query("#preview-body nav"); nav == nil || nav.Attr("aria-label") != "Table of contents" {
		t.Error("the table of contents is not labelled")
	}
	if aside := h.page.Query("#preview-body aside"); aside == nil || aside.Attr("role") != "none" {
		t.Error("the table of contents' aside is still a landmark")
	}
	for _, sel := range []string{"script", "b", "[onerror]", `a[href^="javascript:"]`} {
		if el := h.page.Query("#preview-body " + sel); el != nil {
			t.Errorf("the preview holds %s: %s", sel, el.(*uitest.Node).Outer())
		}
	}
}

// randomEdit returns a random change of src: typing, deleting, a new
// paragraph, heading or list item, or a line joined to the next.
func randomEdit(r *rand.Rand, src []byte) core.Change {
	at := r.IntN(len(src) + 1)
	snippets := []string{"x", " ", "\n", "\n\n## New heading\n\n", "\n- [ ] @sjn new item\n", "**", "[a](https://x.org)", "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n", "# T\n"}
	switch r.IntN(4) {
	case 0: // delete a little
		end := min(len(src), at+r.IntN(12))
		return core.Change{{Start: at, End: end}}
	case 1: // replace a line's end by a space: two lines join
		if i := strings.IndexByte(string(src[at:]), '\n'); i >= 0 {
			return core.Change{{Start: at + i, End: at + i + 1, Text: " "}}
		}
	}
	return core.Change{{Start: at, End: at, Text: snippets[r.IntN(len(snippets))]}}
}

// previewSources are the fixture and, when present, a few real minutes.
func previewSources(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{"fixture": previewFixture}
	for _, name := range []string{"cpansec-minutes-2025-06-04@8faf856.md", "cpansec-minutes-2024-11-15@ff5825f.md", "cpansec-minutes-2026-02-19@e006b80.md"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", name))
		if err != nil {
			if ci := os.Getenv("CI"); ci == "true" || ci == "1" {
				t.Fatalf("corpus file missing (CI is set): %v", err)
			}
			continue
		}
		out[name] = string(data)
	}
	return out
}

// TestPreviewPatchEqualsFullRender applies random edit sequences through
// the session; after each, the patched preview must hold what a fresh
// render of the same text holds.
func TestPreviewPatchEqualsFullRender(t *testing.T) {
	for name, source := range previewSources(t) {
		t.Run(name, func(t *testing.T) {
			h := newPane(t, source)
			r := rand.New(rand.NewPCG(1, uint64(len(source))))
			for step := 0; step < 60; step++ {
				c := randomEdit(r, h.session.Doc().Bytes())
				h.apply(t, c)
				if step%3 == 0 { // sometimes two edits before a render
					continue
				}
				h.host.run(t)
				got, want := containers(h.page), fullRender(t, h.session.Source(), preview.Website)
				if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
					t.Fatalf("step %d (%+v): patched preview differs from a full render\n got %q\nwant %q", step, c, got, want)
				}
			}
			// Undo everything: back to the first render.
			for {
				if ok, err := h.session.Undo(); err != nil || !ok {
					break
				}
			}
			h.host.run(t)
			if got, want := containers(h.page), fullRender(t, source, preview.Website); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Fatal("after undoing every edit the preview differs from the first render")
			}
		})
	}
}

// TestPreviewKeystrokeTouchesOneChunk types into one paragraph of a long
// document: only that paragraph's container changes, and it is marked as
// the one being edited.
func TestPreviewKeystrokeTouchesOneChunk(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Minutes\n\n")
	for i := 0; i < 40; i++ {
		b.WriteString("## Section " + string(rune('A'+i%26)) + "\n\n- [ ] item\n- [x] done\n\nA paragraph.\n\n")
	}
	source := b.String()
	h := newPane(t, source)
	before := h.page.QueryAll("#preview-body > .pv-chunk")
	h.page.ResetMutations()
	at := strings.Index(source, "A paragraph.") + len("A paragraph")
	for i, ch := range []string{"!", "?", "."} {
		h.apply(t, core.Change{{Start: at + i, End: at + i, Text: ch}})
		h.host.run(t)
	}
	body := h.page.ByID("preview-body")
	touched := map[string]bool{}
	for _, m := range h.page.Mutations {
		if m.Kind == "attr" {
			continue // the mark of the part edited, the ids of new markup
		}
		if m.Target.Equal(body) {
			t.Fatalf("a keystroke added or removed chunk containers")
		}
		touched[m.Target.Attr("data-key")] = true
	}
	if len(touched) != 1 {
		t.Errorf("three keystrokes in one paragraph touched %d containers: %v", len(touched), touched)
	}
	after := h.page.QueryAll("#preview-body > .pv-chunk")
	if len(after) != len(before) {
		t.Fatalf("%d containers, were %d", len(after), len(before))
	}
	for i := range after {
		if !after[i].Equal(before[i]) {
			t.Errorf("container %d was replaced", i)
		}
	}
	edited := h.page.QueryAll(`#preview-body [data-editing]`)
	if len(edited) != 1 || !strings.Contains(edited[0].Text(), "A paragraph!?.") || len(h.host.inView) != 1 {
		t.Errorf("%d containers marked as edited, %d scrolled to", len(edited), len(h.host.inView))
	}
}

func TestPreviewGitHubMode(t *testing.T) {
	h := newPane(t, previewFixture)
	website := containers(h.page)
	h.page.Click(h.page.ByID("preview-mode-github"))
	got := containers(h.page)
	if want := fullRender(t, previewFixture, preview.GitHub); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != 1 {
		t.Fatalf("GitHub mode shows %q, want %q", got, want)
	}
	if !strings.Contains(got[0], "<table") || !strings.Contains(got[0], `{{ page.meeting_time`) {
		t.Errorf("GitHub mode should show the front matter table and the Liquid as typed: %.300s", got[0])
	}
	h.apply(t, core.Change{{Start: len(previewFixture), End: len(previewFixture), Text: "\nadded in GitHub mode\n"}})
	h.host.run(t)
	if got := containers(h.page); !strings.Contains(got[0], "added in GitHub mode") {
		t.Error("an edit in GitHub mode is not shown")
	}
	h.page.Click(h.page.ByID("preview-mode-website"))
	if got := containers(h.page); len(got) != len(website) || !strings.Contains(strings.Join(got, ""), "added in GitHub mode") {
		t.Errorf("back in website mode: %d chunks", len(got))
	}
}

// TestPreviewLinksStayInTheEditor: a link to a heading scrolls the
// preview, another opens in a new tab, and neither is followed by the
// page; a click elsewhere goes to the form, unless it ends a selection.
func TestPreviewLinksStayInTheEditor(t *testing.T) {
	h := newPane(t, previewFixture+"\n[out](https://example.org/x)\n")
	link := h.page.Query(`#preview-body nav a[href="#messages"]`)
	if link == nil {
		t.Fatal("no table of contents link to #messages")
	}
	if !h.page.Dispatch(link, &uitest.Event{Type: "click"}) || len(h.host.opened) != 0 {
		t.Error("a link to a heading was followed or opened")
	}
	out := h.page.Query(`#preview-body a[href="https://example.org/x"]`)
	if !h.page.Dispatch(out, &uitest.Event{Type: "click"}) || strings.Join(h.host.opened, " ") != "https://example.org/x" {
		t.Errorf("an outside link opened %q", h.host.opened)
	}
	if h.page.Dispatch(out, &uitest.Event{Type: "click", K: ui.Key{Ctrl: true}}) || len(h.host.opened) != 1 {
		t.Error("a Ctrl+click is not left to the browser")
	}
	para := h.page.Query("#preview-body p")
	h.page.Selecting = true
	h.page.Click(para)
	h.page.Selecting = false
	h.page.Click(para)
	if len(h.host.revealed) != 1 || h.host.revealed[0] <= 1 {
		t.Errorf("clicks on a paragraph revealed lines %v", h.host.revealed)
	}
}

// TestPreviewFollowsLoadAndSchedulesEdits: a load is shown at once, an
// edit at the flush Soon runs.
func TestPreviewFollowsLoadAndSchedulesEdits(t *testing.T) {
	h := newPane(t, "# One\n")
	if got := strings.Join(containers(h.page), ""); !strings.Contains(got, "One") {
		t.Fatalf("load not shown: %q", got)
	}
	h.apply(t, core.Change{{Start: 5, End: 5, Text: " two"}})
	if got := strings.Join(containers(h.page), ""); strings.Contains(got, "One two") || len(h.host.pending) != 1 {
		t.Fatalf("the edit was shown before its flush: %q", got)
	}
	h.host.run(t)
	if got := strings.Join(containers(h.page), ""); !strings.Contains(got, "One two") {
		t.Fatalf("edit not shown: %q", got)
	}
	if w := h.host.watched; len(w) != 2 || w[0] != 0 || w[1] != 4 {
		t.Errorf("renders watched with %v pending bytes, want the load's 0 and the edit's 4", w)
	}
	if err := h.session.Load("# Another draft\n"); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(containers(h.page), ""); !strings.Contains(got, "Another draft") || strings.Contains(got, "One") {
		t.Errorf("switching drafts shows %q", got)
	}
}

// TestPreviewImagesHeld: remote images show as their address until the
// draft allows them.
func TestPreviewImagesHeld(t *testing.T) {
	h := newPane(t, "# Images\n\n![logo](https://example.org/logo.png)\n")
	if h.page.Query("#preview-body img") != nil {
		t.Fatal("a remote image is in the page before the scribe asked")
	}
	box := h.page.ByID("preview-images")
	h.page.Click(box)
	if h.page.Query("#preview-body img") == nil || !h.host.images {
		t.Error("Load images did not load the image or keep the choice")
	}
}

// TestPreviewItemKeystrokeCalls types into an item of a long list: only
// the list's container changes, and the calls into the page stay few
// (issue 12: under 50 Go→JS calls a keystroke, the form's included).
func TestPreviewItemKeystrokeCalls(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Minutes\n\n## Notes\n\n")
	for i := 0; i < 30; i++ {
		b.WriteString("- item " + strconv.Itoa(i) + "\n")
	}
	b.WriteString("\n## After\n\nA paragraph.\n")
	source := b.String()
	h := newPane(t, "")
	counter := uitest.Count(h.page)
	h.pane = New(Config{Page: counter, Session: h.session, Host: h.host})
	h.session.Subscribe(func(u editor.Update) { h.pane.Show(u.Doc, u.Change, u.Origin) })
	if err := h.session.Load(source); err != nil {
		t.Fatal(err)
	}
	at := strings.Index(source, "item 15") + len("item 15")
	h.apply(t, core.Change{{Start: at, End: at, Text: "!"}})
	h.host.run(t)
	h.page.ResetMutations()
	counter.Reset()
	const keys = 5
	for i := 1; i <= keys; i++ {
		h.apply(t, core.Change{{Start: at + i, End: at + i, Text: "!"}})
		h.host.run(t)
	}
	touched := map[string]bool{}
	for _, m := range h.page.Mutations {
		if !m.Target.Connected() {
			continue // inside markup a later keystroke replaced
		}
		if c := m.Target.Closest(".pv-chunk"); c != nil {
			touched[c.Attr("data-key")] = true
		} else {
			t.Errorf("a keystroke changed %s outside the chunks", m.Kind)
		}
	}
	if len(touched) != 1 {
		t.Errorf("typing in one item touched %d containers", len(touched))
	}
	if edited := h.page.QueryAll(`#preview-body [data-edited]`); len(edited) != 1 || !strings.HasPrefix(edited[0].Text(), "item 15!!!!!!") {
		t.Errorf("%d parts marked as edited", len(edited))
	}
	if per := counter.Total() / keys; per > 4 {
		t.Errorf("%d calls into the page per keystroke (at most 4): %v", per, counter.Calls)
	}
}

// TestPreviewPrefixesIDsOnly: heading ids get IDPrefix in the markup,
// task boxes their name; the same characters in code or text stay as the
// file has them.
func TestPreviewPrefixesIDsOnly(t *testing.T) {
	source := "# T\n\n## H\n\ntext id=\"x\" and ` id=\"y\"`\n\n```\n id=\"w\"\n class=\"task-list-item-checkbox\"\n```\n\n<div id=\"r\">\n\n- [ ] task\n"
	h := newPane(t, source)
	got := h.page.ByID("preview-body").HTML()
	for _, want := range []string{`<h2 id="pv-h">`, ` id="w"`, `div id="r"`} {
		if !strings.Contains(strings.ReplaceAll(got, "&#34;", `"`), want) {
			t.Errorf("the preview lacks %s: %s", want, got)
		}
	}
	if n := len(h.page.QueryAll(`#preview-body input[aria-label="Task"]`)); n != 1 || strings.Count(got, `aria-label="Task"`) != 1 {
		t.Errorf("%d task boxes named: %s", n, got)
	}
	if strings.Contains(got, "pv-x") || strings.Contains(got, "pv-y") || strings.Contains(got, "pv-w") || strings.Contains(got, "pv-r") {
		t.Errorf("text changed: %s", got)
	}
}
