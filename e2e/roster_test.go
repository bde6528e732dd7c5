package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAddToRoster: a handle the roster does not know is a finding with an
// "Add to roster" button and a chip with one; after adding, the finding
// and the chip's warning are gone, also after a reload.
func TestAddToRoster(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	typeMarkdown(t, ctx, "---\nlayout: single\nmeeting_time: 2026-03-05 16:00 UTC\ntitle: CPANSec bi-weekly minutes\n---\n\n## Attending\n\n- @sjn, @newmember\n")
	const finding = `[...document.querySelectorAll("#lint-list .finding-roster")].some(b => b.getAttribute("aria-label") === "Add @newmember to the roster")`
	poll(t, ctx, "the unknown-handle finding", finding)
	poll(t, ctx, "the chip's warning", `!!document.querySelector('#people button[data-act="roster"][data-s="@newmember"]')`)
	eval(t, ctx, `(() => { [...document.querySelectorAll("#lint-list .finding-roster")].find(b => b.getAttribute("aria-label") === "Add @newmember to the roster").click(); return true })()`, new(bool))
	poll(t, ctx, "the finding gone", "!("+finding+")")
	poll(t, ctx, "the chip's warning gone", `!document.querySelector('#people button[data-act="roster"]')`)
	run(t, ctx, chromedp.Reload(), waitReady())
	poll(t, ctx, "the findings after a reload", `document.querySelectorAll("#lint-list .finding").length > 0 || document.getElementById("lint-count").textContent === ""`)
	var still bool
	eval(t, ctx, finding, &still)
	if still {
		t.Error("after a reload @newmember is unknown again")
	}
	noFailure(t, ctx)
}
