//go:build js && wasm

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/previewpane"
)

// previewFixture is the preview's own test document (package previewpane
// tests the preview natively; these tests its binding to the page).
var previewFixture = func() string {
	b, err := os.ReadFile("../previewpane/testdata/preview-minutes.md")
	if err != nil {
		panic(err)
	}
	return string(b)
}()

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

// revealRecorder is a panel standing in for the form, the Editor's
// Navigator: it records the lines it is asked to reveal.
type revealRecorder struct{ lines []int }

func (r *revealRecorder) Show(*core.Document, core.Change, Origin) {}
func (r *revealRecorder) Reveal(line int)                          { r.lines = append(r.lines, line) }
func (r *revealRecorder) ShowSection(string)                       {}
func (r *revealRecorder) Place() (string, int, bool)               { return "", 0, false }
func (r *revealRecorder) RestorePlace(string, int) bool            { return false }

// newPanelsEditor starts a test app (as newTestApp does, for tests and
// benchmarks) whose view is an Editor with the panels made by makers, plus
// a revealRecorder, showing source.
func newPanelsEditor(tb testing.TB, source string, makers ...panelMaker) (*Editor, *revealRecorder) {
	tb.Helper()
	rec := &revealRecorder{}
	panels := append(makers, func(e *Editor) (Panel, error) { e.SetNavigator(rec); return rec, nil })
	a := startTestApp(tb, testApp{shell: testShell + panelsShell, panels: panels})
	a.ws.Load(a.drafts.NewDraft(source), false)
	if source != "" {
		a.ws.Changed()
	}
	return a.view, rec
}

// panelOf returns the editor's panel of type P.
func panelOf[P Panel](t testing.TB, e *Editor) P {
	t.Helper()
	for _, p := range e.List() {
		if q, ok := p.(P); ok {
			return q
		}
	}
	var zero P
	t.Fatalf("no %T panel", zero)
	return zero
}

// previewHTML returns the markup of the page's preview body.
func previewHTML(a *App) string { return a.page.ByID("preview-body").HTML() }

// TestPreviewInThePage: the preview binds to the page, a load shows at
// once, an edit by the next microtask, and a link to a heading does not
// change the page's address.
func TestPreviewInThePage(t *testing.T) {
	e, _ := newPanelsEditor(t, previewFixture, newPreviewPanel)
	a := e.app
	if html := previewHTML(a); !strings.Contains(html, `id="pv-agenda-1"`) || !strings.Contains(html, `aria-label="Table of contents"`) {
		t.Fatalf("the preview shows %.300s", html)
	}
	before := must(must(safejs.Global().Get("location")).Get("href"))
	link := a.page.ByID("preview-body").QueryAll(`nav a[href="#messages"]`)
	if len(link) != 1 {
		t.Fatal("no table of contents link to #messages")
	}
	must(other(link[0]).Call("click"))
	if after := must(must(safejs.Global().Get("location")).Get("href")); !after.Equal(before) {
		s, _ := after.String()
		t.Errorf("the address changed to %s", s)
	}
	if err := e.session.Apply(core.Change{{Start: len(previewFixture), End: len(previewFixture), Text: "\nadded now\n"}}, OriginForm, ""); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the edit in the preview", func() bool { return strings.Contains(previewHTML(a), "added now") })
	a.ws.Load(a.drafts.NewDraft("# Another draft\n"), false)
	if got := previewHTML(a); !strings.Contains(got, "Another draft") || strings.Contains(got, "added now") {
		t.Errorf("switching drafts shows %.200s", got)
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
			p := panelOf[*previewpane.Pane](b, e)
			at := strings.LastIndex(source[:len(source)/2], "\n- ")
			at = at + strings.IndexByte(source[at+1:], '\n') // the end of that item's line
			whole := make([]time.Duration, 0, b.N)
			own := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				if err := e.session.Apply(core.Change{{Start: at + i%50, End: at + i%50, Text: "x"}}, OriginForm, "typing"); err != nil {
					b.Fatal(err)
				}
				applied := time.Now()
				if err := p.Flush(); err != nil {
					b.Fatal(err)
				}
				whole = append(whole, time.Since(start))
				own = append(own, time.Since(applied))
				if i%50 == 49 { // back to the original line
					if err := e.session.Apply(core.Change{{Start: at, End: at + 50}}, OriginForm, "typing"); err != nil {
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

// click clicks the element with the id.
func click(t *testing.T, id string) {
	t.Helper()
	el := safejs.Unsafe(window()).Get("document").Call("getElementById", id)
	if el.IsNull() {
		t.Fatalf("no #%s", id)
	}
	el.Call("click")
}
