package e2e

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"context"
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// xssVectors are known script-injection vectors (after the OWASP XSS
// filter evasion cheat sheet and the HTML5 security cheat sheet), written
// where minutes can hold them: raw HTML, Markdown links, images and
// autolinks, reference definitions, link titles, headings (and so the
// table of contents), tables, code, Liquid, names, handles and action
// owners. Each calls __xss(N) if it ever runs. The front matter adds more
// (xssFrontMatter).
var xssVectors = []string{
	`<script>__xss(1)</script>`,
	`<img src=x onerror=__xss(2)>`,
	`<svg onload=__xss(3)>`,
	`<svg><script>__xss(4)</script></svg>`,
	`<iframe srcdoc="<script>parent.__xss(5)</script>"></iframe>`,
	`<iframe src="javascript:parent.__xss(6)"></iframe>`,
	`<a href="javascript:__xss(7)">seven</a>`,
	`<a href="jav&#x09;ascript:__xss(8)">eight</a>`,
	`[nine](javascript:__xss(9))`,
	`[ten](JaVaScRiPt:__xss(10))`,
	`[eleven](vbscript:__xss(11))`,
	`[twelve](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTIpPC9zY3JpcHQ+)`,
	`[thirteen](jav&#x61;script:__xss(13))`,
	`[fourteen](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;__xss(14))`,
	`[fifteen](java&#x0A;script:__xss(15))`,
	`<javascript:__xss(16)>`,
	`<vbscript:__xss(17)>`,
	`<data:text/html,<script>__xss(18)</script>>`,
	`![nineteen](javascript:__xss(19))`,
	`![twenty](x" onerror="__xss(20))`,
	`[twenty-one](https://example.org "t\" onmouseover=\"__xss(21)")`,
	`[twenty-two](https://example.org 'x" onclick="__xss(22)')`,
	`[twenty-three][ref23]` + "\n\n" + `[ref23]: javascript:__xss(23)`,
	`<style>body{background:url("javascript:__xss(24)")}</style>`,
	`<base href="javascript:__xss(25)//">`,
	`<meta http-equiv="refresh" content="0;url=javascript:__xss(26)">`,
	`<form action="javascript:__xss(27)"><button>go</button></form>`,
	`<object data="javascript:__xss(28)"></object>`,
	`<embed src="javascript:__xss(29)">`,
	`<math><mtext><table><mglyph><style><img src=x onerror=__xss(30)>`,
	`<details open ontoggle=__xss(31)>`,
	`<body onload=__xss(32)>`,
	`<input autofocus onfocus=__xss(33)>`,
	`<video><source onerror=__xss(34)></video>`,
	`<div style="background:url(javascript:__xss(35))">thirty-five</div>`,
	`"><script>__xss(36)</script>`,
	`'><img src=x onerror=__xss(37)>`,
	`<scr<script>ipt>__xss(38)</scr</script>ipt>`,
	`<IMG SRC=JaVaScRiPt:__xss(39)>`,
	`<IMG """><SCRIPT>__xss(40)</SCRIPT>">`,
	`<a href="&#x6A;avascript:__xss(41)">forty-one</a>`,
	`{{ "<script>__xss(42)</script>" }}`,
	`{{ page.title }} and {{ page.author }}`,
	`{% raw %}<script>__xss(44)</script>{% endraw %}`,
	`{{ "<img src=x onerror=__xss(45)>" | downcase }}`,
	`## <img src=x onerror=__xss(46)> heading forty-six`,
	`## Heading forty-seven {#x" onmouseover="__xss(47)}`,
	`Present: @robrwo, @<svg/onload=__xss(48)>, <script>__xss(48)</script>`,
	`- [ ] @evil<img/src=x/onerror=__xss(49)> owns an action`,
	"| <script>__xss(50)</script> | [fifty](javascript:__xss(50)) |\n|---|---|\n| <img src=x onerror=__xss(50)> | ok |",
	"`<script>__xss(51)</script>`",
	"```\"><script>__xss(52)</script>\ncode <script>__xss(52)</script>\n```",
	`Footnote[^n53]` + "\n\n" + `[^n53]: <script>__xss(53)</script>`,
	`<!-- --><script>__xss(54)</script> -->`,
	`<![CDATA[<script>__xss(55)</script>]]>`,
	`www.example.org/"><script>__xss(56)</script>`,
	`<a href="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoNTcpPC9zY3JpcHQ+">fifty-seven</a>`,
	`[fifty-eight](  javascript:__xss(58))`,
	`[fifty-nine](&#1;javascript:__xss(59))`,
	`<noscript><p title="</noscript><img src=x onerror=__xss(60)>">`,
	`<template><script>__xss(61)</script></template>`,
	`<link rel=import href="data:text/html,<script>__xss(62)</script>">`,
	`<marquee onstart=__xss(63)>sixty-three</marquee>`,
	`[sixty-four](javascript&colon;__xss(64))`,
	`<a href="javascript&colon;__xss(65)">sixty-five</a>`,
	`![sixty-six](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9cGFyZW50Ll9feHNzKDY2KT4=)`,
	`<https://example.org/"onmouseover="__xss(67)>`,
	`[sixty-eight](https://example.org/x"onmouseover="__xss(68))`,
	`### {{ "<svg onload=__xss(69)>" }} heading with Liquid`,
	`Chair: <img src=x onerror=__xss(70)> Scribe: @x"onclick="__xss(70)`,
}

// xssFrontMatter puts vectors in the front matter: the title (the page
// title, the drafts list), Liquid variables, and fields the GitHub view
// shows as a table.
const xssFrontMatter = `---
layout: single
toc: true
title: "<img src=x onerror=__xss(100)> <script>__xss(100)</script>"
meeting_time: 2025-06-04 16:00 UTC
author: "javascript:__xss(101)"
"<svg onload=__xss(102)>": "<iframe srcdoc='<script>parent.__xss(102)</script>'>"
---
`

// xssDocument is the front matter and every vector, each in its own
// block, then a marker the test waits for.
func xssDocument() string {
	var b strings.Builder
	b.WriteString(xssFrontMatter)
	b.WriteString("\n# Minutes 2025-06-04\n\n## Attending\n\n- [ ] @robrwo open action\n\n## Vectors\n\n")
	for i, v := range xssVectors {
		fmt.Fprintf(&b, "%s\n\n- [ ] @owner%d %s\n\n", v, i, strings.ReplaceAll(v, "\n", " "))
	}
	b.WriteString("END-OF-VECTORS\n")
	return b.String()
}

// xssWatch records, from before the page's own scripts run, every call
// of __xss and every violation of the page's Content-Security-Policy.
const xssWatch = `window.__xssHits = [];
window.__xss = n => window.__xssHits.push(n);
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", e =>
	window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sample || "")), true);`

// xssScan lists hostile elements and attributes in the page's panels:
// elements that run or load content, event handler attributes, and
// URLs with the javascript:, vbscript: or data: scheme (read as the
// browser reads them: case-insensitive, blanks and control characters
// ignored).
const xssScan = `(() => {
	const found = [];
	const roots = ["#preview-panel", "#editor", "#drafts-list", "#messages"].map(s => document.querySelector(s)).filter(Boolean);
	const banned = "script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, form, svg, math, template, noscript, video, audio, source, marquee, portal";
	const urlAttrs = ["href", "src", "action", "formaction", "data", "srcdoc", "xlink:href", "background", "poster", "srcset", "ping", "cite"];
	for (const root of roots) {
		for (const el of [root, ...root.querySelectorAll("*")]) {
			if (el.matches(banned)) found.push("element " + el.outerHTML.slice(0, 120));
			for (const a of el.attributes) {
				const name = a.name.toLowerCase();
				const value = a.value.replace(/[\u0000-\u0020\u007f]/g, "").toLowerCase();
				if (name.startsWith("on")) found.push("handler " + name + " on " + el.tagName);
				if (urlAttrs.includes(name) && /^(javascript|vbscript|data):/.test(value)) found.push("url " + name + "=" + a.value);
				if (name === "srcdoc") found.push("srcdoc on " + el.tagName);
				if (name === "style" && /url\(|expression|javascript/.test(value)) found.push("style " + a.value);
			}
		}
	}
	// The rendered document holds no form controls but task boxes.
	for (const el of document.querySelectorAll("#preview-body input, #preview-body button, #preview-body select, #preview-body textarea, #lint-list input, #action-items-body input"))
		if (!(el.matches("input[type=checkbox][disabled]"))) found.push("control " + el.outerHTML.slice(0, 120));
	return found;
})()`

// checkNoXSS waits for the document in every panel and checks that
// nothing ran and nothing hostile is live in the page.
func checkNoXSS(t *testing.T, ctx context.Context, where string) {
	t.Helper()
	poll(t, ctx, "the preview of the vectors", `document.getElementById("preview-body").textContent.includes("END-OF-VECTORS")`)
	poll(t, ctx, "the findings", `document.querySelectorAll("#lint-list li").length > 10`)
	poll(t, ctx, "the action items", `document.querySelectorAll("#action-items-body h3").length > 10`)
	// Give anything that would run late (timers, loads, focus) a moment.
	eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 300))`, new(bool))
	var hits []int
	eval(t, ctx, `window.__xssHits`, &hits)
	if len(hits) > 0 {
		t.Errorf("%s: vectors ran: %v", where, hits)
	}
	var violations []string
	eval(t, ctx, `window.__cspViolations.filter(v => !v.startsWith("img-src"))`, &violations)
	if len(violations) > 0 {
		t.Errorf("%s: something tried to run and the Content-Security-Policy stopped it: %q", where, violations)
	}
	var found []string
	eval(t, ctx, xssScan, &found)
	for _, f := range found {
		t.Errorf("%s: %s", where, f)
	}
	// The title and the table of contents show the text, as text.
	var title []string
	eval(t, ctx, `(() => { const h = document.getElementById("pv-page-title"); return h ? [h.textContent, String(h.children.length)] : [] })()`, &title)
	if len(title) == 2 && (!strings.Contains(title[0], "<img src=x onerror=__xss(100)>") || title[1] != "0") {
		t.Errorf("%s: page title %q", where, title)
	}
	var toc string
	eval(t, ctx, `(document.querySelector("#preview-body nav.toc") || {}).textContent || ""`, &toc)
	if where != "GitHub view" && !strings.Contains(toc, "<img src=x onerror=__xss(46)> heading forty-six") {
		t.Errorf("%s: table of contents %q lacks heading 46 as text", where, toc)
	}
}

// newWatchedTab is a tab that records __xss calls and policy violations
// from the start of every page it loads.
func newWatchedTab(t *testing.T) context.Context {
	t.Helper()
	ctx := newTab(t)
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(xssWatch).Do(ctx)
		return err
	}))
	return ctx
}

// shareLink is the link "Copy share link" makes for text.
func shareLink(t *testing.T, base, text string) string {
	t.Helper()
	var buf bytes.Buffer
	zw, err := zlib.NewWriterLevel(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := zw.Write([]byte(text)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return base + "/#share=" + base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

// TestXSSVectors opens a document holding every vector as a file, as
// pasted text and through a share link, shows it in both preview modes,
// reloads it from storage, and checks each time that no script ran and no
// hostile element or attribute is live.
func TestXSSVectors(t *testing.T) {
	if n := len(xssVectors); n < 50 {
		t.Fatalf("only %d vectors", n)
	}
	doc := xssDocument()
	srv := newSite(t)

	t.Run("the checks catch a planted vector", func(t *testing.T) {
		ctx := newWatchedTab(t)
		openPage(t, ctx, srv.URL)
		// Planted beside the panels, where no panel rebuilds it away.
		eval(t, ctx, `new Promise(r => { const d = document.createElement("div");
			d.innerHTML = '<img src="x" onerror="__xss(999)"><a href=" JaVa\tScript:__xss(998)">x</a><script>__xss(997)</script>';
			document.getElementById("preview-panel").appendChild(d); setTimeout(() => r(true), 300) })`, new(bool))
		var found []string
		eval(t, ctx, xssScan, &found)
		joined := strings.Join(found, "\n")
		for _, want := range []string{"handler onerror on IMG", "url href= JaVa\tScript:__xss(998)", "element <script>"} {
			if !strings.Contains(joined, want) {
				t.Errorf("the scan missed %q: %q", want, found)
			}
		}
		var violations []string
		eval(t, ctx, `window.__cspViolations`, &violations)
		if len(violations) == 0 {
			t.Error("the policy violation of the planted handler was not seen")
		}
	})

	t.Run("file", func(t *testing.T) {
		ctx := newWatchedTab(t)
		openPage(t, ctx, srv.URL)
		path := filepath.Join(t.TempDir(), "vectors.md")
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		openFile(t, ctx, path)
		checkNoXSS(t, ctx, "opened file")
		run(t, ctx, chromedp.Click(`label:has(#preview-mode-github)`, chromedp.ByQuery))
		poll(t, ctx, "the GitHub view", `document.querySelector('#preview-body [data-key="github"]')`)
		checkNoXSS(t, ctx, "GitHub view")
		// The draft comes back from storage.
		waitStored(t, ctx, doc)
		run(t, ctx, chromedp.Reload(), waitReady())
		checkNoXSS(t, ctx, "draft from storage")
		// Every finding reveals its line, every action item too: still nothing runs.
		eval(t, ctx, `(() => { document.querySelectorAll("#lint-list .finding-go, #action-items-body .action-go").forEach(b => b.click()); return true })()`, new(bool))
		run(t, ctx, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery),
			chromedp.WaitVisible(`#drafts-list .draft-open`, chromedp.ByQuery)) // the drafts' titles too
		checkNoXSS(t, ctx, "after clicking every finding and action")
	})

	t.Run("paste", func(t *testing.T) {
		ctx := newWatchedTab(t)
		openPage(t, ctx, srv.URL)
		run(t, ctx, chromedp.Click(`#act-paste`, chromedp.ByQuery), chromedp.WaitVisible(`#paste-text`, chromedp.ByQuery))
		eval(t, ctx, fmt.Sprintf(`(() => { document.getElementById("paste-text").value = %s; return true })()`, jsString(doc)), new(bool))
		run(t, ctx, chromedp.Click(`#paste-open`, chromedp.ByQuery))
		waitMessage(t, ctx, "Opened the pasted text")
		checkNoXSS(t, ctx, "pasted text")
	})

	t.Run("share link", func(t *testing.T) {
		ctx := newWatchedTab(t)
		openPage(t, ctx, shareLink(t, srv.URL, doc))
		waitMessage(t, ctx, "Opened the shared draft")
		if got := markdown(t, ctx); got != doc {
			t.Fatalf("the share link opened %d bytes, want %d", len(got), len(doc))
		}
		checkNoXSS(t, ctx, "share link")
	})

	t.Run("typed", func(t *testing.T) {
		// Each vector typed alone, so that none hides behind another's
		// raw HTML block.
		ctx := newWatchedTab(t)
		openPage(t, ctx, srv.URL)
		for i, v := range xssVectors {
			text := "# Vector " + strconv.Itoa(i+1) + "\n\n" + v + "\n\nEND-OF-VECTOR-" + strconv.Itoa(i+1) + "\n"
			typeMarkdown(t, ctx, text)
			poll(t, ctx, "vector "+strconv.Itoa(i+1), fmt.Sprintf(`document.getElementById("preview-body").textContent.includes("END-OF-VECTOR-%d")`, i+1))
		}
		eval(t, ctx, `new Promise(r => setTimeout(() => r(true), 500))`, new(bool))
		var hits []int
		eval(t, ctx, `window.__xssHits`, &hits)
		var found []string
		eval(t, ctx, xssScan, &found)
		if len(hits) > 0 || len(found) > 0 {
			t.Errorf("typed vectors: ran %v, found %q", hits, found)
		}
	})
}
