package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/internal/testenv"
)

// A long document is shown a batch per task (issue 12 point 4, issue 14
// point 5, issue 16 point 3): the form and the preview are aria-busy until
// their last batch. These tests check what is shown once they are done,
// not how long it took (that is the benchmark's).

// waitShown waits until the form and the preview show the whole document.
func waitShown(t *testing.T, ctx context.Context) {
	t.Helper()
	pollLong(t, ctx, "the form and the preview complete", `!document.querySelector('#section-list[aria-busy="true"], #preview-body[aria-busy="true"], #markdown[aria-busy="true"]')`)
}

// pollLong is poll for work on a long document, which on a loaded machine
// (CI shares it) takes far longer than the page's ordinary work. It
// bounds the wait; it is not a measure of speed.
func pollLong(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var ok bool
		eval(t, ctx, "!!("+expr+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s (%s); messages: %q", what, expr, messages(t, ctx))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// newLongTab is newTab for a test of a long document, with more time
// before the tab is closed (a loaded machine takes minutes for what a
// quiet one does in seconds).
func newLongTab(t *testing.T) context.Context {
	t.Helper()
	return newTabFor(t, 5*time.Minute)
}

// markdownHas is an expression true when the Markdown box holds n bytes'
// worth of UTF-16 units of src (the document is loaded).
func markdownHas(src string) string {
	return fmt.Sprintf(`document.querySelector('textarea[aria-label="Markdown"]').value.length === %d`, utf16Len(src))
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// longMinutes is the largest real minutes with their body repeated times
// times (the benchmark's "20x" document), and a last section of its own.
func longMinutes(t *testing.T, times int) string {
	t.Helper()
	b, err := os.ReadFile(corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"))
	if err != nil {
		t.Fatal(err)
	}
	src := string(b)
	body := src[strings.Index(src, "\n## ")+1:]
	return src + strings.Repeat("\n"+body, times) + "\n## The very last section\n\n- the very last item\n"
}

// checkShownWhole checks that the page shows src whole: the Markdown box,
// every item in the form, the preview as preview.Render has it.
func checkShownWhole(t *testing.T, ctx context.Context, src string) {
	t.Helper()
	if got := markdown(t, ctx); got != src {
		t.Errorf("the Markdown box holds %d bytes, want the %d of the document", len(got), len(src))
	}
	doc, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var items []string
	eval(t, ctx, `[...document.querySelectorAll("#section-list .fit-text")].map(e => e.value)`, &items)
	if len(items) != len(doc.Items()) {
		t.Errorf("the form shows %d items, the document has %d", len(items), len(doc.Items()))
	} else if last := doc.Items()[len(doc.Items())-1].Text; items[len(items)-1] != last {
		t.Errorf("the form's last item is %q, want %q", items[len(items)-1], last)
	}
	var sections int
	eval(t, ctx, `document.querySelectorAll("#section-list > li").length`, &sections)
	if sections != len(doc.Sections())+1 {
		t.Errorf("the form shows %d sections, the document has %d (and the text before them)", sections, len(doc.Sections()))
	}
	var got string
	eval(t, ctx, previewBodyHTML, &got)
	if want := browserHTML(t, ctx, preview.Render([]byte(src))); got != want {
		i := firstDiff([]byte(got), []byte(want))
		t.Errorf("the preview differs from preview.Render at %d of %d:\n got …%s…\nwant …%s…", i, len(want), around(got, i), around(want, i))
	}
}

// TestOpenLongDocumentInSlices opens a 280 kB document: once the batches
// are done, the form and the preview show it whole, and an edit in its
// last item reaches the preview.
func TestOpenLongDocumentInSlices(t *testing.T) {
	src := longMinutes(t, 20)
	ctx := openLongFile(t, "long-minutes.md", src)
	formClickItem(t, ctx, "the very last item")
	formKeys(t, ctx, kb.End+" zz")
	pollLong(t, ctx, "the edit in the preview", `document.getElementById("preview-body").textContent.includes("the very last item zz")`)
	noFailure(t, ctx)
}

// TestPasteLongTextIntoMarkdownInSlices pastes 280 kB into the Markdown
// box of short minutes: the form and the preview show the result whole.
func TestPasteLongTextIntoMarkdownInSlices(t *testing.T) {
	srv := newSite(t)
	ctx := newLongTab(t)
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"))
	src := markdown(t, ctx) + "\n" + longMinutes(t, 20)
	typeMarkdown(t, ctx, src)
	pollLong(t, ctx, "the paste in the preview", `document.getElementById("preview-body").textContent.includes("the very last item")`)
	waitShown(t, ctx)
	checkShownWhole(t, ctx, src)
	noFailure(t, ctx)
}

// TestOpenFencedDocumentInSlices opens a 280 kB document made of TC39's
// notes, which have a fenced code block at line 27 (the preview's chunks
// start again after it): once the batches are done the page shows it
// whole, and real keys typed at the end of the Markdown box (read-only
// only until its text arrives) reach the preview.
func TestOpenFencedDocumentInSlices(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpustest.OthersDir(), "tc39+notes", "meetings_2013-09_sept-19.md"))
	if err != nil {
		testenv.Missing(t, "corpus-others missing: %v", err)
	}
	notes := string(b)
	body := notes[strings.Index(notes, "\n#")+1:]
	src := notes + strings.Repeat("\n"+body, 11) + "\n## The very last section\n\n- the very last item\n"
	ctx := openLongFile(t, "tc39-notes.md", src)
	var readOnly bool
	eval(t, ctx, `document.getElementById("markdown").readOnly`, &readOnly)
	if readOnly {
		t.Fatal("the Markdown box stays read-only after its text arrived")
	}
	eval(t, ctx, `(() => { const ta = document.getElementById("markdown");
		ta.focus(); ta.setSelectionRange(ta.value.length, ta.value.length); return true })()`, new(bool))
	formKeys(t, ctx, "- typed in the box")
	pollLong(t, ctx, "the typing in the preview", `document.getElementById("preview-body").textContent.includes("typed in the box")`)
	if got, want := markdown(t, ctx), src+"- typed in the box"; got != want {
		t.Errorf("the Markdown box ends %q, want %q", got[max(0, len(got)-40):], want[len(want)-40:])
	}
	noFailure(t, ctx)
}

// openLongFile opens src as a file named name in a wide page and waits
// until every batch is shown, checking the form and the preview show it
// whole.
func openLongFile(t *testing.T, name, src string) context.Context {
	t.Helper()
	file := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := newSite(t)
	ctx := newLongTab(t)
	run(t, ctx, chromedp.EmulateViewport(1400, 900))
	openPage(t, ctx, srv.URL)
	uploadFile(t, ctx, file)
	pollLong(t, ctx, "the document loaded", markdownHas(src))
	waitShown(t, ctx)
	checkShownWhole(t, ctx, src)
	return ctx
}
