package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// paste puts text on the clipboard and presses Ctrl+V in the focused
// field: the browser's own paste, with a real key event.
func paste(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	eval(t, ctx, fmt.Sprintf(`navigator.clipboard.writeText(%q).then(() => true)`, text), new(bool))
	run(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
		down := input.DispatchKeyEvent(input.KeyDown).WithKey("v").WithCode("KeyV").WithWindowsVirtualKeyCode(86).
			WithModifiers(input.ModifierCtrl).WithCommands([]string{"paste"})
		if err := down.Do(ctx); err != nil {
			return err
		}
		return input.DispatchKeyEvent(input.KeyUp).WithKey("v").WithCode("KeyV").WithWindowsVirtualKeyCode(86).
			WithModifiers(input.ModifierCtrl).Do(ctx)
	}))
}

// TestPasteOverTheLimits pastes into the Markdown box (Ctrl+V) text that would take
// the document past the limits opening a file has: the edit is refused
// with a message, and the text box, the document and the stored draft
// keep what the scribe had.
func TestPasteOverTheLimits(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	grantClipboard(t, ctx, srv.URL)
	run(t, ctx, emulation.SetFocusEmulationEnabled(true)) // the clipboard needs a focused page
	current := "# Current draft\n\n- kept\n"
	typeMarkdown(t, ctx, current)
	waitStored(t, ctx, current)
	pastes := map[string]struct{ text, want string }{
		"a megabyte": {strings.Repeat("- pasted line\n", 1<<20/14+1), "would be 1.0 MB; the editor holds documents up to 512 KB"},
		"too deep":   {strings.Repeat(">", 150) + " quoted\n", "would nest 150 levels deep"},
	}
	for name, p := range pastes {
		t.Run(name, func(t *testing.T) {
			eval(t, ctx, `(() => { const ta = document.querySelector('textarea[aria-label="Markdown"]');
				ta.focus(); ta.setSelectionRange(ta.value.length, ta.value.length); return true })()`, new(bool))
			paste(t, ctx, p.text)
			waitMessage(t, ctx, "was not applied")
			if m := messages(t, ctx); !strings.Contains(m, p.want) {
				t.Errorf("message %q lacks %q", m, p.want)
			}
			if got := markdown(t, ctx); got != current {
				t.Errorf("the text box shows %.60q…, want the text before the paste", got)
			}
			typeMarkdown(t, ctx, current+"- typed after\n")
			waitStored(t, ctx, current+"- typed after\n")
			typeMarkdown(t, ctx, current)
			waitStored(t, ctx, current)
			eval(t, ctx, `document.querySelectorAll("#messages button[data-action=dismiss]").forEach(b => b.click()), true`, new(bool))
		})
	}
}
