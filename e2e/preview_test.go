package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/preview"
)

// previewBodyHTML is the HTML of the preview's body chunks (the page's
// head and foot left out) as the browser serializes it, with the
// preview's id prefix and the task boxes' labels taken off.
const previewBodyHTML = `[...document.querySelectorAll("#preview-body > .pv-chunk")]
	.filter(c => !["head", "foot", "cut"].includes(c.dataset.key))
	.map(c => c.innerHTML).join("").replace(/ id="pv-/g, ' id="').replace(/ aria-label="Task"/g, "")`

// browserHTML returns html as the browser serializes it once parsed.
func browserHTML(t *testing.T, ctx context.Context, html string) string {
	t.Helper()
	var out string
	eval(t, ctx, fmt.Sprintf(`(() => { const t = document.createElement("template"); t.innerHTML = %s; return t.innerHTML })()`, jsString(html)), &out)
	return out
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// openFile opens a file through the Open button's input and waits until
// the form and the preview show it whole.
func openFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	uploadFile(t, ctx, path)
	waitMessage(t, ctx, "Opened “"+filepath.Base(path)+"”")
	waitShown(t, ctx)
}

// TestPreviewWebsite opens real minutes: the preview shows what
// core/preview renders for the website, with the title and the table of
// contents.
func TestPreviewWebsite(t *testing.T) {
	files := []string{
		corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"), // the largest
		corpusFile(t, "cpansec-minutes-2024-11-15@ff5825f.md"), // timed agenda
		corpusFile(t, "cpansec-minutes-2024-02-10@a5000c2.md"), // 2024 early, layout page
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			openFile(t, ctx, file)
			var got string
			eval(t, ctx, previewBodyHTML, &got)
			if want := browserHTML(t, ctx, preview.Render(src)); got != want {
				t.Fatalf("the preview differs from preview.Render at %d:\n got …%s…\nwant …%s…", firstDiff([]byte(got), []byte(want)), around(got, firstDiff([]byte(got), []byte(want))), around(want, firstDiff([]byte(got), []byte(want))))
			}
			doc := preview.RenderDocument(src, preview.WithPage(true))
			var title string
			eval(t, ctx, `(document.getElementById("pv-page-title") || {}).textContent || ""`, &title)
			if title != doc.Title {
				t.Errorf("title %q, want %q", title, doc.Title)
			}
			var toc []string
			eval(t, ctx, `[...document.querySelectorAll("#preview-body nav.toc a")].map(a => a.getAttribute("href") + " " + a.textContent)`, &toc)
			var want []string
			for _, h := range doc.Headings {
				if h.ID != "" {
					want = append(want, "#"+h.ID+" "+h.Text)
				}
			}
			if strings.Join(toc, "\n") != strings.Join(want, "\n") {
				t.Errorf("table of contents %q, want %q", toc, want)
			}
			// Each entry leads to its heading in the preview.
			var missing []string
			eval(t, ctx, `[...document.querySelectorAll("#preview-body nav.toc a")].map(a => a.getAttribute("href").slice(1)).filter(id => !document.getElementById("pv-" + id))`, &missing)
			if len(missing) > 0 {
				t.Errorf("table of contents entries without a heading: %q", missing)
			}
		})
	}
}

// around is s near offset i, for failure messages.
func around(s string, i int) string {
	return s[max(0, i-80):min(len(s), i+80)]
}

func TestPreviewGitHubSwitch(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2024-11-15@ff5825f.md")
	ctx, src := openInNewTab(t, file)
	run(t, ctx, chromedp.Click(`label:has(#preview-mode-github)`, chromedp.ByQuery))
	var got string
	eval(t, ctx, previewBodyHTML, &got)
	if want := browserHTML(t, ctx, preview.Render(src, preview.WithMode(preview.GitHub))); got != want {
		t.Fatalf("GitHub mode differs from preview.Render at %d", firstDiff([]byte(got), []byte(want)))
	}
	var title int
	eval(t, ctx, `document.querySelectorAll("#pv-page-title").length`, &title)
	if title != 0 {
		t.Error("GitHub mode shows the website's title")
	}
	// Edits show in GitHub mode too, and the switch back shows the website.
	typeMarkdown(t, ctx, string(src)+"\nA line typed in GitHub mode.\n")
	poll(t, ctx, "the edit in the GitHub preview", `document.getElementById("preview-body").textContent.includes("A line typed in GitHub mode.")`)
	run(t, ctx, chromedp.Click(`label:has(#preview-mode-website)`, chromedp.ByQuery))
	poll(t, ctx, "the website preview", `document.getElementById("pv-page-title") && document.getElementById("preview-body").textContent.includes("A line typed in GitHub mode.")`)
}

// TestPreviewFollowsTyping: every edit of the text reaches the preview.
func TestPreviewFollowsTyping(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	text := "---\ntoc: true\n---\n# Minutes 2025-06-04\n\n## Agenda\n\n- [ ] item\n"
	for _, add := range []string{"\n## Added section\n", "\nmore *text*\n", "\n## Agenda\n\nagain\n"} {
		text += add
		typeMarkdown(t, ctx, text)
		poll(t, ctx, "the preview to follow", fmt.Sprintf(`(%s) === %s`, previewBodyHTML, jsString(browserHTML(t, ctx, preview.Render([]byte(text))))))
	}
	var toc []string
	eval(t, ctx, `[...document.querySelectorAll("#preview-body nav.toc a")].map(a => a.textContent)`, &toc)
	if strings.Join(toc, "|") != "Minutes 2025-06-04|Agenda|Added section|Agenda" {
		t.Errorf("table of contents %q", toc)
	}
}

// lintFixture has findings with and without fixes.
const lintFixture = "---\nlayout: single\nmeeting_time: 2025-06-04 16:00 UTC\ntitle: Minutes 2025-06-04\n---\n\n## Agenda\n\n- [ ]\u00a0@sjn open item\n- [ ] @rrwo proposal\n- []\u00a0broken\n\nNext meeting: 2025-06-18 16:00 UTC\n"

func TestLintFindingFix(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, lintFixture)
	d, err := core.Parse([]byte(lintFixture))
	if err != nil {
		t.Fatal(err)
	}
	want := lint.Check(d)
	poll(t, ctx, "the findings", fmt.Sprintf(`document.querySelectorAll("#lint-list li").length === %d`, len(want)))
	var texts []string
	eval(t, ctx, `[...document.querySelectorAll("#lint-list .finding-go")].map(b => b.textContent)`, &texts)
	for i, f := range want {
		if !strings.Contains(texts[i], fmt.Sprintf("Line %d", f.Line)) || !strings.Contains(texts[i], f.Message) {
			t.Errorf("finding %d %q, want line %d: %s", i, texts[i], f.Line, f.Message)
		}
	}
	i := -1
	for j, f := range want {
		if f.Rule == "unknown-handle" && f.Fixable() {
			i = j
		}
	}
	if i < 0 {
		t.Fatalf("no fixable unknown-handle finding in %v", want)
	}
	run(t, ctx, chromedp.Click(fmt.Sprintf(`#lint-list button[data-action="fix:%d"]`, i), chromedp.ByQuery))
	fixed := string(want[i].Fix.Apply([]byte(lintFixture)))
	poll(t, ctx, "the fixed text", fmt.Sprintf(`document.getElementById("markdown").value === %s`, jsString(fixed)))
	if diff := changedLines(lintFixture, fixed); len(diff) != 1 || diff[0] != want[i].Line {
		t.Errorf("the fix changed lines %v, want only %d", diff, want[i].Line)
	}
	var left string
	eval(t, ctx, `document.getElementById("lint-list").textContent`, &left)
	if strings.Contains(left, "@rrwo") {
		t.Errorf("the fixed finding is still listed: %q", left)
	}
	waitStored(t, ctx, fixed)
}

// changedLines returns the 1-based lines where a and b differ (same line count).
func changedLines(a, b string) []int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []int
	for i := range la {
		if i >= len(lb) || la[i] != lb[i] {
			out = append(out, i+1)
		}
	}
	return out
}

// TestFindingReveal: clicking a finding asks the editor to reveal its
// line; the form shows and focuses what is there.
func TestFindingReveal(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, lintFixture)
	poll(t, ctx, "the findings", `document.querySelector("#lint-list .finding-go")`)
	run(t, ctx, chromedp.Click(`#lint-list .finding-go`, chromedp.ByQuery))
	var inEditor bool
	eval(t, ctx, `document.getElementById("editor").contains(document.activeElement) && document.activeElement !== document.getElementById("markdown")`, &inEditor)
	if !inEditor {
		var active string
		eval(t, ctx, `document.activeElement.outerHTML.slice(0, 200)`, &active)
		t.Errorf("after clicking a finding the focus is on %s, not in the form", active)
	}
}

const actionsFixture = "# Minutes 2025-06-04\n\n## Agenda\n\n- [ ] @sjn - look at the CVE feed\n- [x] @robrwo - done\n- [ ] @rrwo - write the proposal\n- [ ] @Tux - ship it\n"

func TestActionItemsPanel(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, actionsFixture)
	poll(t, ctx, "the action items", `document.querySelectorAll("#action-items-body h3").length === 3`)
	var owners []string
	eval(t, ctx, `[...document.querySelectorAll("#action-items-body h3")].map(h => h.textContent)`, &owners)
	if strings.Join(owners, "|") != "@robrwo (1)|@sjn (1)|@tux (1)" {
		t.Errorf("owners %q", owners)
	}
	grantClipboard(t, ctx, srv.URL)
	run(t, ctx, chromedp.Click(`#action-items-copy`, chromedp.ByQuery))
	waitMessage(t, ctx, "The action items are on the clipboard")
	var clip string
	eval(t, ctx, `navigator.clipboard.readText()`, &clip)
	want := "@robrwo (1)\n- @rrwo - write the proposal (line 7)\n\n@sjn (1)\n- @sjn - look at the CVE feed (line 5)\n\n@tux (1)\n- @Tux - ship it (line 8)\n"
	if clip != want {
		t.Errorf("clipboard %q, want %q", clip, want)
	}
}

// TestPanelsAccessible runs axe-core with every panel of this file
// populated (findings with Fix buttons, action items, a table of
// contents, task boxes, a table) and with the New dialog open.
func TestPanelsAccessible(t *testing.T) {
	axe := axeScript(t)
	text := lintFixture + "\n## Projects\n\n| Project | State |\n|---|---|\n| [CPAN::Audit](https://metacpan.org/dist/CPAN-Audit) | released |\n\n- [x] done\n- [ ] @robrwo open\n"
	srv := newSite(t)
	for _, tc := range []struct {
		name, scheme string
		width        int64
		dialog       bool
	}{{"light wide", "light", 1280, false}, {"dark wide", "dark", 1280, true}, {"light phone preview", "light", 375, false}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newTab(t)
			run(t, ctx, chromedp.EmulateViewport(tc.width, 800), emulateScheme(tc.scheme), page.SetBypassCSP(true))
			openPage(t, ctx, srv.URL)
			typeMarkdown(t, ctx, text)
			poll(t, ctx, "the panels", `document.querySelector("#lint-list .finding-fix") && document.querySelector("#action-items-body h3") && document.querySelector("#preview-body nav.toc")`)
			if tc.width < 600 {
				run(t, ctx, chromedp.Click(`#tab-preview`, chromedp.ByQuery))
			}
			if tc.dialog {
				run(t, ctx, chromedp.Click(`#act-new`, chromedp.ByQuery), chromedp.WaitVisible(`#new-dialog`, chromedp.ByQuery))
			}
			axeAudit(t, ctx, axe)
		})
	}
}

// TestTableAlignmentUnderThePolicy: an aligned table shows aligned in both
// preview modes, and the page's Content-Security-Policy reports nothing
// (inline styles would be blocked; the preview writes align attributes).
func TestTableAlignmentUnderThePolicy(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	eval(t, ctx, `window.__violations = [], document.addEventListener("securitypolicyviolation",
		e => window.__violations.push(e.violatedDirective + " " + e.sample)), true`, new(bool))
	typeMarkdown(t, ctx, "# Minutes\n\n| who | what | when |\n|:--|:-:|--:|\n| @sjn | tooling | 16:00 |\n")
	for _, mode := range []string{"website", "github"} {
		run(t, ctx, chromedp.Click(`label:has(#preview-mode-`+mode+`)`, chromedp.ByQuery))
		poll(t, ctx, "the table in the "+mode+" preview", `!!document.querySelector("#preview-body table td")`)
		var aligns []string
		eval(t, ctx, `[...document.querySelectorAll("#preview-body td")].map(td => getComputedStyle(td).textAlign.replace("-webkit-", ""))`, &aligns)
		if strings.Join(aligns, " ") != "left center right" {
			t.Errorf("%s mode: cells aligned %q, want left center right", mode, aligns)
		}
	}
	var violations []string
	eval(t, ctx, `window.__violations`, &violations)
	if len(violations) != 0 {
		t.Errorf("policy violations: %q", violations)
	}
}

// TestPreviewFollowsTheEdit types in an item near the end of long real
// minutes: the preview marks the part that shows the edit and has it (the
// item edited, parts.go) in view beside the form; a click there goes back to the form.
func TestPreviewFollowsTheEdit(t *testing.T) {
	file := corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md")
	srv := newSite(t)
	ctx := newTab(t)
	run(t, ctx, chromedp.EmulateViewport(1400, 900))
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, file)
	var last string
	eval(t, ctx, `[...document.querySelectorAll("#section-list .fit-text")].map(e => e.value).filter(v => v.length > 8).pop()`, &last)
	formClickItem(t, ctx, last)
	formKeys(t, ctx, kb.End+" zz")
	poll(t, ctx, "the edited part marked", `(() => { const c = document.querySelector(".pv-chunk[data-editing]");
		return c && c.textContent.includes("zz") })()`)
	var inView bool
	eval(t, ctx, `(() => { const c = (document.querySelector(".pv-chunk [data-edited]") || document.querySelector(".pv-chunk[data-editing]")).getBoundingClientRect();
		const p = document.getElementById("preview-panel").getBoundingClientRect();
		return c.top >= p.top && c.top < p.bottom && c.top >= 0 && c.top < innerHeight })()`, &inView)
	if !inView {
		t.Error("the edited part is out of view")
	}
	// The message of the open is shown under the workspace, not over it.
	var covers string
	eval(t, ctx, `(() => { const m = document.querySelector("#messages .msg"); if (!m) return "no message";
		const r = m.getBoundingClientRect();
		for (const id of ["editor", "preview-panel"]) { const p = document.getElementById(id).getBoundingClientRect();
			if (r.top < p.bottom && r.bottom > p.top && r.left < p.right && r.right > p.left) return id }
		return "" })()`, &covers)
	if covers != "" {
		t.Errorf("the message covers %s", covers)
	}
	run(t, ctx, chromedp.Click(`.pv-chunk[data-editing] p, .pv-chunk[data-editing] li`, chromedp.ByQuery))
	var focus string
	eval(t, ctx, `document.activeElement.closest("#section-list") ? "form" : document.activeElement.tagName`, &focus)
	if focus != "form" {
		t.Errorf("a click in the preview left the focus on %s", focus)
	}
	noFailure(t, ctx)
}

// TestPreviewLooksLikeTheSite: the website mode takes the theme's values
// (docs/preview-theme.md): the table of contents is a boxed panel with
// the theme's title bar, H2s have their rule.
func TestPreviewLooksLikeTheSite(t *testing.T) {
	ctx, _ := openInNewTab(t, corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"))
	var got map[string]string
	eval(t, ctx, `(() => { const s = sel => getComputedStyle(document.querySelector("#preview-body " + sel));
		return {title: s(".toc .nav__title").backgroundColor, radius: s(".toc").borderTopLeftRadius,
			entry: s(".toc__menu a").borderBottomStyle, h2: s("h2").borderBottomWidth,
			text: s(".pv-chunk:nth-child(3) li").color} })()`, &got)
	want := map[string]string{"title": "rgb(111, 119, 125)", "radius": "4px", "entry": "solid", "h2": "1px", "text": "rgb(61, 65, 68)"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: %q, want the theme's %q", k, got[k], v)
		}
	}
}

// TestPreviewHoldsRemoteImages: minutes with a remote image (a tracking
// pixel, say) open without any request to its host: the preview shows the
// image's address; "Load images" loads it, for this draft, after a reload too.
func TestPreviewHoldsRemoteImages(t *testing.T) {
	file := filepath.Join(t.TempDir(), "pixel.md")
	if err := os.WriteFile(file, []byte("# Minutes 2025-06-04\n\n- ![pixel](https://tracker.invalid/p.gif?who=me) noted\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := newSite(t)
	ctx := newTab(t)
	var mu sync.Mutex
	requested := 0
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok && strings.Contains(e.Request.URL, "tracker.invalid") {
			mu.Lock()
			requested++
			mu.Unlock()
		}
	})
	run(t, ctx, network.Enable())
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, file)
	poll(t, ctx, "the held image", `!!document.querySelector("#preview-body .pv-held-image")`)
	eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
	mu.Lock()
	before := requested
	mu.Unlock()
	if before != 0 {
		t.Fatalf("opening the minutes requested the image %d times", before)
	}
	run(t, ctx, chromedp.Click("#preview-images", chromedp.ByQuery))
	poll(t, ctx, "the image", `!!document.querySelector('#preview-body img[src^="https://tracker.invalid/"]')`)
	run(t, ctx, chromedp.Reload(), waitReady())
	poll(t, ctx, "the image after a reload", `!!document.querySelector('#preview-body img[src^="https://tracker.invalid/"]') && document.getElementById("preview-images").checked`)
}
