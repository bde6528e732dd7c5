package form

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// The batches of a long document (issue 12 point 4, issue 14 point 5): the
// form of a document built a batch per task ends as the form built at once,
// and edits made while the batches arrive are neither lost nor misapplied.

// longFixture is formFixture with its agenda repeated until the document
// is far over openAtOnce.
func longFixture(times int) string {
	body := formFixture[strings.Index(formFixture, "## Agenda &"):]
	return formFixture + strings.Repeat(body, times)
}

// viewIDs matches the view ids in the form's markup, which differ between
// forms that made their views in another order.
var viewIDs = regexp.MustCompile(`\b(fs|fi|ft|fm|fp|fa|fn|data-s=")-?[0-9]+`)

// fieldText matches a text box's initial text: what it shows is its value,
// which a keystroke changes without rendering the markup again.
var boxText = regexp.MustCompile(`(<textarea[^>]*>)[^<]*(</textarea>)`)

// snapshot is what the form shows: the section list's markup (view ids
// replaced when anyIDs, text boxes' initial text left out), and the value and check of every field in the
// editor region (the facts and people included).
func snapshot(h *harness, anyIDs bool) string {
	list := boxText.ReplaceAllString(h.q("#section-list").HTML(), "$1$2")
	if anyIDs {
		list = viewIDs.ReplaceAllString(list, "$1#")
	}
	var b strings.Builder
	b.WriteString(list)
	for _, el := range h.page.QueryAll("#editor input, #editor textarea, #editor select") {
		if el.ID() == "markdown" {
			continue
		}
		fmt.Fprintf(&b, "\n%s %s=%q %v", el.Attr("data-f"), el.ID(), el.Value(), el.Bool("checked"))
	}
	return b.String()
}

// allAtOnce makes a form render every document in one go.
func allAtOnce(f *Form) { f.atOnce, f.batch = 1<<30, 1<<30 }

func markdownShell() string {
	return strings.Replace(formShell, "</section>", `<textarea id="markdown"></textarea></section>`, 1)
}

func TestFormLongDocumentInBatches(t *testing.T) {
	long := longFixture(200)
	h := newForm(t, long)
	if len(long) <= openAtOnce {
		t.Fatalf("the fixture is %d bytes, not over openAtOnce", len(long))
	}
	list := h.q("#section-list")
	if list.Attr("aria-busy") != "true" {
		t.Error("the section list is not busy while its sections arrive")
	}
	for i, v := range h.form.views {
		if !v.lazy {
			t.Fatalf("view %d was rendered in the task that opened the document", i)
		}
	}
	batches := 0
	for h.tasks.RunOne() {
		batches++
		if h.tasks.Pending() > 0 && list.Attr("aria-busy") != "true" {
			t.Fatalf("the list is not busy after batch %d of more", batches)
		}
	}
	if min := len(long) / fillBatch; batches < min {
		t.Errorf("%d batches for %d bytes, want at least %d", batches, len(long), min)
	}
	if list.Attr("aria-busy") != "" {
		t.Error("the section list is still busy after the last batch")
	}
	checkShown(t, h)
	once := newFormWith(t, markdownShell(), long, allAtOnce)
	if once.tasks.Pending() != 0 {
		t.Fatal("a form told to render at once queued batches")
	}
	if got, want := snapshot(h, false), snapshot(once, false); got != want {
		t.Errorf("built in %d batches, the form differs from the form built at once:\n%s", batches, firstDiff(got, want))
	}
}

// TestFormEditWhileBatchesArrive edits, through the form and the Markdown
// view, sections shown and sections not rendered yet, between batches.
func TestFormEditWhileBatchesArrive(t *testing.T) {
	long := longFixture(200)
	h := newForm(t, long)
	h.tasks.RunOne()
	h.page.Type(h.item("a plain item"), "a plain item, typed between two batches")
	h.tasks.RunOne()
	// The last agenda's paragraph, far below what is rendered yet.
	last := strings.LastIndex(h.src(), "Notes on the agenda, as a paragraph.")
	h.editText(h.src()[:last] + "Notes typed in the Markdown view." + h.src()[last+len("Notes on the agenda, as a paragraph."):])
	h.tasks.RunOne()
	h.editText(strings.Replace(h.src(), "## Agenda &", "## Agenda, renamed, &", 1))
	h.waitFor("the last batch", func() bool { return h.q("#section-list").Attr("aria-busy") == "" })
	src := h.src()
	for _, want := range []string{"a plain item, typed between two batches", "Notes typed in the Markdown view.", "## Agenda, renamed, &"} {
		if strings.Count(src, want) != 1 {
			t.Errorf("%q is %d times in the document", want, strings.Count(src, want))
		}
	}
	checkShown(t, h)
	once := newFormWith(t, markdownShell(), src, allAtOnce)
	if got, want := snapshot(h, true), snapshot(once, true); got != want {
		t.Errorf("after edits between batches, the form differs from the form of the same text built at once:\n%s", firstDiff(got, want))
	}
}

// TestFormLargePasteInBatches pastes a long text into the Markdown view
// of a short document: the new sections arrive a batch per task, and a
// keystroke in the form meanwhile lands where it was typed.
func TestFormLargePasteInBatches(t *testing.T) {
	h := newForm(t, formFixture)
	h.editText(longFixture(200))
	if h.tasks.Pending() == 0 {
		t.Fatal("the pasted sections were all rendered in the paste's task")
	}
	if h.q("#section-list").Attr("aria-busy") != "true" {
		t.Error("the section list is not busy while the pasted sections arrive")
	}
	h.page.Type(h.item("a plain item"), "a plain item, typed while the paste arrives")
	batches := h.tasks.RunAll()
	h.host.runTimers() // the facts, after an edit's quiet moment
	if batches < 2 {
		t.Errorf("%d batches", batches)
	}
	checkShown(t, h)
	once := newFormWith(t, markdownShell(), h.src(), allAtOnce)
	if got, want := snapshot(h, true), snapshot(once, true); got != want {
		t.Errorf("after a large paste, the form differs from the form of the same text built at once:\n%s", firstDiff(got, want))
	}
	if !strings.Contains(h.src(), "a plain item, typed while the paste arrives") {
		t.Error("the keystroke made while the paste arrived is lost")
	}
}

// checkShown checks the form against the document, every section
// rendered (what the elements show is compared with a form built at once).
func checkShown(t *testing.T, h *harness) {
	t.Helper()
	checkFormMatches(t, h)
	for i, v := range h.form.views {
		if v.lazy {
			t.Fatalf("view %d is still not rendered", i)
		}
	}
}

// firstDiff shows where two long texts first differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-120)
	return fmt.Sprintf("at byte %d:\n got …%s\nwant …%s", i, a[from:min(len(a), i+120)], b[from:min(len(b), i+120)])
}
