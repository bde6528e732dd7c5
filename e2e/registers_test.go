package e2e

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// registersFixtures are testdata/registers: six meetings, an item carried
// through all six (stale at the profile's six), one checked at the third,
// one added at the fourth, one added at the fifth and checked at the
// sixth, a decision written as a paragraph and a +1/-1 poll.
func registersFixtures(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("testdata/registers/*.md")
	if err != nil || len(files) != 6 {
		t.Fatalf("fixtures: %v %v", files, err)
	}
	for i, f := range files {
		if files[i], err = filepath.Abs(f); err != nil {
			t.Fatal(err)
		}
	}
	return files
}

// itemTexts is the items table's first column, in order.
const itemTexts = `[...document.querySelectorAll("#registers-items tbody tr td:first-child .reg-text")].map(b => b.textContent)`

func openRegisters(t *testing.T, ctx context.Context, files []string) {
	t.Helper()
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`#registers-files`, files, chromedp.ByQuery))
	poll(t, ctx, "the registers", `document.querySelector("#registers-people svg")`)
}

// TestRegistersTable opens the synthetic folder in the Registers dialog,
// sees the open items with their age and the attendance charts, sorts by
// clicking headers, filters with the boxes (keys typed, options chosen by
// keyboard), and clicks an item and a decision through to their lines.
func TestRegistersTable(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	openRegisters(t, ctx, registersFixtures(t))

	var status string
	eval(t, ctx, `document.getElementById("registers-status").textContent`, &status)
	if status != "From 6 meetings, 2025-01-08 to 2025-03-19." {
		t.Errorf("status %q", status)
	}
	// Open items first, longest carried first.
	var rows [][]string
	eval(t, ctx, `[...document.querySelectorAll("#registers-items tbody tr")].map(r => [...r.cells].map(c => c.textContent))`, &rows)
	want := [][]string{
		{"@robrwo - Write the disclosure policy stale", "@robrwo", "2025-01-08", "6", "70", "2025-03-19"},
		{"@leont - Review the CVE feed", "@leont", "2025-02-19", "3", "28", "2025-03-19"},
	}
	if !slices.EqualFunc(rows, want, slices.Equal) {
		t.Errorf("open items:\n%q\nwant\n%q", rows, want)
	}
	// A chart per person, a bar per meeting; @tux's regrets at the last.
	var bars []int
	eval(t, ctx, `[...document.querySelectorAll("#registers-people svg.att-chart")].map(s => s.querySelectorAll("rect").length)`, &bars)
	if !slices.Equal(bars, []int{6, 6, 6, 6}) {
		t.Errorf("bars per chart: %v", bars)
	}
	var tux string
	eval(t, ctx, `[...document.querySelectorAll("#registers-people tr")].find(r => r.textContent.startsWith("@tux")).querySelector("svg").getAttribute("aria-label")`, &tux)
	if tux != "@tux: attended 4 of 6 meetings, regrets 1, absent 0" {
		t.Errorf("@tux's chart: %q", tux)
	}

	// All items, then sort by clicking the headers.
	run(t, ctx, chromedp.Focus(`#registers-state`, chromedp.ByQuery), chromedp.KeyEvent("a"))
	poll(t, ctx, "all items", `document.getElementById("registers-count").textContent === "4 of 4 items"`)
	run(t, ctx, chromedp.Click(`#registers-items button[data-sort="text"]`, chromedp.ByQuery))
	var texts []string
	eval(t, ctx, itemTexts, &texts)
	if !slices.Equal(texts, []string{"@leont - Review the CVE feed", "@robrwo - Write the disclosure policy", "@sjn - Draft the budget for 2026", "@tux - Set up the mailing list"}) {
		t.Errorf("by item: %q", texts)
	}
	run(t, ctx, chromedp.Click(`#registers-items button[data-sort="text"]`, chromedp.ByQuery))
	var sort string
	eval(t, ctx, `document.querySelector('#registers-items th[aria-sort]').getAttribute("aria-sort") + " " + document.activeElement.dataset.sort`, &sort)
	eval(t, ctx, itemTexts, &texts)
	if sort != "descending text" || texts[0] != "@tux - Set up the mailing list" {
		t.Errorf("second click: %s, %q", sort, texts)
	}
	run(t, ctx, chromedp.Click(`#registers-items button[data-sort="first"]`, chromedp.ByQuery))
	eval(t, ctx, itemTexts, &texts)
	if texts[0] != "@robrwo - Write the disclosure policy" || texts[3] != "@sjn - Draft the budget for 2026" {
		t.Errorf("by first seen: %q", texts)
	}

	// Filters: words typed, an owner chosen.
	run(t, ctx, chromedp.Click(`#registers-find`, chromedp.ByQuery), chromedp.SendKeys(`#registers-find`, "mailing", chromedp.ByQuery))
	poll(t, ctx, "the text filter", `document.getElementById("registers-count").textContent === "1 of 4 items"`)
	run(t, ctx, chromedp.SendKeys(`#registers-find`, strings.Repeat(kb.Backspace, len("mailing")), chromedp.ByQuery))
	poll(t, ctx, "no text filter", `document.getElementById("registers-count").textContent === "4 of 4 items"`)
	run(t, ctx, chromedp.Focus(`#registers-owner`, chromedp.ByQuery), chromedp.KeyEvent("@s"))
	poll(t, ctx, "the owner filter", `document.getElementById("registers-count").textContent === "1 of 4 items"`)
	eval(t, ctx, itemTexts, &texts)
	if !slices.Equal(texts, []string{"@sjn - Draft the budget for 2026"}) {
		t.Errorf("owner @sjn: %q", texts)
	}

	// The decisions, with the poll's counts.
	var decisions string
	eval(t, ctx, `document.getElementById("registers-decisions").textContent`, &decisions)
	if !strings.Contains(decisions, "Decision: we meet every two weeks on Wednesdays.") || !strings.Contains(decisions, "4 for, 1 against, 0 abstaining") {
		t.Errorf("decisions: %q", decisions)
	}

	// Click an item through: its minutes open with the caret in its field.
	run(t, ctx, chromedp.Click(`#registers-items tbody button.reg-open`, chromedp.ByQuery))
	poll(t, ctx, "the item's field", `document.activeElement.value === "@sjn - Draft the budget for 2026"`)
	var place struct {
		Open     bool
		Caret    int
		Selected string
	}
	eval(t, ctx, `(() => { const ta = document.getElementById("markdown"); return {
		open: document.getElementById("registers-dialog").open,
		caret: document.activeElement.selectionStart,
		selected: ta.value.slice(ta.selectionStart, ta.selectionEnd) } })()`, &place)
	if place.Open || place.Caret != 0 || place.Selected != "- [x] @sjn - Draft the budget for 2026" {
		t.Errorf("after the click: %+v", place)
	}
	if md := markdown(t, ctx); !strings.Contains(md, "title: CPANSec meeting 2025-03-19") {
		t.Errorf("not the 2025-03-19 minutes:\n%s", md)
	}

	// The next agenda made from these minutes marks the stale item.
	run(t, ctx, chromedp.Click(`#act-next`, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the next agenda as a new draft")
	if md := markdown(t, ctx); !strings.Contains(md, "- [ ] @robrwo - Write the disclosure policy (carried 6 meetings)\n") ||
		!strings.Contains(md, "- [ ] @leont - Review the CVE feed\n") {
		t.Errorf("the next agenda does not mark the stale item:\n%s", md)
	}

	// A decision written as a paragraph has no form field: the text box
	// shows its line selected.
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.Click(`#registers-decisions button.reg-open`, chromedp.ByQuery))
	poll(t, ctx, "the decision's line", `document.activeElement.id === "markdown"`)
	var line string
	eval(t, ctx, `(() => { const ta = document.activeElement; return ta.value.slice(ta.selectionStart, ta.selectionEnd) })()`, &line)
	if line != "Decision: we meet every two weeks on Wednesdays." {
		t.Errorf("the text box selects %q", line)
	}
	waitMessage(t, ctx, "cpansec-minutes-2025-01-22.md” at line 17")
}

// TestRegistersResponsive builds the registers of all 177 versions of the
// corpus: the page reports its progress while it builds (it works in
// slices and gives the main thread back between them), a key typed into
// the filter meanwhile is taken and applied to the table, and the
// longest main-thread task is logged (the figure for issue 15; the target
// of 200 ms is the bench's to judge, not a timed test's).
func TestRegistersResponsive(t *testing.T) {
	dir := filepath.Dir(corpusFile(t, "cpansec-minutes-2026-02-19@e006b80.md"))
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(files) < 177 {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	run(t, ctx, page.BringToFront()) // a background tab's timers and frames are throttled
	// Tasks are counted from the click on, not the page's start.
	eval(t, ctx, `(() => { window.longest = 0; window.progress = new Set();
		document.getElementById("act-registers").addEventListener("click", () => window.from = performance.now());
		new PerformanceObserver(l => l.getEntries().forEach(e => { if (window.from && e.startTime >= window.from) window.longest = Math.max(window.longest, e.duration) }))
			.observe({type: "longtask"});
		new MutationObserver(() => window.progress.add(document.getElementById("registers-status").textContent))
			.observe(document.getElementById("registers-status"), {childList: true, characterData: true, subtree: true});
		return true })()`, nil)
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`#registers-files`, files, chromedp.ByQuery))
	poll(t, ctx, "progress", `[...window.progress].some(s => s.startsWith("Reading the minutes")) || document.querySelector("#registers-people svg")`)
	run(t, ctx, chromedp.Click(`#registers-find`, chromedp.ByQuery), chromedp.SendKeys(`#registers-find`, "ovid", chromedp.ByQuery))
	var during string
	eval(t, ctx, `document.getElementById("registers-status").textContent`, &during)
	poll(t, ctx, "the registers", `document.querySelector("#registers-people svg")`)
	var steps []string
	eval(t, ctx, `[...window.progress].filter(s => s.startsWith("Reading"))`, &steps)
	if len(steps) < 3 {
		t.Errorf("progress shown %d times while building (%q): not built in slices", len(steps), steps)
	}
	var texts []string
	eval(t, ctx, itemTexts, &texts)
	if len(texts) == 0 || !strings.Contains(strings.ToLower(strings.Join(texts, " ")), "ovid") {
		t.Errorf("the filter typed while building (%q) is not applied: %q", during, texts)
	}
	for _, s := range texts {
		if !strings.Contains(strings.ToLower(s), "ovid") {
			t.Errorf("%q passed the filter \"ovid\"", s)
		}
	}
	var longest float64
	eval(t, ctx, `window.longest`, &longest)
	t.Logf("177 files: %d progress steps, longest main-thread task %.0f ms", len(steps), longest)
}
