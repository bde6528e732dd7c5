package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func TestReady(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var regions []string
	eval(t, ctx, `[...document.querySelectorAll("[aria-label]")].map(e => e.getAttribute("aria-label"))`, &regions)
	for _, want := range []string{"Editor", "Preview", "Markdown"} {
		if !contains(regions, want) {
			t.Errorf("no element labelled %q (have %q)", want, regions)
		}
	}
	var enabled bool
	eval(t, ctx, `[...document.querySelectorAll(".actions button")].every(b => !b.disabled) && !document.getElementById("markdown").readOnly`, &enabled)
	if !enabled {
		t.Error("controls still disabled when ready")
	}
	// The progress bar counted the whole download (a copy of the response:
	// the browser compiles the response itself).
	var progress float64
	eval(t, ctx, `document.getElementById("load-progress").value`, &progress)
	if progress != 1 {
		t.Errorf("the progress bar reached %v, want 1", progress)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestOpenSaveIdentical opens real minutes and fixtures through the file
// input and saves them unedited: the download must be byte-identical.
func TestOpenSaveIdentical(t *testing.T) {
	files := []string{
		corpusFile(t, "cpansec-minutes-2024-04-10@3ec564d.md"), // UTF-8 BOM
		corpusFile(t, "agenda-template@a9bf513.md"),            // U+00A0 in checkboxes
		corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"), // the largest
		corpusFile(t, "cpansec-minutes-2024-11-15@ff5825f.md"), // timed agenda
		filepath.Join("testdata", "crlf-bom-nbsp.md"),          // BOM, CR LF, U+00A0, no final newline
		filepath.Join("testdata", "cr-only.md"),                // lone CR line ends
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			want, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			uploadFile(t, ctx, file)
			waitMessage(t, ctx, "Opened “"+filepath.Base(file)+"”")
			name, got := download(t, ctx, clickSave)
			if !bytes.Equal(got, want) {
				t.Errorf("saved %d bytes differ from the %d opened; first difference at %d", len(got), len(want), firstDiff(got, want))
			}
			if !strings.HasPrefix(name, "cpansec-minutes-") || !strings.HasSuffix(name, ".md") {
				t.Errorf("file name %q", name)
			}
		})
	}
	t.Run("file name from the date", func(t *testing.T) {
		uploadFile(t, ctx, filepath.Join("testdata", "crlf-bom-nbsp.md"))
		waitMessage(t, ctx, "Opened “crlf-bom-nbsp.md”")
		if name, _ := download(t, ctx, clickSave); name != "cpansec-minutes-2025-07-02.md" {
			t.Errorf("file name %q", name)
		}
	})
}

func firstDiff(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestEditCRLFKeepsLineEnds edits an opened CR LF file in the text box and
// checks that only the edited line changed in the saved bytes.
func TestEditCRLFKeepsLineEnds(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	file := filepath.Join("testdata", "crlf-bom-nbsp.md")
	orig, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	uploadFile(t, ctx, file)
	waitMessage(t, ctx, "Opened")
	text := markdown(t, ctx)
	typeMarkdown(t, ctx, strings.Replace(text, "- release", "- release done", 1))
	_, got := download(t, ctx, clickSave)
	want := bytes.Replace(orig, []byte("- release"), []byte("- release done"), 1)
	if !bytes.Equal(got, want) {
		t.Errorf("saved\n%q\nwant\n%q", got, want)
	}
}

func TestEditReloadRestores(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	text := "# Minutes 2025-08-13\n\n- [ ] @stigtsp CVE\u00a0feed\n- [x] done\n"
	typeMarkdown(t, ctx, text)
	var ok bool
	eval(t, ctx, `(() => { const ta = document.getElementById("markdown"); ta.setSelectionRange(14, 20); return true })()`, &ok)
	waitStored(t, ctx, text)
	run(t, ctx, chromedp.Reload(), waitReady())
	if got := markdown(t, ctx); got != text {
		t.Fatalf("after reload the text box holds %q, want %q", got, text)
	}
	var sel []int
	eval(t, ctx, `[document.getElementById("markdown").selectionStart, document.getElementById("markdown").selectionEnd]`, &sel)
	if len(sel) != 2 || sel[0] != 14 || sel[1] != 20 {
		t.Errorf("cursor after reload %v, want [14 20]", sel)
	}
	// A new tab on the same site finds the same draft.
	other := newTab(t)
	openPage(t, other, srv.URL)
	if got := markdown(t, other); got != text {
		t.Errorf("a new tab shows %q", got)
	}
}

func TestOpenKeepsPreviousDraft(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	first := "# First draft\n"
	typeMarkdown(t, ctx, first)
	waitStored(t, ctx, first)
	uploadFile(t, ctx, filepath.Join("testdata", "crlf-bom-nbsp.md"))
	waitMessage(t, ctx, "The previous draft is in the Drafts menu")
	drafts := storedDrafts(t, ctx)
	if len(drafts) != 2 || !contains(drafts, first) {
		t.Fatalf("stored drafts %q, want the first one kept", drafts)
	}
	var labels []string
	run(t, ctx, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#drafts-list .draft-open`, chromedp.ByQuery)) // the list is built when the menu opens
	eval(t, ctx, `[...document.querySelectorAll("#drafts-list .draft-open")].map(b => b.textContent)`, &labels)
	if len(labels) != 2 || !strings.Contains(strings.Join(labels, "|"), "First draft") {
		t.Errorf("drafts menu %q", labels)
	}
	// Newest first, each with when it was last edited, the open one marked.
	if !strings.HasSuffix(labels[0], "edited just now · open here") || !strings.Contains(labels[1], "edited") || strings.Contains(labels[1], "open here") {
		t.Errorf("drafts menu %q: want the opened file first, marked, and when each was edited", labels)
	}
	// Switch back through the menu.
	eval(t, ctx, `(() => { [...document.querySelectorAll("#drafts-list .draft-open")].find(b => b.textContent.includes("First draft")).click(); return true })()`, new(bool))
	if got := markdown(t, ctx); got != first {
		t.Errorf("after switching: %q", got)
	}
}

// twoTabsOnOneDraft opens the page in tab a, stores text there, and opens
// the page in tab b, which then shows the same draft.
func twoTabsOnOneDraft(t *testing.T, text string) (a, b context.Context) {
	t.Helper()
	srv := newSite(t)
	a = newTab(t)
	openPage(t, a, srv.URL)
	typeMarkdown(t, a, text)
	waitStored(t, a, text)
	b = newTab(t)
	openPage(t, b, srv.URL)
	if got := markdown(t, b); got != text {
		t.Fatalf("second tab shows %q", got)
	}
	return a, b
}

// TestTwoTabs: a tab without edits of its own takes the other tab's newer
// text silently, and then stores its own typing over it without a question.
func TestTwoTabs(t *testing.T) {
	a, b := twoTabsOnOneDraft(t, "# Shared draft\n")
	typeMarkdown(t, a, "# Shared draft\n\nfrom tab A\n")
	waitStored(t, a, "# Shared draft\n\nfrom tab A\n")
	poll(t, b, "tab B takes tab A's text", `document.querySelector('textarea[aria-label="Markdown"]').value === "# Shared draft\n\nfrom tab A\n"`)
	if m := messages(t, b); strings.Contains(m, "another tab") {
		t.Errorf("tab B, with nothing of its own to lose, asked: %q", m)
	}
	typeMarkdown(t, b, "# Shared draft\n\nfrom tab A\nand B\n")
	waitStored(t, b, "# Shared draft\n\nfrom tab A\nand B\n")
	poll(t, a, "tab A takes tab B's text", `document.querySelector('textarea[aria-label="Markdown"]').value === "# Shared draft\n\nfrom tab A\nand B\n"`)
	if drafts := storedDrafts(t, b); len(drafts) != 1 {
		t.Errorf("stored drafts %q, want the one shared draft", drafts)
	}
}

func TestStorageFullStillSaves(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var filled int
	eval(t, ctx, `(() => { const chunk = "x".repeat(256 * 1024); let i = 0;
		try { for (;; i++) localStorage.setItem("filler:" + i, chunk); } catch (e) {}
		for (const size of [16384, 1024, 64]) {
			const small = "y".repeat(size);
			try { for (let j = 0;; j++) localStorage.setItem("fill:" + size + ":" + j, small); } catch (e) {}
		}
		return i })()`, &filled)
	if filled == 0 {
		t.Fatal("could not fill localStorage")
	}
	text := "# Written while storage is full\n\n" + strings.Repeat("- item\n", 500)
	typeMarkdown(t, ctx, text)
	waitMessage(t, ctx, "could not be stored in the browser")
	_, got := download(t, ctx, clickSave)
	if string(got) != text {
		t.Errorf("saved %q", got)
	}
}

func TestCorruptDraftKeptAside(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	eval(t, ctx, `localStorage.setItem("minutes:draft:broken", '{"v":1,"id":"broken","source":"half a dra'), true`, new(bool))
	run(t, ctx, chromedp.Reload(), waitReady())
	waitMessage(t, ctx, "kept aside")
	var kept []string
	eval(t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("minutes:corrupt:broken:")).map(k => localStorage.getItem(k))`, &kept)
	if len(kept) != 1 || kept[0] != `{"v":1,"id":"broken","source":"half a dra` {
		t.Errorf("kept %q", kept)
	}
}

func TestInjectedPanic(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL+"/#test-panic")
	typeMarkdown(t, ctx, "# Before the panic\n")
	waitStored(t, ctx, "# Before the panic\n")
	eval(t, ctx, `window.__minutesTest.panic(), true`, new(bool))
	waitMessage(t, ctx, "injected test panic")
	eval(t, ctx, `window.__minutesTest.throw(), true`, new(bool))
	waitMessage(t, ctx, "JavaScript exception")
	if got := markdown(t, ctx); got != "# Before the panic\n" {
		t.Fatalf("document changed to %q", got)
	}
	typeMarkdown(t, ctx, "# After the panic\n")
	waitStored(t, ctx, "# After the panic\n")
	_, got := download(t, ctx, clickSave)
	if string(got) != "# After the panic\n" {
		t.Errorf("saved %q", got)
	}
}

func TestShareLink(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	text := "---\ntitle: Shared 2025-09-10\n---\n- [ ]\u00a0@robrwo <script>alert(1)</script>\n"
	typeMarkdown(t, ctx, text)
	waitStored(t, ctx, text)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		run(t, ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: name}, browser.PermissionSettingGranted).WithOrigin(srv.URL))
	}
	run(t, ctx, chromedp.Click(`#act-share`, chromedp.ByQuery))
	waitMessage(t, ctx, "The share link is on the clipboard")
	var link string
	eval(t, ctx, `navigator.clipboard.readText()`, &link)
	if !strings.HasPrefix(link, srv.URL+"/#share=") {
		t.Fatalf("link %q", link)
	}

	other := newTab(t)
	openPage(t, other, link)
	waitMessage(t, other, "Opened the shared draft as a new draft")
	if got := markdown(t, other); got != text {
		t.Errorf("shared draft %q, want %q", got, text)
	}
	if drafts := storedDrafts(t, other); len(drafts) != 2 {
		t.Errorf("stored drafts %q: the link must add a draft, not replace one", drafts)
	}
	var hash string
	eval(t, other, `location.hash`, &hash)
	if hash != "" {
		t.Errorf("the fragment %q stays in the address", hash)
	}

	broken := newTab(t)
	openPage(t, broken, link[:len(link)-7])
	waitMessage(t, broken, "incomplete or damaged")
	if drafts := storedDrafts(t, broken); len(drafts) != 2 {
		t.Errorf("a damaged link changed the drafts: %q", drafts)
	}
}

// TestBadFiles opens files that are not minutes: each gets a message and
// the current draft stays as it was.
func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("- item\n"), 10<<20/7+1)
	files := map[string]struct {
		data []byte
		want string
	}{
		"image.png":   {[]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "contains a NUL byte"},
		"empty.md":    {nil, "is empty"},
		"huge.md":     {huge, "is 10.0 MB; the editor opens files up to 512 KB"},
		"latin1.md":   {[]byte("# Caf\xe9\n"), "is not UTF-8 text"},
		"nested.md":   {[]byte(strings.Repeat("> ", 10000) + "deep\n"), "nests 10000 levels deep"},
		"brackets.md": {[]byte(strings.Repeat("[", 10000) + "x\n"), "nests 10000 levels deep"},
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	current := "# Current draft\n"
	typeMarkdown(t, ctx, current)
	waitStored(t, ctx, current)
	for name, f := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, f.data, 0o644); err != nil {
				t.Fatal(err)
			}
			uploadFile(t, ctx, path)
			waitMessage(t, ctx, name+":")
			if m := messages(t, ctx); !strings.Contains(m, f.want) {
				t.Errorf("message %q lacks %q", m, f.want)
			}
			if got := markdown(t, ctx); got != current {
				t.Errorf("the draft changed to %.40q", got)
			}
			if drafts := storedDrafts(t, ctx); len(drafts) != 1 || drafts[0] != current {
				t.Errorf("stored drafts changed: %d", len(drafts))
			}
			eval(t, ctx, `document.querySelectorAll("#messages button[data-action=dismiss]").forEach(b => b.click()), true`, new(bool))
		})
	}
}

func TestOffline(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var cached int
	eval(t, ctx, `navigator.serviceWorker.ready.then(() => caches.keys()).then(keys => caches.open(keys.find(k => k.startsWith("minutes-")))).then(c => c.keys()).then(r => r.length)`, &cached)
	if cached < 5 {
		t.Fatalf("the service worker cached %d files", cached)
	}
	srv.CloseClientConnections()
	srv.Close()
	run(t, ctx, chromedp.Reload(), waitReady())
	var controlled bool
	eval(t, ctx, `!!navigator.serviceWorker.controller`, &controlled)
	if !controlled {
		t.Error("the offline page is not served by the service worker")
	}
	typeMarkdown(t, ctx, "# Written offline\n")
	waitStored(t, ctx, "# Written offline\n")
}

func TestContentSecurityPolicy(t *testing.T) {
	srv := newSite(t)
	resp, err := http.Get(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "frame-ancestors 'none'") {
		t.Errorf("served policy %q lacks frame-ancestors", csp)
	}
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var meta string
	eval(t, ctx, `document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`, &meta)
	if !strings.Contains(meta, "script-src 'self' 'wasm-unsafe-eval'") || strings.Contains(meta, "unsafe-inline") {
		t.Errorf("meta policy %q", meta)
	}
	var ran []string
	eval(t, ctx, `new Promise(resolve => {
		window.__ran = [];
		const box = document.getElementById("preview-body");
		box.innerHTML = '<img src="x" onerror="window.__ran.push(\'onerror\')"><a href="javascript:window.__ran.push(\'href\')">x</a>';
		const s = document.createElement("script");
		s.textContent = "window.__ran.push('inline script')";
		document.body.appendChild(s);
		const frame = document.createElement("iframe");
		frame.srcdoc = "<script>parent.__ran.push('srcdoc script')<\/script>";
		document.body.appendChild(frame);
		box.querySelector("a").click();
		setTimeout(() => resolve(window.__ran), 500);
	})`, &ran)
	if len(ran) != 0 {
		t.Errorf("the policy let run: %q", ran)
	}
}

func TestAccessibility(t *testing.T) {
	axe := axeScript(t)
	srv := newSite(t)
	for _, tc := range []struct {
		name, scheme string
		width        int64
	}{{"light wide", "light", 1280}, {"dark wide", "dark", 1280}, {"light phone", "light", 375}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newTab(t)
			run(t, ctx,
				chromedp.EmulateViewport(tc.width, 800),
				emulateScheme(tc.scheme),
				page.SetBypassCSP(true), // lets axe run in the page; the CSP test checks the policy
			)
			openPage(t, ctx, srv.URL)
			typeMarkdown(t, ctx, "# Minutes 2025-06-04\n\n## Agenda\n\n- [ ] item\n")
			waitStored(t, ctx, "# Minutes 2025-06-04\n\n## Agenda\n\n- [ ] item\n")
			run(t, ctx, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery),
				chromedp.WaitVisible(`#drafts-list .draft-open`, chromedp.ByQuery))
			axeAudit(t, ctx, axe)
		})
	}
}

// emulateScheme makes prefers-color-scheme report scheme.
func emulateScheme(scheme string) chromedp.Action {
	return emulation.SetEmulatedMedia().WithFeatures([]*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}})
}

// fillStorage fills the page's localStorage, then frees about free
// characters, so that a small write fits and a large one does not.
func fillStorage(t *testing.T, ctx context.Context, free int) {
	t.Helper()
	var filled int
	eval(t, ctx, fmt.Sprintf(`(() => { let n = 0;
		localStorage.setItem("fill:room", "r".repeat(%d));
		for (let size = 256 * 1024; size >= 1; size = Math.floor(size / 2)) {
			const chunk = "x".repeat(size);
			try { for (;; n++) localStorage.setItem("fill:" + n, chunk); } catch (e) {}
		}
		localStorage.removeItem("fill:room");
		return n })()`, free), &filled)
	if filled == 0 {
		t.Fatal("could not fill localStorage")
	}
}

// TestTwoTabsConflictThenDelete: tab B has changes it cannot store (storage
// is full) when tab A writes the draft: B asks which text to keep. Then A
// frees space and deletes the draft: B's text is stored again at once, and
// what B types next is stored too.
func TestTwoTabsConflictThenDelete(t *testing.T) {
	a, b := twoTabsOnOneDraft(t, "# Shared draft\n")
	fillStorage(t, a, 2000)
	mine := "# Shared draft\n\n" + strings.Repeat("- typed in tab B\n", 400)
	typeMarkdown(t, b, mine)
	waitMessage(t, b, "could not be stored in the browser")
	typeMarkdown(t, a, "# Shared draft A\n")
	waitStored(t, a, "# Shared draft A\n")
	waitMessage(t, b, "was changed in another tab")
	if got := markdown(t, b); got != mine {
		t.Fatalf("tab B's text changed to %.60q", got)
	}
	eval(t, a, `Object.keys(localStorage).filter(k => k.startsWith("fill:")).forEach(k => localStorage.removeItem(k)), true`, new(bool))
	run(t, a, chromedp.Click(`#drafts-menu summary`, chromedp.ByQuery),
		chromedp.WaitVisible(`#drafts-list .draft-delete`, chromedp.ByQuery),
		chromedp.Click(`#drafts-list .draft-delete`, chromedp.ByQuery))
	waitMessage(t, b, "stored again")
	waitStored(t, b, mine)
	typeMarkdown(t, b, mine+"- and more\n")
	waitStored(t, b, mine+"- and more\n")
}
