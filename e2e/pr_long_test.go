package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
)

// TestPullRequestTooLong: minutes too long for GitHub's link open the
// new-file page with the file name only, and the Markdown is on the
// clipboard, with a message that says so and the README line.
func TestPullRequestTooLong(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	grantClipboard(t, ctx, srv.URL)
	text := "# Minutes 2025-06-04\n\n" + strings.Repeat("- [ ] @sjn a long agenda item that makes the link too long\n", 200)
	typeMarkdown(t, ctx, text)
	waitStored(t, ctx, text)
	eval(t, ctx, `(() => { window.__opened = []; window.open = url => { window.__opened.push(url); return null }; return true })()`, new(bool))
	run(t, ctx, chromedp.Click(`#act-pr`, chromedp.ByQuery), chromedp.WaitVisible(`#publish-long`, chromedp.ByQuery),
		chromedp.Click(`#publish-copy-md`, chromedp.ByQuery))
	waitMessage(t, ctx, "The Markdown is on the clipboard: paste it into GitHub's editor")
	run(t, ctx, chromedp.Click(`#publish-open`, chromedp.ByQuery))
	p := profile.Default()
	date := when.Date(2025, time.June, 4)
	link, complete := publish.NewFileURL(p, date, []byte(text))
	if complete {
		t.Fatal("the fixture is short enough for the link")
	}
	var opened []string
	eval(t, ctx, `window.__opened`, &opened)
	if len(opened) != 1 || opened[0] != link {
		t.Errorf("opened %q, want %s", opened, link)
	}
	var clip string
	eval(t, ctx, `navigator.clipboard.readText()`, &clip)
	if clip != text {
		t.Errorf("the clipboard holds %d bytes, want the %d of the Markdown", len(clip), len(text))
	}
	// The same steps as for short minutes: the line has its Copy button.
	var line string
	eval(t, ctx, `document.getElementById("publish-line").textContent`, &line)
	if line != publish.IndexLine(p, date) {
		t.Errorf("the dialog's line %q, want %q", line, publish.IndexLine(p, date))
	}
	run(t, ctx, chromedp.Click(`#publish-copy-line`, chromedp.ByQuery))
	waitMessage(t, ctx, "The line for meetings/README.md is on the clipboard")
}
