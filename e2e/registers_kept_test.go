package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// dropOnDialog drags the files given by path onto the Registers dialog as
// the system does (Input.dispatchDragEvent), so that a folder arrives as
// a folder entry.
func dropOnDialog(t *testing.T, ctx context.Context, paths ...string) {
	t.Helper()
	var box struct{ X, Y float64 }
	eval(t, ctx, `(() => { const r = document.getElementById("registers-title").getBoundingClientRect(); return {x: r.x + 5, y: r.y + 5} })()`, &box)
	data := &input.DragData{Files: paths, DragOperationsMask: 1, Items: []*input.DragDataItem{}}
	for _, typ := range []input.DispatchDragEventType{input.DragEnter, input.DragOver, input.Drop} {
		run(t, ctx, input.DispatchDragEvent(typ, box.X, box.Y, data))
	}
}

// TestRegistersDropAndKeep drops the fixtures' folder on the dialog, then
// reloads: the registers are shown again from what the browser kept, with
// the line saying so; an item still opens at its line and the next agenda
// marks the stale item. Forget removes them. Several files dropped build
// them too.
func TestRegistersDropAndKeep(t *testing.T) {
	files := registersFixtures(t)
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery))
	dropOnDialog(t, ctx, filepath.Dir(files[0]))
	poll(t, ctx, "the registers of the folder dropped", `document.querySelector("#registers-people svg")`)
	var status, kept string
	eval(t, ctx, `document.getElementById("registers-status").textContent`, &status)
	eval(t, ctx, `document.getElementById("registers-kept").hidden ? "" : document.getElementById("registers-kept-text").textContent`, &kept)
	if status != "From 6 meetings, 2025-01-08 to 2025-03-19." || !strings.HasPrefix(kept, "Built from 6 files on ") {
		t.Errorf("status %q, kept %q", status, kept)
	}
	if md := markdown(t, ctx); strings.Contains(md, "CPANSec meeting 2025") {
		t.Error("the drop on the dialog opened a file in the page")
	}

	run(t, ctx, chromedp.Reload(), waitReady())
	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery))
	poll(t, ctx, "the registers kept", `document.querySelector("#registers-people svg")`)
	var after string
	eval(t, ctx, `document.getElementById("registers-kept-text").textContent`, &after)
	if after != kept {
		t.Errorf("after a reload: %q, before %q", after, kept)
	}
	var texts []string
	eval(t, ctx, itemTexts, &texts)
	if len(texts) != 2 || texts[0] != "@robrwo - Write the disclosure policy" {
		t.Errorf("items after a reload: %q", texts)
	}
	// A click on the item's text opens its latest copy at its line.
	run(t, ctx, chromedp.Click(`#registers-items tbody td.reg-item .reg-text`, chromedp.ByQuery))
	poll(t, ctx, "the item's field", `document.activeElement.value === "@robrwo - Write the disclosure policy"`)
	run(t, ctx, chromedp.Click(`#act-next`, chromedp.ByQuery))
	waitMessage(t, ctx, "Opened the next agenda as a new draft")
	if md := markdown(t, ctx); !strings.Contains(md, "- [ ] @robrwo - Write the disclosure policy (carried 6 meetings)\n") {
		t.Errorf("the next agenda does not mark the stale item after a reload:\n%s", md)
	}

	run(t, ctx, chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.Click(`#registers-clear`, chromedp.ByQuery))
	poll(t, ctx, "forgotten", `document.getElementById("registers-body").hidden && document.getElementById("registers-kept").hidden`)
	var stored bool
	eval(t, ctx, `localStorage.getItem("minutes:registers") !== null`, &stored)
	if stored {
		t.Error("Forget leaves the registers in storage")
	}
	run(t, ctx, chromedp.Reload(), waitReady(), chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery))
	var body bool
	eval(t, ctx, `document.getElementById("registers-body").hidden && document.getElementById("registers-status").textContent === ""`, &body)
	if !body {
		t.Error("registers shown after Forget and a reload")
	}

	// Several files dropped (by a script: files without entries).
	var js strings.Builder
	js.WriteString(`(() => { const dt = new DataTransfer();`)
	for _, f := range files[:3] {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := json.Marshal(string(src))
		name, _ := json.Marshal(filepath.Base(f))
		fmt.Fprintf(&js, "dt.items.add(new File([%s], %s, {type: \"text/markdown\"}));", text, name)
	}
	js.WriteString(`const d = document.getElementById("registers-dialog");
		d.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
		d.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true})); return true })()`)
	eval(t, ctx, js.String(), new(bool))
	poll(t, ctx, "the registers of three files", `document.getElementById("registers-status").textContent === "From 3 meetings, 2025-01-08 to 2025-02-05."`)
}
