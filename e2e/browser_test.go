package e2e

import (
	"context"
	"flag"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/cpansec/minutes/internal/chromium"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/internal/site"
	"github.com/cpansec/minutes/internal/testenv"
	"github.com/cpansec/minutes/web"
)

// One browser serves every test of the binary; each test opens its own tabs
// on its own server, so each has its own origin and so its own storage.
var (
	browserCtx context.Context
	siteDir    string
)

// TestMain builds the site once for the test binary (or takes the one
// $MINUTES_SITE names) and starts Chromium. Without Chromium the tests are
// skipped, and fail under CI.
func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.list"); f != nil && f.Value.String() != "" {
		return m.Run() // listing the tests (build.sh's fuzz step) needs no site
	}
	chrome, err := chromium.Find()
	if err != nil {
		if testenv.CI() {
			fmt.Fprintf(os.Stderr, "e2e: %v (CI is set: browser tests may not be skipped)\n", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "e2e: SKIPPING every test: %v\n", err)
		return 0
	}
	siteDir = os.Getenv("MINUTES_SITE")
	if siteDir == "" {
		dir, err := buildSite()
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		defer os.RemoveAll(dir)
		siteDir = dir
	}
	if _, err := os.Stat(filepath.Join(siteDir, "index.html")); err != nil {
		fmt.Fprintf(os.Stderr, "e2e: %s is not a built site: %v\n", siteDir, err)
		return 1
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromium.Options(chrome)...)
	defer cancelAlloc()
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()
	if err := chromedp.Run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: cannot start Chromium:", err)
		return 1
	}
	browserCtx = ctx
	return m.Run()
}

// buildSite builds the site as it ships into a temporary directory.
func buildSite() (string, error) {
	root, err := testenv.ModuleRoot()
	if err != nil {
		return "", fmt.Errorf("no module root: %v", err)
	}
	dir, err := os.MkdirTemp("", "minutes-e2e-site")
	if err != nil {
		return "", err
	}
	began := time.Now()
	s, err := site.Build(root, dir, site.Shipped())
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("building the site: %v", err)
	}
	fmt.Fprintf(os.Stderr, "e2e: built the site in %s (%s, %.0fs)\n", dir, s.Wasm, time.Since(began).Seconds())
	return dir, nil
}

// newSite serves the built site on a new origin for one test.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.Handler(siteDir))
	t.Cleanup(srv.Close)
	return srv
}

// newTab opens a tab that closes when the test ends; it fails the test on
// an exception that nobody caught in the page.
func newTab(t *testing.T) context.Context {
	t.Helper()
	return newTabFor(t, 90*time.Second)
}

// newTabFor is newTab closing the tab after limit at the latest.
func newTabFor(t *testing.T, limit time.Duration) context.Context {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, limit)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			t.Errorf("uncaught exception in the page: %s %s", e.ExceptionDetails.Text, exceptionText(e))
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatal(err)
	}
	return ctx
}

func exceptionText(e *runtime.EventExceptionThrown) string {
	if e.ExceptionDetails.Exception != nil {
		return e.ExceptionDetails.Exception.Description
	}
	return ""
}

// run runs actions in the tab or fails the test.
func run(t *testing.T, ctx context.Context, actions ...chromedp.Action) {
	t.Helper()
	if err := chromedp.Run(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// waitReady waits for the app to be interactive.
func waitReady() chromedp.Action {
	return chromedp.WaitVisible(`html[data-state="ready"]`, chromedp.ByQuery)
}

// openPage navigates to url and waits for the app.
func openPage(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	run(t, ctx, chromedp.Navigate(url), waitReady())
}

// eval evaluates a JavaScript expression, awaiting a promise.
func eval(t *testing.T, ctx context.Context, expr string, out any) {
	t.Helper()
	run(t, ctx, chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
}

// poll evaluates a boolean expression until it is true.
func poll(t *testing.T, ctx context.Context, what, expr string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		var ok bool
		eval(t, ctx, "!!("+expr+")", &ok)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s (%s); messages: %q", what, expr, messages(t, ctx))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// messages is the text of the status area.
func messages(t *testing.T, ctx context.Context) string {
	t.Helper()
	var s string
	if err := chromedp.Run(ctx, chromedp.Evaluate(`document.getElementById("messages").textContent`, &s)); err != nil {
		return "(unreadable: " + err.Error() + ")"
	}
	return s
}

// waitMessage waits until the status area shows text containing want.
func waitMessage(t *testing.T, ctx context.Context, want string) {
	t.Helper()
	poll(t, ctx, "message "+want, fmt.Sprintf(`document.getElementById("messages").textContent.includes(%q)`, want))
}

// markdown is the text box's value.
func markdown(t *testing.T, ctx context.Context) string {
	t.Helper()
	var s string
	eval(t, ctx, `document.querySelector('textarea[aria-label="Markdown"]').value`, &s)
	return s
}

// typeMarkdown sets the text box's value as typing would (an input event).
func typeMarkdown(t *testing.T, ctx context.Context, value string) {
	t.Helper()
	var ok bool
	eval(t, ctx, fmt.Sprintf(`(() => { const ta = document.querySelector('textarea[aria-label="Markdown"]');
		ta.focus(); ta.value = %q; ta.dispatchEvent(new Event("input", {bubbles: true})); return true })()`, value), &ok)
}

// storedDrafts returns the sources of the drafts in localStorage.
func storedDrafts(t *testing.T, ctx context.Context) []string {
	t.Helper()
	var out []string
	eval(t, ctx, `Object.keys(localStorage).filter(k => k.startsWith("minutes:draft:")).map(k => JSON.parse(localStorage.getItem(k)).source).sort()`, &out)
	return out
}

// waitStored waits until a stored draft holds source.
func waitStored(t *testing.T, ctx context.Context, source string) {
	t.Helper()
	poll(t, ctx, "the draft stored", fmt.Sprintf(`Object.keys(localStorage).some(k => k.startsWith("minutes:draft:") && JSON.parse(localStorage.getItem(k)).source === %q)`, source))
}

// openInNewTab opens the page in a new tab and the file at path in it; it
// returns the tab and the file's bytes.
func openInNewTab(t *testing.T, path string) (context.Context, []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, path)
	return ctx, data
}

// uploadFile opens path through the file input, as the Open button does.
func uploadFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, chromedp.SetUploadFiles(`#open-file`, []string{abs}, chromedp.ByQuery))
}

// download clicks the Save button and returns the downloaded file's name and bytes.
func download(t *testing.T, ctx context.Context, click chromedp.Action) (string, []byte) {
	t.Helper()
	dir := t.TempDir()
	type done struct{ guid, name string }
	names := map[string]string{}
	finished := make(chan done, 1)
	var mu sync.Mutex
	listen := func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *browser.EventDownloadWillBegin:
			names[e.GUID] = e.SuggestedFilename
		case *browser.EventDownloadProgress:
			if e.State == browser.DownloadProgressStateCompleted {
				select {
				case finished <- done{e.GUID, names[e.GUID]}:
				default:
				}
			}
		}
	}
	lctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// The events come to the session that asked for them: the tab's.
	chromedp.ListenTarget(lctx, listen)
	chromedp.ListenBrowser(lctx, listen)
	run(t, ctx,
		browser.SetDownloadBehavior(browser.SetDownloadBehaviorBehaviorAllowAndName).WithDownloadPath(dir).WithEventsEnabled(true),
		click)
	select {
	case d := <-finished:
		data, err := os.ReadFile(filepath.Join(dir, d.guid))
		if err != nil {
			t.Fatal(err)
		}
		return d.name, data
	case <-time.After(20 * time.Second):
		t.Fatalf("no download finished; messages: %q", messages(t, ctx))
	}
	return "", nil
}

// clickSave is the Save button.
var clickSave = chromedp.Click(`#act-save`, chromedp.ByQuery)

// corpusFile returns the path of a real minutes file (corpustest.File:
// failing under CI and skipping elsewhere when the corpus is missing).
func corpusFile(t *testing.T, name string) string {
	t.Helper()
	return corpustest.File(t, name)
}

// clickButtonWithText clicks the button whose text is label inside the status area.
func clickMessageButton(t *testing.T, ctx context.Context, label string) {
	t.Helper()
	var ok bool
	eval(t, ctx, fmt.Sprintf(`(() => { const b = [...document.querySelectorAll("#messages button")].find(b => b.textContent === %q);
		if (!b) return false; b.click(); return true })()`, label), &ok)
	if !ok {
		t.Fatalf("no %q button in the messages: %q", label, messages(t, ctx))
	}
}

// TestFreshPageIsQuiet: a first visit shows no message (no storage warning, no failure).
func TestFreshPageIsQuiet(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	if m := strings.TrimSpace(messages(t, ctx)); m != "" {
		t.Errorf("a fresh page shows messages: %q", m)
	}
	var findings string
	eval(t, ctx, `document.getElementById("lint-list") ? document.getElementById("lint-list").textContent : ""`, &findings)
	if strings.Contains(findings, "empty") {
		t.Errorf("a fresh page warns about the empty document: %q", findings)
	}
	// The start panel offers the ways to begin, and goes once there is text.
	poll(t, ctx, "the start panel", `!document.getElementById("start").hidden && [...document.querySelectorAll("#start button")].every(b => !b.disabled)`)
	typeMarkdown(t, ctx, "# Minutes\n")
	poll(t, ctx, "the start panel hidden", `document.getElementById("start").hidden`)
	typeMarkdown(t, ctx, "")
	poll(t, ctx, "the start panel back", `!document.getElementById("start").hidden`)
	// From the last minutes: the file chosen becomes the next agenda.
	file := corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	run(t, ctx, page.SetInterceptFileChooserDialog(true))
	chosen := make(chan struct{}, 1)
	chromedp.ListenTarget(ctx, func(ev any) {
		if _, ok := ev.(*page.EventFileChooserOpened); ok {
			chosen <- struct{}{}
		}
	})
	run(t, ctx, chromedp.Click("#start-next", chromedp.ByQuery))
	select {
	case <-chosen:
	case <-time.After(10 * time.Second):
		t.Fatal("From the last minutes opened no file chooser")
	}
	run(t, ctx, chromedp.SetUploadFiles("#new-next-file", []string{file}, chromedp.ByQuery))
	poll(t, ctx, "the next agenda", fmt.Sprintf(`document.getElementById("markdown").value === %q`, nextAgenda(t, src)))
}
