package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Taking minutes live (issue 10): the keys a scribe presses in long,
// wrapped items and pasted notes.

// TestUpDownInAWrappedItem walks with real Up and Down keys through an
// item that wraps over several lines: Down from the item before lands on
// its first line, each Down goes one line down in it, and only the Down
// on its last line leaves it; Up the same way back.
func TestUpDownInAWrappedItem(t *testing.T) {
	ctx, _ := openInNewTab(t, filepath.Join("testdata", "form-wrapped.md"))
	const before, after = "gamma", "delta"
	var long string
	eval(t, ctx, `[...document.querySelectorAll("#section-list .fit-text")].find(e => e.value.includes("long item")).value`, &long)
	formClickItem(t, ctx, before)
	var lines int
	eval(t, ctx, `(() => { const e = [...document.querySelectorAll("#section-list .fit-text")].find(e => e.value.includes("long item"));
		const s = getComputedStyle(e);
		return Math.round((e.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)) })()`, &lines)
	if lines < 3 {
		t.Fatalf("the long item shows %d lines; the test needs it wrapped over three or more", lines)
	}
	caret := func() int {
		var c int
		eval(t, ctx, `document.activeElement.selectionStart || 0`, &c)
		return c
	}
	walk := func(key, from, to string) {
		t.Helper()
		formKeys(t, ctx, key)
		if got := formFocused(t, ctx); got != long {
			t.Fatalf("%q from %q went to %q, not the long item", key, from, got)
		}
		last := caret()
		for i := 1; i < lines; i++ {
			formKeys(t, ctx, key)
			if got := formFocused(t, ctx); got != long {
				t.Fatalf("%q %d of %d lines left the long item for %q", key, i, lines, got)
			}
			c := caret()
			if key == kb.ArrowDown && c <= last || key == kb.ArrowUp && c >= last {
				t.Errorf("%q %d moved the caret from %d to %d", key, i, last, c)
			}
			last = c
		}
		formKeys(t, ctx, key)
		if got := formFocused(t, ctx); got != to {
			t.Errorf("%q on the last line went to %q, want %q", key, got, to)
		}
	}
	walk(kb.ArrowDown, before, after)
	walk(kb.ArrowUp, after, before)
	if md := markdown(t, ctx); !strings.Contains(md, long) {
		t.Error("walking changed the Markdown")
	}
	noFailure(t, ctx)
}

// TestPasteHeadingsMakeSections pastes (Ctrl+V, from the clipboard) notes
// with headings into a new item: each heading is a section after the
// item's, at its level, the lines under it its items, nested as pasted,
// in the file's style (no blank line after headings; children indented as
// its Attendees are); the preview shows the headings.
func TestPasteHeadingsMakeSections(t *testing.T) {
	ctx, orig := openInNewTab(t, filepath.Join("testdata", "form-agenda.md"))
	formClickItem(t, ctx, "gamma")
	formKeys(t, ctx, kb.End+kb.Enter)
	paste(t, ctx, "## Decisions\n- one\n  - two\n\n## Later\n")
	want := strings.Replace(string(orig), "- [ ] gamma\n", "- [ ] gamma\n\n### Decisions\n- one\n    - two\n\n### Later\n", 1)
	if md := markdown(t, ctx); md != want {
		t.Fatalf("after the paste:\n%s", md[strings.Index(md, "### Current"):])
	}
	var got struct{ Title, Heads string }
	eval(t, ctx, `({title: document.activeElement.value || "",
		heads: [...document.querySelectorAll("#preview h3")].map(h => h.textContent.trim()).join("|")})`, &got)
	if got.Title != "Later" {
		t.Errorf("after the paste the focus is on %q, want the title of the section Later", got.Title)
	}
	if !strings.Contains(got.Heads, "Decisions|Later") {
		t.Errorf("the preview's headings are %q", got.Heads)
	}
	noFailure(t, ctx)
}

// TestPreviewMarksAndClicksItems types in an item of real minutes: the
// preview marks that item (not only its section) and has it in view; a
// click on another item in the preview focuses that item in the form.
func TestPreviewMarksAndClicksItems(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md")
	srv := newSite(t)
	ctx := newTab(t)
	run(t, ctx, chromedp.EmulateViewport(1400, 900))
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, file)
	const edited = "Net::CIDR::Set taken over by @robrwo and patch submitted"
	formClickItem(t, ctx, edited)
	formKeys(t, ctx, kb.End+" zz")
	poll(t, ctx, "the edited item marked", `(() => { const m = document.querySelectorAll("#preview-body [data-edited]");
		return m.length === 1 && m[0].tagName === "LI" && m[0].textContent.trim() === `+jsString(edited+" zz")+` })()`)
	var inView bool
	eval(t, ctx, `(() => { const c = document.querySelector("#preview-body [data-edited]").getBoundingClientRect();
		const p = document.getElementById("preview-panel").getBoundingClientRect();
		return c.top >= p.top && c.bottom <= p.bottom })()`, &inView)
	if !inView {
		t.Error("the edited item is out of the preview's view")
	}
	// A nested item in another section, and an item of a section that
	// shares its chunk with the one before (no blank line before its
	// heading).
	for _, other := range []string{"@sjn - put together a detailed proposal", "@sjn - interesting discussions around"} {
		formClick(t, ctx, `[...document.querySelectorAll("#preview-body li")].find(l => l.textContent.trim().startsWith(`+jsString(other)+`))`)
		if got := formFocused(t, ctx); !strings.HasPrefix(got, other) {
			t.Errorf("a click on the item %q in the preview focused %q", other, got)
		}
	}
	formClick(t, ctx, `[...document.querySelectorAll("#preview-body h4")].find(h => h.textContent.trim() === "Recruitment")`)
	var title string
	eval(t, ctx, `document.activeElement.dataset.f + ":" + document.activeElement.value`, &title)
	if title != "title:Recruitment" {
		t.Errorf("a click on a heading in the preview focused %q", title)
	}
	noFailure(t, ctx)
}

// TestTypedHeadingMakesASection types "## Decisions" with real keys into
// a new item: it is a section after the item's, not an item "## ...",
// and the keys after the #s land in its title.
func TestTypedHeadingMakesASection(t *testing.T) {
	ctx, orig := openInNewTab(t, filepath.Join("testdata", "form-agenda.md"))
	formClickItem(t, ctx, "gamma")
	formKeys(t, ctx, kb.End+kb.Enter+"## Decisions")
	want := strings.Replace(string(orig), "- [ ] gamma\n", "- [ ] gamma\n\n### Decisions\n", 1)
	if md := markdown(t, ctx); md != want {
		t.Fatalf("after typing a heading:\n%s", md[strings.Index(md, "### Current"):])
	}
	var f string
	eval(t, ctx, `document.activeElement.dataset.f + ":" + document.activeElement.value`, &f)
	if f != "title:Decisions" {
		t.Errorf("the focus is on %q", f)
	}
	noFailure(t, ctx)
}
