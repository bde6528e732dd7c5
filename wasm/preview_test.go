//go:build js && wasm

package main

import (
	_ "embed"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/profile"
)

//go:embed testdata/preview-minutes.md
var previewFixture string

// panelsShell is the markup of the preview, findings, action items and New
// dialog, as index.html has it, added to the foundation's test shell
// (which has #preview-body).
const panelsShell = `
<input type="radio" name="preview-mode" id="preview-mode-website" checked>
<input type="radio" name="preview-mode" id="preview-mode-github">
<span id="lint-count"></span><ul id="lint-list"></ul>
<button id="action-items-copy"></button><p id="action-items-summary"></p><div id="action-items-body"></div>
<dialog id="new-dialog">
 <select id="new-template"></select><p id="new-template-help"></p>
 <input type="date" id="new-date"><input type="time" id="new-time">
 <p id="new-problem" hidden></p>
 <button id="new-create"></button><button id="new-next-current"></button>
 <input type="file" id="new-next-file"><button id="new-cancel"></button>
</dialog>
`

// revealRecorder is a panel standing in for the form: it records the
// lines it is asked to reveal.
type revealRecorder struct{ lines []int }

func (r *revealRecorder) Show(*core.Document, core.Change, Origin) {}
func (r *revealRecorder) Reveal(line int)                          { r.lines = append(r.lines, line) }

// newPanelsEditor starts a test app (as newTestApp does, for tests and
// benchmarks) whose view is an Editor with the panels made by makers, plus
// a revealRecorder, showing source.
func newPanelsEditor(tb testing.TB, source string, makers ...panelMaker) (*Editor, *revealRecorder) {
	tb.Helper()
	rec := &revealRecorder{}
	panels := append(makers, func(*Editor) (Panel, error) { return rec, nil })
	a := startTestApp(tb, testApp{shell: testShell + panelsShell, panels: panels})
	a.load(a.drafts.NewDraft(source), false)
	if source != "" {
		a.changed()
	}
	return a.view, rec
}

// panelOf returns the editor's panel of type P.
func panelOf[P Panel](t testing.TB, e *Editor) P {
	t.Helper()
	for _, p := range e.panels {
		if q, ok := p.(P); ok {
			return q
		}
	}
	var zero P
	t.Fatalf("no %T panel", zero)
	return zero
}

// containers returns the HTML of the preview's chunk containers as the
// browser serializes it.
func containers(t *testing.T, body safejs.Value) []string {
	t.Helper()
	var out []string
	b := safejs.Unsafe(body)
	kids := b.Get("children")
	for i := 0; i < kids.Length(); i++ {
		out = append(out, kids.Index(i).Get("innerHTML").String())
	}
	return out
}

// fullRender renders source into a new detached preview, as a first
// render after loading does.
func fullRender(t *testing.T, source string, mode preview.Mode) []string {
	t.Helper()
	body, err := safejs.Global().Get("document")
	if err != nil {
		t.Fatal(err)
	}
	div, err := body.Call("createElement", "div")
	if err != nil {
		t.Fatal(err)
	}
	p := &previewPanel{e: &Editor{profile: profile.Default()}, body: div, mode: mode} // the app's profile, as the page's panel has
	p.r = p.newRenderer()
	if err := p.patch(p.r.UpdateString(source)); err != nil {
		t.Fatal(err)
	}
	return containers(t, div)
}

func TestPreviewShowsWebsiteRendering(t *testing.T) {
	e, _ := newPanelsEditor(t, previewFixture, newPreviewPanel)
	p := panelOf[*previewPanel](t, e)
	var joined strings.Builder
	for _, s := range p.shown {
		joined.WriteString(s.html)
	}
	if want := preview.Render([]byte(previewFixture), preview.WithPage(true)); joined.String() != want {
		t.Fatalf("the chunks shown join to\n%s\nwant preview.Render's\n%s", joined.String(), want)
	}
	html := safejs.Unsafe(p.body).Get("innerHTML").String()
	for _, want := range []string{`id="pv-page-title"`, `id="pv-agenda-1"`, `href="#agenda-1"`, `class="toc"`, "CPANSec meeting 2025-06-04 &lt;b&gt;bold&lt;/b&gt;"} {
		if !strings.Contains(html, want) {
			t.Errorf("preview lacks %s", want)
		}
	}
	// Ids from the document never shadow the page's own.
	if el := safejs.Unsafe(window()).Get("document").Call("querySelector", `#preview-body #messages, #preview-body [id]:not([id^="pv-"])`); !el.IsNull() {
		t.Errorf("an id without the prefix: %s", el.Get("outerHTML").String())
	}
	// The table of contents is labelled and not a landmark of its own.
	nav := safejs.Unsafe(p.body).Call("querySelector", "nav")
	if nav.IsNull() || nav.Call("getAttribute", "aria-label").String() != "Table of contents" {
		t.Error("the table of contents is not labelled")
	}
	if aside := safejs.Unsafe(p.body).Call("querySelector", "aside"); aside.IsNull() || aside.Call("getAttribute", "role").String() != "none" {
		t.Error("the table of contents' aside is still a landmark")
	}
	for _, sel := range []string{"script", "b", "[onerror]", `a[href^="javascript:"]`} {
		if el := safejs.Unsafe(p.body).Call("querySelector", sel); !el.IsNull() {
			t.Errorf("the preview holds %s: %s", sel, el.Get("outerHTML").String())
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
// the editor; after each, the patched preview must hold what a fresh
// render of the same text holds.
func TestPreviewPatchEqualsFullRender(t *testing.T) {
	for name, source := range previewSources(t) {
		t.Run(name, func(t *testing.T) {
			e, _ := newPanelsEditor(t, source, newPreviewPanel)
			p := panelOf[*previewPanel](t, e)
			r := rand.New(rand.NewPCG(1, uint64(len(source))))
			for step := 0; step < 60; step++ {
				c := randomEdit(r, e.Doc().Bytes())
				if err := e.Apply(c, ""); err != nil {
					t.Fatalf("step %d: %v", step, err)
				}
				if step%3 == 0 { // sometimes two edits before a render
					continue
				}
				if err := p.flush(); err != nil {
					t.Fatal(err)
				}
				got, want := containers(t, p.body), fullRender(t, e.Doc().String(), preview.Website)
				if strings.Join(got, "\x00") != strings.Join(want, "\x00") {
					t.Fatalf("step %d (%+v): patched preview differs from a full render\n got %q\nwant %q", step, c, got, want)
				}
			}
			// Undo everything: back to the first render.
			for e.Undo() {
			}
			if err := p.flush(); err != nil {
				t.Fatal(err)
			}
			if got, want := containers(t, p.body), fullRender(t, source, preview.Website); strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Fatal("after undoing every edit the preview differs from the first render")
			}
		})
	}
}

// TestPreviewKeystrokeTouchesOneChunk types into one paragraph of a long
// document: only that paragraph's container changes.
func TestPreviewKeystrokeTouchesOneChunk(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Minutes\n\n")
	for i := 0; i < 40; i++ {
		b.WriteString("## Section " + string(rune('A'+i%26)) + "\n\n- [ ] item\n- [x] done\n\nA paragraph.\n\n")
	}
	source := b.String()
	e, _ := newPanelsEditor(t, source, newPreviewPanel)
	p := panelOf[*previewPanel](t, e)
	var before []safejs.Value
	for _, s := range p.shown {
		before = append(before, s.el)
	}
	observer := observe(t, p.body)
	at := strings.Index(source, "A paragraph.") + len("A paragraph")
	for i, ch := range []string{"!", "?", "."} {
		if err := e.Apply(core.Change{{Start: at + i, End: at + i, Text: ch}}, "typing"); err != nil {
			t.Fatal(err)
		}
		if err := p.flush(); err != nil {
			t.Fatal(err)
		}
	}
	records := safejs.Unsafe(observer).Call("takeRecords")
	touched := map[string]bool{}
	for i := 0; i < records.Length(); i++ {
		target := records.Index(i).Get("target")
		if target.Equal(safejs.Unsafe(p.body)) {
			t.Fatalf("a keystroke added or removed chunk containers")
		}
		touched[target.Call("getAttribute", "data-key").String()] = true
	}
	if len(touched) != 1 {
		t.Errorf("three keystrokes in one paragraph touched %d containers: %v", len(touched), touched)
	}
	if len(p.shown) != len(before) {
		t.Fatalf("%d containers, were %d", len(p.shown), len(before))
	}
	for i, s := range p.shown {
		if !safejs.Unsafe(before[i]).Equal(safejs.Unsafe(s.el)) {
			t.Errorf("container %d was replaced", i)
		}
	}
}

// observe starts a MutationObserver on el's subtree (read it with
// takeRecords).
func observe(t *testing.T, el safejs.Value) safejs.Value {
	t.Helper()
	noop, _, err := newFuncRegistry().add(func(safejs.Value, []safejs.Value) any { return nil })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(noop.Release)
	ctor := safejs.Unsafe(window()).Get("MutationObserver")
	o := ctor.New(safejs.Unsafe(noop.Value()))
	opts := safejs.Unsafe(safejs.Global()).Get("Object").New()
	opts.Set("childList", true)
	opts.Set("subtree", true)
	opts.Set("characterData", true)
	o.Call("observe", safejs.Unsafe(el), opts)
	t.Cleanup(func() { o.Call("disconnect") })
	return safejs.Safe(o)
}

func TestPreviewGitHubMode(t *testing.T) {
	e, _ := newPanelsEditor(t, previewFixture, newPreviewPanel)
	p := panelOf[*previewPanel](t, e)
	website := containers(t, p.body)
	click(t, "preview-mode-github")
	got := containers(t, p.body)
	if want := fullRender(t, previewFixture, preview.GitHub); strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != 1 {
		t.Fatalf("GitHub mode shows %q, want %q", got, want)
	}
	if !strings.Contains(got[0], "<table") || !strings.Contains(got[0], `{{ page.meeting_time`) {
		t.Errorf("GitHub mode should show the front matter table and the Liquid as typed: %.300s", got[0])
	}
	if err := e.Apply(core.Change{{Start: len(previewFixture), End: len(previewFixture), Text: "\nadded in GitHub mode\n"}}, ""); err != nil {
		t.Fatal(err)
	}
	if err := p.flush(); err != nil {
		t.Fatal(err)
	}
	if got := containers(t, p.body); !strings.Contains(got[0], "added in GitHub mode") {
		t.Error("an edit in GitHub mode is not shown")
	}
	click(t, "preview-mode-website")
	if got := containers(t, p.body); len(got) != len(website) || !strings.Contains(strings.Join(got, ""), "added in GitHub mode") {
		t.Errorf("back in website mode: %d chunks", len(got))
	}
}

// click clicks the element with the id.
func click(t *testing.T, id string) {
	t.Helper()
	el := safejs.Unsafe(window()).Get("document").Call("getElementById", id)
	if el.IsNull() {
		t.Fatalf("no #%s", id)
	}
	el.Call("click")
}

// TestPreviewLinksStayInTheEditor: a link to a heading scrolls the
// preview, and never changes the page's address.
func TestPreviewLinksStayInTheEditor(t *testing.T) {
	e, _ := newPanelsEditor(t, previewFixture, newPreviewPanel)
	p := panelOf[*previewPanel](t, e)
	before := safejs.Unsafe(window()).Get("location").Get("href").String()
	link := safejs.Unsafe(p.body).Call("querySelector", `nav a[href="#messages"]`)
	if link.IsNull() {
		t.Fatal("no table of contents link to #messages")
	}
	link.Call("click")
	if after := safejs.Unsafe(window()).Get("location").Get("href").String(); after != before {
		t.Errorf("the address changed to %s", after)
	}
}

// TestPreviewFollowsLoadAndSchedulesEdits: a load is shown at once, an
// edit by the next microtask.
func TestPreviewFollowsLoadAndSchedulesEdits(t *testing.T) {
	e, _ := newPanelsEditor(t, "# One\n", newPreviewPanel)
	p := panelOf[*previewPanel](t, e)
	if got := strings.Join(containers(t, p.body), ""); !strings.Contains(got, "One") {
		t.Fatalf("load not shown: %q", got)
	}
	if err := e.Apply(core.Change{{Start: 5, End: 5, Text: " two"}}, ""); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the edit in the preview", func() bool {
		return strings.Contains(strings.Join(containers(t, p.body), ""), "One two")
	})
	e.app.load(e.app.drafts.NewDraft("# Another draft\n"), false)
	if got := strings.Join(containers(t, p.body), ""); !strings.Contains(got, "Another draft") || strings.Contains(got, "One") {
		t.Errorf("switching drafts shows %q", got)
	}
}

// BenchmarkPreviewKeystroke measures one keystroke typed into an item in
// the middle of the largest real minutes (about 14 KB) and of 20 copies of
// it: Editor.Apply (the document updated in place, undo, the app and the
// Markdown text box told) then the preview updated (core/preview's
// Renderer and the DOM patch). It reports the median and 95th percentile
// of the whole (p50-ms, p95-ms) and of the preview's part alone
// (preview-p50-ms, preview-p95-ms).
//
//	GOOS=js GOARCH=wasm go test -exec=build/bin/wasmbrowsertest -run='^$' -bench=PreviewKeystroke ./wasm/
func BenchmarkPreviewKeystroke(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", "cpansec-minutes-2025-06-04@8faf856.md"))
	if err != nil {
		b.Skipf("corpus: %v", err)
	}
	for _, size := range []int{1, 20} {
		b.Run(strconv.Itoa(size)+"x", func(b *testing.B) {
			source := strings.Repeat(string(data), size)
			e, _ := newPanelsEditor(b, source, newPreviewPanel, newLintPanel, newActionsPanel)
			p := panelOf[*previewPanel](b, e)
			at := strings.LastIndex(source[:len(source)/2], "\n- ")
			at = at + strings.IndexByte(source[at+1:], '\n') // the end of that item's line
			whole := make([]time.Duration, 0, b.N)
			own := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if err := e.Apply(core.Change{{Start: at + i%50, End: at + i%50, Text: "x"}}, "typing"); err != nil {
					b.Fatal(err)
				}
				applied := time.Now()
				if err := p.flush(); err != nil {
					b.Fatal(err)
				}
				whole = append(whole, time.Since(start))
				own = append(own, time.Since(applied))
				if i%50 == 49 { // back to the original line
					if err := e.Apply(core.Change{{Start: at, End: at + 50}}, "typing"); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.StopTimer()
			for _, m := range []struct {
				name  string
				times []time.Duration
			}{{"", whole}, {"preview-", own}} {
				slices.Sort(m.times)
				b.ReportMetric(float64(m.times[len(m.times)/2].Microseconds())/1000, m.name+"p50-ms")
				b.ReportMetric(float64(m.times[len(m.times)*95/100].Microseconds())/1000, m.name+"p95-ms")
			}
		})
	}
}
