package previewpane

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/ui/uitest"
)

// The batches of a long document (issue 12 point 4, issue 14 point 5): a
// preview built a batch per task ends as the one-shot render, and edits
// made while the batches arrive are shown.

// longMinutes is the largest real minutes with their body repeated times
// times, as the benchmark's "20x" document.
func longMinutes(t *testing.T, times int) string {
	src := string(corpustest.Largest(t))
	body := src[strings.Index(src, "\n## ")+1:]
	return src + strings.Repeat("\n"+body, times)
}

// newBatchedPane is newPane with a task queue the test runs.
func newBatchedPane(t *testing.T, source string) (*harness, *uitest.Tasks) {
	t.Helper()
	tasks := &uitest.Tasks{}
	h := &harness{page: uitest.New(shell), session: editor.NewSession(time.Now), host: &testHost{}}
	h.pane = New(Config{Page: h.page, Session: h.session, Host: h.host, Tasks: tasks})
	h.session.Subscribe(func(u editor.Update) { h.pane.Show(u.Doc, u.Change, u.Origin) })
	if err := h.session.Load(source); err != nil {
		t.Fatal(err)
	}
	return h, tasks
}

// runBatches runs the queued tasks and the flushes they lead to, checking
// that the preview is busy until the last; it returns the number of tasks.
func runBatches(t *testing.T, h *harness, tasks *uitest.Tasks) int {
	t.Helper()
	n := 0
	body := h.page.ByID("preview-body")
	for tasks.RunOne() {
		n++
		if tasks.Pending() > 0 && body.Attr("aria-busy") != "true" {
			t.Fatalf("the preview is not busy after batch %d of more", n)
		}
	}
	h.host.run(t)
	if body.Attr("aria-busy") != "" {
		t.Error("the preview is still busy after the last batch")
	}
	return n
}

func TestPreviewLongDocumentInBatches(t *testing.T) {
	long := longMinutes(t, 20)
	h, tasks := newBatchedPane(t, long)
	if body := h.page.ByID("preview-body"); body.Attr("aria-busy") != "true" || len(containers(h.page)) != 0 {
		t.Fatal("the long document was rendered in the task that loaded it")
	}
	shown := 0
	for tasks.Pending() > 0 {
		tasks.RunOne()
		n := len(containers(h.page))
		if n < shown {
			t.Fatalf("a batch took containers away (%d, then %d)", shown, n)
		}
		shown = n
	}
	batches := tasks.Ran
	if min := len(long) / (2 * buildBatch); batches < min {
		t.Errorf("%d batches for %d bytes, want at least %d", batches, len(long), min)
	}
	if got, want := containers(h.page), fullRender(t, long, h.pane.mode); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("built in %d batches, the preview differs from the one-shot render (%d containers, want %d)", batches, len(got), len(want))
	}
	if h.page.ByID("preview-body").Attr("aria-busy") != "" {
		t.Error("the preview is still busy after the last batch")
	}
}

// TestPreviewFencedDocumentInBatches builds a long document with fenced
// code early, as TC39's notes have (their first at line 27), in batches,
// not in one after the fence, and ends as the one-shot render.
func TestPreviewFencedDocumentInBatches(t *testing.T) {
	notes := string(corpustest.Read(t, filepath.Join(corpustest.OthersDir(), "tc39+notes", "meetings_2013-09_sept-19.md")))
	body := notes[strings.Index(notes, "\n#")+1:]
	long := notes + strings.Repeat("\n"+body, 12) // 280 kB
	h, tasks := newBatchedPane(t, long)
	batches := runBatches(t, h, tasks)
	if min := len(long) / (2 * buildBatch); batches < min {
		t.Errorf("%d batches for %d bytes, want at least %d", batches, len(long), min)
	}
	if got, want := containers(h.page), fullRender(t, long, h.pane.mode); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("built in %d batches, the preview differs from the one-shot render (%d containers, want %d)", batches, len(got), len(want))
	}
}

// TestPreviewEditWhileBatchesArrive edits the part shown and the part not
// built yet between batches, and loads another document during a build.
func TestPreviewEditWhileBatchesArrive(t *testing.T) {
	long := longMinutes(t, 20)
	h, tasks := newBatchedPane(t, long)
	tasks.RunOne()
	first := strings.Index(h.session.Source(), "## Welcome")
	h.apply(t, change(first, first, "## Typed while the preview arrives\n\n"))
	tasks.RunOne()
	end := len(h.session.Source())
	h.apply(t, change(end, end, "\n## Added at the end meanwhile\n\nIts text.\n"))
	runBatches(t, h, tasks)
	src := h.session.Source()
	if got, want := containers(h.page), fullRender(t, src, h.pane.mode); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after edits between batches, the preview differs from the one-shot render of the text")
	}
	html := h.page.ByID("preview-body").HTML()
	for _, want := range []string{"Typed while the preview arrives", "Added at the end meanwhile"} {
		if !strings.Contains(html, want) {
			t.Errorf("the preview lacks %q", want)
		}
	}

	// Another document opened during a build is the one shown.
	if err := h.session.Load(long); err != nil {
		t.Fatal(err)
	}
	tasks.RunOne()
	other := strings.Replace(long, "Agenda", "Other agenda", 1)
	if err := h.session.Load(other); err != nil {
		t.Fatal(err)
	}
	runBatches(t, h, tasks)
	if got, want := containers(h.page), fullRender(t, other, h.pane.mode); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("a document opened during a build is not what the preview shows")
	}
}

// TestPreviewLargePasteInBatches pastes a long text into a short
// document, as into the Markdown view.
func TestPreviewLargePasteInBatches(t *testing.T) {
	h, tasks := newBatchedPane(t, string(corpustest.Largest(t)))
	if tasks.Pending() != 0 {
		t.Fatal("a short document was built in batches")
	}
	long := longMinutes(t, 20)
	if err := h.session.EditText(editor.TextOf(h.session.Source()), editor.TextOf(h.session.Source())+long); err != nil {
		t.Fatal(err)
	}
	if len(h.host.pending) != 0 || tasks.Pending() == 0 {
		t.Fatal("the paste was not shown in batches")
	}
	if n := runBatches(t, h, tasks); n < 3 {
		t.Errorf("%d batches", n)
	}
	if got, want := containers(h.page), fullRender(t, h.session.Source(), h.pane.mode); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after a large paste, the preview differs from the one-shot render")
	}
	// A keystroke after the build is shown as edits are.
	end := len(h.session.Source())
	h.apply(t, change(end, end, "x"))
	if tasks.Pending() != 0 || len(h.host.pending) != 1 {
		t.Errorf("a keystroke after the build queued %d batches and %d flushes", tasks.Pending(), len(h.host.pending))
	}
}

func TestCutAfter(t *testing.T) {
	src := "# T\n\npara\n\n## A\n\ntext\n\n## B\n\ntext\n```\ncode\n\n## C\n```\n\n## D\n"
	for _, c := range []struct {
		from, batch, want int
	}{
		{0, 1, strings.Index(src, "## A")},
		{0, strings.Index(src, "## A") + 1, strings.Index(src, "## B")},
		{strings.Index(src, "## B"), 1, len(src)}, // a fence comes first: the rest at once
		{0, len(src), len(src)},
	} {
		if got := cutAfter(src, c.from, c.batch); got != c.want {
			t.Errorf("cutAfter(%d, %d) = %d, want %d", c.from, c.batch, got, c.want)
		}
	}
	// A closed fence after a blank line: the cut goes past it.
	src = "# T\n\n```js\ncode\n\n## C\n```\n\n## D\n\n<div>\n\n## E\n"
	for _, c := range []struct {
		from, batch, want int
	}{
		{0, 1, strings.Index(src, "## D")},
		{strings.Index(src, "## D"), 1, len(src)}, // raw HTML: the rest at once
	} {
		if got := cutAfter(src, c.from, c.batch); got != c.want {
			t.Errorf("cutAfter(%d, %d) = %d, want %d", c.from, c.batch, got, c.want)
		}
	}
}

// change is a one-span change.
func change(start, end int, text string) core.Change {
	return core.Change{{Start: start, End: end, Text: text}}
}
