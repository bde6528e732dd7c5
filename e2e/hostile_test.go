package e2e

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/cpansec/minutes/internal/corpustest"
)

// Issue 13's classes in the browser: documents built to freeze the page
// (Liquid that doubles a value, rescans of unclosed links), remote
// resources that would tell a tracker who opened the draft, and scheme
// tricks that would make a link run script. The native tests of the same
// classes are core/preview's (safety_test.go, liquid_budget_test.go,
// adversarial_test.go).

// liquidBomb doubles a string 34 times: the page stuck for minutes on it
// before Liquid had a budget.
var liquidBomb = "- {{ \"xx\"" + strings.Repeat(` | replace: "x", "xxxx"`, 34) + " }}\n"

// hostileDocument is real-looking minutes with a Liquid bomb, 20,000
// unclosed links (6.8 s natively, 30 s in the page before the guard),
// emphasis runs and nested brackets, and a marker the tests wait for.
func hostileDocument() string {
	return "# Minutes 2025-06-04\n\n## Attending\n\n- @robrwo\n\n## Notes\n\n" + liquidBomb + "\n" +
		strings.Repeat("[a](", 20000) + "\n\n" + strings.Repeat("*a _", 5000) + "\n\n" +
		strings.Repeat("![a](<", 5000) + "\n\nEND-OF-HOSTILE\n"
}

// remoteVectors would each make a request to evil.invalid if the preview
// let the browser load them; schemeVectors would each run __xss(N) if
// a link or an address kept its script.
var remoteVectors = []string{
	`![pixel](https://evil.invalid/pixel.gif)`,
	`<img src="https://evil.invalid/img.gif">`,
	`<img srcset="https://evil.invalid/srcset.gif 1x, https://evil.invalid/srcset2.gif 2x">`,
	`<picture><source srcset="https://evil.invalid/source.gif"><img src="https://evil.invalid/picture.gif"></picture>`,
	`<div style="background:url(https://evil.invalid/css-url.gif)">css url</div>`,
	`<style>@import url(https://evil.invalid/import.css); body { background: url(https://evil.invalid/style.gif) }</style>`,
	`<link rel="stylesheet" href="https://evil.invalid/link.css">`,
	`<video poster="https://evil.invalid/poster.gif"></video>`,
	`<table background="https://evil.invalid/table.gif"><tr><td>t</td></tr></table>`,
	`[![linked](https://evil.invalid/linked.gif)](https://example.org/)`,
}

var schemeVectors = []string{
	`[eighty](javascript&#58__xss(80))`,
	`[eighty-one](javascript&#0000058;__xss(81))`,
	`[eighty-two](javascript&#x3A__xss(82))`,
	`[eighty-three](javascript%3A__xss(83))`,
	"[eighty-four](java\u200bscript:__xss(84))",
	"[eighty-five](\u200bjavascript:__xss(85))",
	`[eighty-six](ｊａｖａｓｃｒｉｐｔ：__xss(86))`,
	`<a href="javascript&#58__xss(87)">eighty-seven</a>`,
	`<a href="&#0000106avascript:__xss(88)">eighty-eight</a>`,
	`[eighty-nine](\\evil.invalid/x)`,
	`[ninety](/\evil.invalid/x)`,
	`<a href="/\evil.invalid/x">ninety-one</a>`,
	`[ninety-two](//evil.invalid/x)`,
	`<https:\\evil.invalid>`,
	`[ninety-four](data:text/html,<script>__xss(94)</script>)`,
	`[ninety-five](vbscript:__xss(95))`,
}

// watchRequests fails the test at its end for every request the tab
// makes to anywhere but the site (data: and blob: stay in the page).
func watchRequests(t *testing.T, ctx context.Context, site string) {
	t.Helper()
	var mu sync.Mutex
	var away []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			u := e.Request.URL
			if !strings.HasPrefix(u, site) && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				mu.Lock()
				away = append(away, u)
				mu.Unlock()
			}
		}
	})
	run(t, ctx, network.Enable())
	t.Cleanup(func() {
		mu.Lock()
		defer mu.Unlock()
		for _, u := range away {
			t.Errorf("a request left the page: %s", u)
		}
	})
}

// longTaskWatch records, from before the page's scripts run, every
// main-thread task over 50 ms (PerformanceObserver's long tasks).
const longTaskWatch = `window.__longTasks = [];
new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration)) })
	.observe({type: "longtask", buffered: true});`

// newHostileTab is newWatchedTab (xss_test.go) that also records long
// tasks and fails on any request leaving the site.
func newHostileTab(t *testing.T, site string) context.Context {
	t.Helper()
	ctx := newWatchedTab(t)
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		if _, err := page.AddScriptToEvaluateOnNewDocument(longTaskWatch).Do(ctx); err != nil {
			return err
		}
		// A hidden tab reports no long tasks.
		return page.BringToFront().Do(ctx)
	}))
	watchRequests(t, ctx, site)
	return ctx
}

// longTasksSince returns the long tasks recorded after the first skip.
func longTasksSince(t *testing.T, ctx context.Context, skip int) []int {
	t.Helper()
	var tasks []int
	eval(t, ctx, `window.__longTasks`, &tasks)
	if skip > len(tasks) {
		return nil
	}
	return tasks[skip:]
}

// logTasks logs the long tasks of an opening. Issue 13's bound (no task
// over 200 ms) is a speed target: it is measured by the bench (-only
// hostile), not asserted here, where a loaded machine would make it flaky.
func logTasks(t *testing.T, where string, tasks []int) {
	t.Helper()
	t.Logf("%s: long tasks %v ms", where, tasks)
}

// draftTitles opens the drafts menu and returns the drafts it lists.
func draftTitles(t *testing.T, ctx context.Context) []string {
	t.Helper()
	run(t, ctx, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#drafts-list .draft-open`, chromedp.ByQuery))
	var titles []string
	eval(t, ctx, `[...document.querySelectorAll("#drafts-list .draft-open")].map(b => b.textContent)`, &titles)
	run(t, ctx, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery))
	return titles
}

// dropStart removes from tasks, once each, the tasks as long as those of
// a start without a document (within 20%), leaving the document's own.
func dropStart(tasks, start []int) []int {
	out := append([]int(nil), tasks...)
	for _, s := range start {
		for i, d := range out {
			if d*5 <= s*6 && d*5 >= s*4 {
				out = append(out[:i], out[i+1:]...)
				break
			}
		}
	}
	return out
}

// checkReachable: the page is usable after a reload, the hostile draft
// did not push out the others (at least want drafts are listed) and its
// preview does not hang the page.
func checkReachable(t *testing.T, ctx context.Context, want int) {
	t.Helper()
	titles := draftTitles(t, ctx)
	if len(titles) < want {
		t.Errorf("after a reload the drafts list has %q, want %d drafts", titles, want)
	}
	var ok bool
	eval(t, ctx, `new Promise(r => setTimeout(() => r(document.documentElement.dataset.state === "ready"), 200))`, &ok)
	if !ok {
		t.Error("the page is not ready after the reload")
	}
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRemoteAndSchemeVectors opens minutes holding every remote resource
// and scheme trick, in both preview modes: no request leaves the page, no
// script runs, no link has a scheme other than http:, https: or mailto:,
// and a click on a link off the page opens a new tab without referrer.
func TestRemoteAndSchemeVectors(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Minutes 2025-06-04\n\n## Vectors\n\n")
	for _, v := range append(append([]string(nil), remoteVectors...), schemeVectors...) {
		fmt.Fprintf(&b, "%s\n\n- item %s\n\n", v, v)
	}
	b.WriteString("END-OF-VECTORS\n")
	srv := newSite(t)
	ctx := newHostileTab(t, srv.URL)
	openPage(t, ctx, srv.URL)
	path := filepath.Join(t.TempDir(), "vectors.md")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	openFile(t, ctx, path)
	for _, mode := range []string{"website", "github"} {
		run(t, ctx, chromedp.Click(`label:has(#preview-mode-`+mode+`)`, chromedp.ByQuery))
		poll(t, ctx, "the vectors in the "+mode+" preview", `document.getElementById("preview-body").textContent.includes("END-OF-VECTORS") && !!document.querySelector('#preview-body [data-key="`+mode+`"], #preview-body')`)
		eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
		var hits []int
		eval(t, ctx, `window.__xssHits`, &hits)
		if len(hits) > 0 {
			t.Errorf("%s: vectors ran: %v", mode, hits)
		}
		var found []string
		eval(t, ctx, xssScan, &found)
		eval(t, ctx, linkScan, &found)
		for _, f := range found {
			t.Errorf("%s: %s", mode, f)
		}
	}
}

// linkScan appends to found every preview link with a scheme other than
// http:, https: and mailto: as the browser resolves it (an address it
// cannot resolve cannot be followed), then clicks every link that leaves
// the page: each must go through window.open to a new tab with
// noopener,noreferrer (wasm/preview.go), never navigate the editor away.
const linkScan = `(() => {
	const found = [], opened = [], open = window.open;
	window.open = (...args) => { opened.push(args); return null };
	const here = location.href;
	for (const a of document.querySelectorAll("#preview-body a[href]")) {
		const href = a.getAttribute("href");
		if (href.startsWith("#")) continue;
		let u;
		try { u = new URL(href, location.href) } catch { continue }
		if (!["http:", "https:", "mailto:"].includes(u.protocol)) found.push("link scheme " + u.protocol + " in " + a.outerHTML.slice(0, 120));
		const before = opened.length;
		a.click();
		const last = opened[opened.length - 1];
		if (opened.length !== before + 1 || last[1] !== "_blank" || last[2] !== "noopener,noreferrer")
			found.push("a click on " + a.outerHTML.slice(0, 120) + " did not open a new tab with noopener,noreferrer: " + JSON.stringify(last));
	}
	window.open = open;
	if (location.href !== here) found.push("a click navigated the editor to " + location.href);
	return found;
})()`

// TestPolicyQuietOnRealMinutes opens real minutes of several groups, in
// both preview modes, with the drafts list open: the page's
// Content-Security-Policy reports no violation (what the page needs, it
// allows; remote images are held, so img-src needs no host).
func TestPolicyQuietOnRealMinutes(t *testing.T) {
	files := []string{
		corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"),
		corpusFile(t, "cpansec-minutes-2026-02-19@e006b80.md"),
	}
	files = append(files, corpustest.Files(t, "../corpus-others/*/*.md")...)
	srv := newSite(t)
	ctx := newHostileTab(t, srv.URL)
	openPage(t, ctx, srv.URL)
	for _, f := range files {
		openFile(t, ctx, f)
		for _, mode := range []string{"github", "website"} {
			run(t, ctx, chromedp.Click(`label:has(#preview-mode-`+mode+`)`, chromedp.ByQuery))
		}
	}
	draftTitles(t, ctx)
	run(t, ctx, chromedp.Reload(), waitReady())
	eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
	var violations []string
	eval(t, ctx, `window.__cspViolations`, &violations)
	for _, v := range violations {
		t.Errorf("policy violation: %s", v)
	}
}

// TestHostileShareLinkOpensAsPlainText opens a share link to the hostile
// document (its Liquid bomb, 20,000 unclosed links and emphasis runs, in
// a 2 KB link) in a page holding another draft: the link's render budget
// is checked before it opens (core/preview.CheckBudget), so it opens as
// plain text in the Markdown box with the preview off and says why, with
// no request leaving the page (its long tasks are logged); after
// a reload it opens as plain text again and both drafts are reachable.
func TestHostileShareLinkOpensAsPlainText(t *testing.T) {
	openHostileAsPlainText(t, "the hostile share link", func(ctx context.Context, srv *httptest.Server, doc string) {
		link := shareLink(t, srv.URL, doc)
		t.Logf("share link: %d characters for %d bytes", len(link), len(doc))
		eval(t, ctx, fmt.Sprintf(`(location.hash = %q, true)`, strings.TrimPrefix(link, srv.URL+"/")), new(bool))
	})
}

// TestHostileFileOpensAsPlainText opens the hostile document as a file:
// past the preview's size budget, it opens as plain text in the Markdown
// box (its long tasks are logged), says why, shows nothing of it in the
// form or the preview, and does so again after a reload, with the other
// draft reachable.
func TestHostileFileOpensAsPlainText(t *testing.T) {
	openHostileAsPlainText(t, "the hostile file", func(ctx context.Context, _ *httptest.Server, doc string) {
		path := filepath.Join(t.TempDir(), "hostile.md")
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		uploadFile(t, ctx, path)
	})
}

// openHostileAsPlainText opens the hostile document (by open, in a page
// holding another draft) and checks that it shows as plain text only,
// says why, is stored, and shows so again after a reload with both drafts
// reachable.
func openHostileAsPlainText(t *testing.T, what string, open func(context.Context, *httptest.Server, string)) {
	t.Helper()
	doc := hostileDocument()
	srv := newSite(t)
	ctx := newHostileTab(t, srv.URL)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, "# Other draft\n")
	waitStored(t, ctx, "# Other draft\n")
	skip := len(longTasksSince(t, ctx, 0))
	open(ctx, srv, doc)
	waitMessage(t, ctx, "past what the preview shows at once")
	waitMessage(t, ctx, "It is shown as plain text in the Markdown box")
	if got := markdown(t, ctx); got != doc {
		t.Fatalf("%s opened %d bytes, want %d", what, len(got), len(doc))
	}
	eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
	logTasks(t, "opening "+what, longTasksSince(t, ctx, skip))
	if panels := shownPanels(t, ctx); strings.Contains(panels, "END-OF-HOSTILE") || strings.Contains(panels, "Attending") {
		t.Errorf("the form or the preview shows the hostile draft: %.200q", panels)
	}
	waitStored(t, ctx, doc)

	run(t, ctx, chromedp.Reload(), waitReady())
	waitMessage(t, ctx, "It is shown as plain text in the Markdown box")
	if got := markdown(t, ctx); got != doc {
		t.Fatalf("after a reload the draft is %.60q", got)
	}
	if panels := shownPanels(t, ctx); strings.Contains(panels, "END-OF-HOSTILE") {
		t.Error("after a reload the form or the preview shows the hostile draft")
	}
	checkReachable(t, ctx, 2)
}

// shownPanels is the text the preview and the form show.
func shownPanels(t *testing.T, ctx context.Context) string {
	t.Helper()
	var panels string
	eval(t, ctx, `document.getElementById("preview-body").textContent + document.getElementById("section-list").textContent`, &panels)
	return panels
}

// liquidVectors are issue 13's Liquid bombs, each in an item of its own
// line: a replace chain that doubles a value, append and prepend that take
// a value of exactly 1 MB (4^10 bytes, built by replace) past the limit,
// and the tags the preview shows as text (capture, nested loops, nested
// assign), whose website build would do the work.
func liquidVectors() []string {
	mb := `"x"` + strings.Repeat(` | replace: "x", "xxxx"`, 10)
	return []string{
		`{{ "xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 34) + ` }}`,
		`{{ ` + mb + ` | append: "y" }}`,
		`{{ ` + mb + ` | prepend: "y" }}`,
		`{% capture a %}{{ "xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 20) + ` }}{% endcapture %}`,
		`{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}`,
		`{% assign a = "xx" %}{% assign a = a | append: a %}{% assign a = a | append: a %}{{ a }}`,
	}
}

// findingLine finds the line a lint finding names.
var findingLine = regexp.MustCompile(`\bLine (\d+)\b`)

// TestLiquidVectors opens minutes holding every Liquid bomb, as a file: the
// page stays responsive (it answers and is ready once they are shown; no
// request leaves it), each filter bomb's output tag shows the site's
// Liquid error,
// lint reports each at its line, and after a reload the drafts are
// reachable.
func TestLiquidVectors(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Minutes 2025-06-04\n\n## Liquid\n\n")
	vectors := liquidVectors()
	for i, v := range vectors {
		fmt.Fprintf(&b, "- bomb %d: %s\n", i, v)
	}
	b.WriteString("\nEND-OF-LIQUID\n")
	doc := b.String()
	srv := newSite(t)
	ctx := newHostileTab(t, srv.URL)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, "# Other draft\n")
	waitStored(t, ctx, "# Other draft\n")
	skip := len(longTasksSince(t, ctx, 0))
	path := filepath.Join(t.TempDir(), "liquid.md")
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	openFile(t, ctx, path)
	poll(t, ctx, "the Liquid document in the preview", `document.getElementById("preview-body").textContent.includes("END-OF-LIQUID")`)
	eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
	// The page answers again once the bombs are shown; how long its
	// tasks take is the bench's (the liquid-bombs construct of
	// internal/adversarial, opened by bench/hostile_open.go), not a
	// timed test's.
	t.Logf("opening the Liquid bombs: long tasks %v ms", longTasksSince(t, ctx, skip))
	var state string
	eval(t, ctx, `new Promise(r => setTimeout(() => r(document.documentElement.dataset.state), 0))`, &state)
	if state != "ready" {
		t.Errorf("after the bombs the page is %q, not ready", state)
	}
	// The output tags of the filter bombs show the site's error in their
	// items: past the 1 MB limit, or past the document's work budget once
	// the bombs before have spent it.
	var shown []string
	eval(t, ctx, `[...document.querySelectorAll("#preview-body li")].map(li => li.textContent)`, &shown)
	for i := range 3 {
		prefix := fmt.Sprintf("bomb %d: ", i)
		ok := false
		for _, li := range shown {
			if strings.HasPrefix(li, prefix) {
				ok = li == prefix+"Liquid error: output over the 1 MB limit" || li == prefix+"Liquid error: too much work"
			}
		}
		if !ok {
			t.Errorf("bomb %d does not show the site's Liquid error: %.200q", i, shown)
		}
	}
	// Lint reports each bomb at its line as a build that would fail or
	// take too long.
	poll(t, ctx, "lint's findings of the bombs", `[...document.querySelectorAll("#lint-list li")].some(li => /\bLine 10\b/.test(li.textContent))`)
	var findings []string
	eval(t, ctx, `[...document.querySelectorAll("#lint-list li")].map(li => li.textContent)`, &findings)
	atLine := map[int][]string{}
	for _, f := range findings {
		if m := findingLine.FindStringSubmatch(f); m != nil {
			n, _ := strconv.Atoi(m[1])
			atLine[n] = append(atLine[n], f)
		}
	}
	for i := range vectors {
		line := 5 + i
		if at := strings.Join(atLine[line], "\n"); !strings.Contains(at, "the website's build would fail here") && !strings.Contains(at, "the website's build would take too long here") {
			t.Errorf("line %d (bomb %d): no finding says the build would fail or take too long: %q", line, i, atLine[line])
		}
	}
	waitStored(t, ctx, doc)
	run(t, ctx, chromedp.Reload(), waitReady())
	poll(t, ctx, "the Liquid document after a reload", `document.getElementById("preview-body").textContent.includes("END-OF-LIQUID")`)
	checkReachable(t, ctx, 2)
}
