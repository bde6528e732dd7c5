package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// Taking minutes live (issue 10): the keys a scribe presses in long,
// wrapped items and pasted notes.

// TestUpDownInAWrappedItem walks with real Up and Down keys through an
// item that wraps over several lines: Down from the item before lands on
// its first line, each Down goes one line down in it, and only the Down
// on its last line leaves it; Up the same way back.
func TestUpDownInAWrappedItem(t *testing.T) {
	ctx, _ := openInNewTab(t, filepath.Join("testdata", "form-wrapped.md"))
	const before, after = "gamma", "delta"
	var long string
	eval(t, ctx, `[...document.querySelectorAll("#section-list .fit-text")].find(e => e.value.includes("long item")).value`, &long)
	formClickItem(t, ctx, before)
	var lines int
	eval(t, ctx, `(() => { const e = [...document.querySelectorAll("#section-list .fit-text")].find(e => e.value.includes("long item"));
		const s = getComputedStyle(e);
		return Math.round((e.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)) })()`, &lines)
	if lines < 3 {
		t.Fatalf("the long item shows %d lines; the test needs it wrapped over three or more", lines)
	}
	caret := func() int {
		var c int
		eval(t, ctx, `document.activeElement.selectionStart || 0`, &c)
		return c
	}
	walk := func(key, from, to string) {
		t.Helper()
		formKeys(t, ctx, key)
		if got := formFocused(t, ctx); got != long {
			t.Fatalf("%q from %q went to %q, not the long item", key, from, got)
		}
		last := caret()
		for i := 1; i < lines; i++ {
			formKeys(t, ctx, key)
			if got := formFocused(t, ctx); got != long {
				t.Fatalf("%q %d of %d lines left the long item for %q", key, i, lines, got)
			}
			c := caret()
			if key == kb.ArrowDown && c <= last || key == kb.ArrowUp && c >= last {
				t.Errorf("%q %d moved the caret from %d to %d", key, i, last, c)
			}
			last = c
		}
		formKeys(t, ctx, key)
		if got := formFocused(t, ctx); got != to {
			t.Errorf("%q on the last line went to %q, want %q", key, got, to)
		}
	}
	walk(kb.ArrowDown, before, after)
	walk(kb.ArrowUp, after, before)
	if md := markdown(t, ctx); !strings.Contains(md, long) {
		t.Error("walking changed the Markdown")
	}
	noFailure(t, ctx)
}
