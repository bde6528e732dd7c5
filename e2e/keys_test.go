package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// TestCtrlSAndCopy: Ctrl+S saves like the Save button, and Copy Markdown
// puts the document on the clipboard.
func TestCtrlSAndCopy(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	text := "# Minutes 2025-10-01\n\n- [ ] @alice\u00a0item\n"
	typeMarkdown(t, ctx, text)
	name, got := download(t, ctx, chromedp.KeyEvent("s", chromedp.KeyModifiers(input.ModifierCtrl)))
	if string(got) != text || name != "cpansec-minutes-2025-10-01.md" {
		t.Errorf("Ctrl+S saved %q as %q", got, name)
	}
	for _, perm := range []string{"clipboard-read", "clipboard-write"} {
		run(t, ctx, browser.SetPermission(&browser.PermissionDescriptor{Name: perm}, browser.PermissionSettingGranted).WithOrigin(srv.URL))
	}
	run(t, ctx, chromedp.Click(`#act-copy`, chromedp.ByQuery))
	waitMessage(t, ctx, "The Markdown is on the clipboard")
	var clip string
	eval(t, ctx, `navigator.clipboard.readText()`, &clip)
	if clip != text {
		t.Errorf("clipboard %q, want %q", clip, text)
	}
}
