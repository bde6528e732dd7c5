package e2e

import (
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/cpansec/minutes/web"
)

// copySite copies the built site into a temporary directory the test may change.
func copySite(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.Walk(siteDir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(siteDir, path)
		target := filepath.Join(dst, rel)
		if info.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func serveDir(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.Handler(dir))
	t.Cleanup(srv.Close)
	return srv
}

// TestWasmMissing: a site deployed without its wasm shows why it cannot start.
func TestWasmMissing(t *testing.T) {
	dir := copySite(t)
	wasms, _ := filepath.Glob(filepath.Join(dir, "web", "app.*.wasm"))
	if len(wasms) != 1 {
		t.Fatalf("wasm files %v", wasms)
	}
	if err := os.Remove(wasms[0]); err != nil {
		t.Fatal(err)
	}
	srv := serveDir(t, dir)
	ctx := newTab(t)
	var text string
	run(t, ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(`html[data-state="error"]`, chromedp.ByQuery),
		chromedp.Text(`#load-error`, &text, chromedp.ByQuery))
	if !strings.Contains(text, "could not be loaded") || !strings.Contains(text, "404") {
		t.Errorf("error message %q", text)
	}
}

// TestNoLayoutShift: the shell reserves the space the app fills.
func TestNoLayoutShift(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var shift float64
	eval(t, ctx, `new Promise(resolve => {
		let sum = 0;
		new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
			.observe({type: "layout-shift", buffered: true});
		setTimeout(() => resolve(sum), 300);
	})`, &shift)
	if shift > 0.01 {
		t.Errorf("cumulative layout shift %.3f while loading", shift)
	}
}

// TestOpenByPasteAndDrop covers the other ways in: text pasted into the
// page, the "Open from text" dialog, and a file dropped on the page.
func TestOpenByPasteAndDrop(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, "# Kept\n")
	waitStored(t, ctx, "# Kept\n")
	run(t, ctx, chromedp.Blur(`#markdown`, chromedp.ByQuery))

	pasted := "# Pasted 2025-05-05\r\n- [ ] item\r\n"
	eval(t, ctx, fmt.Sprintf(`(() => { const dt = new DataTransfer(); dt.setData("text/plain", %q);
		document.body.dispatchEvent(new ClipboardEvent("paste", {clipboardData: dt, bubbles: true, cancelable: true})); return true })()`, pasted), new(bool))
	waitMessage(t, ctx, "Opened the pasted text")
	waitStored(t, ctx, pasted)

	run(t, ctx,
		chromedp.Click(`#act-paste`, chromedp.ByQuery),
		chromedp.WaitVisible(`#paste-dialog`, chromedp.ByQuery),
		chromedp.SendKeys(`#paste-text`, "# From the dialog\n", chromedp.ByQuery),
		chromedp.Click(`#paste-open`, chromedp.ByQuery))
	waitStored(t, ctx, "# From the dialog\n")

	dropped := "# Dropped\n\n- [x] done\n"
	eval(t, ctx, fmt.Sprintf(`(() => { const dt = new DataTransfer();
		dt.items.add(new File([%q], "dropped.md", {type: "text/markdown"}));
		document.body.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		document.body.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true})); return true })()`, dropped), new(bool))
	waitMessage(t, ctx, "Opened “dropped.md”")
	waitStored(t, ctx, dropped)
	if got := markdown(t, ctx); got != dropped {
		t.Errorf("text box %q", got)
	}
	drafts := storedDrafts(t, ctx)
	for _, want := range []string{"# Kept\n", pasted, "# From the dialog\n", dropped} {
		if !contains(drafts, want) {
			t.Errorf("draft %q missing from %q", want, drafts)
		}
	}
}

// TestNewDeployment: a new build is installed beside the old one, offered
// with "Reload to update", and then served as a whole from its own cache.
func TestNewDeployment(t *testing.T) {
	dir := copySite(t)
	srv := serveDir(t, dir)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	var oldCache string
	eval(t, ctx, `navigator.serviceWorker.ready.then(() => caches.keys()).then(k => k.join(","))`, &oldCache)

	// Deploy: a changed page gets a new sw.js version, as build.sh makes it.
	index := filepath.Join(dir, "index.html")
	page, _ := os.ReadFile(index)
	page = []byte(strings.Replace(string(page), "<title>Minutes editor</title>", "<title>Minutes editor (new)</title>", 1))
	sw := filepath.Join(dir, "sw.js")
	worker, _ := os.ReadFile(sw)
	worker = []byte(strings.Replace(string(worker), "var VERSION = '", "var VERSION = 'next-", 1))
	if err := os.WriteFile(index, page, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(sw, worker, 0o644); err != nil {
		t.Fatal(err)
	}
	// A deployment a minute later: the server answers the worker's update
	// check by Last-Modified, to the second, and files rewritten within the
	// second they were copied would be "not modified".
	later := time.Now().Add(time.Minute)
	for _, f := range []string{index, sw} {
		if err := os.Chtimes(f, later, later); err != nil {
			t.Fatal(err)
		}
	}
	eval(t, ctx, `navigator.serviceWorker.getRegistration().then(r => r.update()).then(() => true)`, new(bool))
	poll(t, ctx, "the update offer", `!document.getElementById("update").hidden`)
	var title string
	eval(t, ctx, `document.title`, &title)
	if title != "CPANSec · Minutes editor" { // the group's name, then the page's own title
		t.Errorf("the open page changed before the user asked: %q", title)
	}
	run(t, ctx, chromedp.Click(`#update-reload`, chromedp.ByQuery))
	deadline := time.Now().Add(15 * time.Second)
	for title != "CPANSec · Minutes editor (new)" && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
		_ = chromedp.Run(ctx, chromedp.Evaluate(`document.title`, &title))
	}
	if title != "CPANSec · Minutes editor (new)" {
		t.Fatalf("after the update the page is %q", title)
	}
	run(t, ctx, waitReady())
	var caches string
	eval(t, ctx, `caches.keys().then(k => k.join(","))`, &caches)
	if caches == oldCache || !strings.Contains(caches, "minutes-next-") || strings.Count(caches, "minutes-") != 1 {
		t.Errorf("caches %q after the update (before: %q)", caches, oldCache)
	}
}
