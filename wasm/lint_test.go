//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/ui"
)

// The lists' logic is tested natively (package findings); this test
// checks their binding to the page.

// clickSelector clicks the first element matching selector.
func clickSelector(t *testing.T, selector string) {
	t.Helper()
	el := safejs.Unsafe(window()).Get("document").Call("querySelector", selector)
	if el.IsNull() {
		t.Fatalf("nothing matches %s", selector)
	}
	el.Call("click")
}

// TestListsInThePage: after an idle moment the findings and the action
// items are in the page; a finding's button shows the editor (a narrow
// screen shows the preview's tab instead) and reveals its line.
func TestListsInThePage(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @rrwo write the proposal\n- [ ] @sjn look at the feed\n"
	e, rec := newPanelsEditor(t, source, newLintPanel, newActionsPanel)
	a := e.app
	waitFor(t, "the lists after an idle moment", func() bool {
		return strings.Contains(a.page.ByID("lint-list").Text(), "@rrwo") && strings.Contains(a.page.ByID("action-items-body").Text(), "@sjn (1)")
	})
	a.showPanel("preview")
	var handle ui.Node
	for _, b := range a.page.ByID("lint-list").QueryAll("button.finding-go") {
		if strings.Contains(b.Text(), "@rrwo") {
			handle = b
		}
	}
	if handle == nil || !strings.HasPrefix(handle.Text(), "Line 3 ") {
		t.Fatal("no finding for @rrwo on line 3")
	}
	must(other(handle).Call("click"))
	if len(rec.lines) != 1 || rec.lines[0] != 3 {
		t.Errorf("revealed %v, want line 3", rec.lines)
	}
	if tab := a.els.Workspace.Attr("data-tab"); tab != "editor" {
		t.Errorf("the %s panel is shown, want the editor", tab)
	}
	clickSelector(t, `#lint-list button.finding-fix`)
	if !strings.Contains(a.Source(), "@robrwo write the proposal") {
		t.Errorf("the fix did not reach the app: %q", a.Source())
	}
}
