//go:build js && wasm

package main

import (
	"strconv"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
)

// findingTexts returns the text of each listed finding.
func findingTexts(t *testing.T) []string {
	t.Helper()
	items := safejs.Unsafe(window()).Get("document").Call("querySelectorAll", "#lint-list li")
	var out []string
	for i := 0; i < items.Length(); i++ {
		out = append(out, items.Index(i).Get("textContent").String())
	}
	return out
}

// clickSelector clicks the first element matching selector.
func clickSelector(t *testing.T, selector string) {
	t.Helper()
	el := safejs.Unsafe(window()).Get("document").Call("querySelector", selector)
	if el.IsNull() {
		t.Fatalf("nothing matches %s", selector)
	}
	el.Call("click")
}

func TestLintPanelListsFindings(t *testing.T) {
	e, rec := newPanelsEditor(t, previewFixture, newLintPanel)
	p := panelOf[*lintPanel](t, e)
	waitFor(t, "the findings after an idle moment", func() bool { return len(findingTexts(t)) > 0 })
	want := lint.Check(e.Doc(), lint.WithProfile(e.profile))
	got := findingTexts(t)
	if len(got) != len(want) {
		t.Fatalf("listed %d findings, lint has %d: %q", len(got), len(want), got)
	}
	for i, f := range want {
		for _, part := range []string{"Line " + strconv.Itoa(f.Line), f.Severity.String(), f.Message} {
			if !strings.Contains(got[i], part) {
				t.Errorf("finding %d %q lacks %q", i, got[i], part)
			}
		}
		if strings.HasSuffix(got[i], "Fix") != f.Fixable() {
			t.Errorf("finding %d %q: Fix button shown %v, fixable %v", i, got[i], strings.HasSuffix(got[i], "Fix"), f.Fixable())
		}
	}
	// Divergences come through lint (rule renders-differently).
	if !strings.Contains(strings.Join(got, "\n"), "javascript:alert(1)") {
		t.Error("the preview's divergence (a link not followed) is not listed")
	}
	count := safejs.Unsafe(p.count).Get("textContent").String()
	if count != "("+strconv.Itoa(len(want))+", 1 error)" {
		t.Errorf("count %q", count)
	}
	// A finding's button reveals its line, in the editor, which a
	// narrow screen shows instead of the preview.
	e.app.showPanel("preview")
	clickSelector(t, `#lint-list button[data-action="go:1"]`)
	if len(rec.lines) != 1 || rec.lines[0] != want[1].Line {
		t.Errorf("revealed %v, want line %d", rec.lines, want[1].Line)
	}
	if tab := e.app.els.Workspace.GetAttribute("data-tab"); tab != "editor" {
		t.Errorf("the %s panel is shown, want the editor", tab)
	}
}

func TestLintPanelFix(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- []\u00a0open item\n- [ ] @rrwo proposal\n"
	e, _ := newPanelsEditor(t, source, newLintPanel)
	p := panelOf[*lintPanel](t, e)
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	i := findingByRule(t, p.findings, "unknown-handle")
	fix := p.findings[i].Fix
	clickSelector(t, `#lint-list button[data-action="fix:`+strconv.Itoa(i)+`"]`)
	if got, want := e.Doc().String(), string(fix.Apply([]byte(source))); got != want {
		t.Fatalf("after Fix: %q, want %q", got, want)
	}
	if e.app.Source() != e.Doc().String() {
		t.Error("the fix did not reach the app (autosave, text box)")
	}
	for _, text := range findingTexts(t) {
		if strings.Contains(text, "@rrwo") {
			t.Errorf("the fixed finding is still listed: %q", text)
		}
	}
	if !e.Undo() || e.Doc().String() != source {
		t.Error("the fix is not one undo step")
	}
}

// TestLintPanelFixAfterEdit: the document changed between the findings
// and the click; the fix is made again for the new text.
func TestLintPanelFixAfterEdit(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @rrwo proposal\n"
	e, _ := newPanelsEditor(t, source, newLintPanel)
	p := panelOf[*lintPanel](t, e)
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	i := findingByRule(t, p.findings, "unknown-handle")
	inserted := "Intro line.\n\n"
	if err := e.Apply(core.Change{{Start: 22, End: 22, Text: inserted}}, ""); err != nil {
		t.Fatal(err)
	}
	clickSelector(t, `#lint-list button[data-action="fix:`+strconv.Itoa(i)+`"]`)
	want := "# Minutes 2025-06-04\n\n" + inserted + "- [ ] @robrwo proposal\n"
	if got := e.Doc().String(); got != want {
		t.Fatalf("stale fix: %q, want %q", got, want)
	}
}

func findingByRule(t *testing.T, fs []lint.Finding, rule string) int {
	t.Helper()
	for i, f := range fs {
		if f.Rule == rule && f.Fixable() {
			return i
		}
	}
	t.Fatalf("no fixable %s finding in %+v", rule, fs)
	return -1
}

// TestLintPanelKeepsFocus: a rebuild of the list keeps the keyboard focus
// on the same button.
func TestLintPanelKeepsFocus(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @rrwo proposal\n- [ ] @stigstp audit\n"
	e, _ := newPanelsEditor(t, source, newLintPanel)
	p := panelOf[*lintPanel](t, e)
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	safejs.Unsafe(window()).Get("document").Call("querySelector", `#lint-list button[data-action="go:1"]`).Call("focus")
	if err := e.Apply(core.Change{{Start: len(source), End: len(source), Text: "- [ ] @tib more\n"}}, ""); err != nil {
		t.Fatal(err)
	}
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	active := safejs.Unsafe(window()).Get("document").Get("activeElement")
	if active.Call("getAttribute", "data-action").String() != "go:1" {
		t.Errorf("focus moved to %s", active.Get("outerHTML").String())
	}
}

// TestLintPanelHostileText: messages quoting the document stay text.
func TestLintPanelHostileText(t *testing.T) {
	source := "# Minutes 2025-06-04\n\n- [ ] @x<img src=x onerror=alert(1)> <b>bold</b>\n[a](javascript:alert(1))\n"
	e, _ := newPanelsEditor(t, source, newLintPanel, newActionsPanel)
	if err := panelOf[*lintPanel](t, e).run(); err != nil {
		t.Fatal(err)
	}
	if err := panelOf[*actionsPanel](t, e).run(); err != nil {
		t.Fatal(err)
	}
	for _, sel := range []string{"#lint-list img, #lint-list b, #lint-list a", "#action-items-body img, #action-items-body b"} {
		if el := safejs.Unsafe(window()).Get("document").Call("querySelector", sel); !el.IsNull() {
			t.Errorf("markup from the document: %s", el.Get("outerHTML").String())
		}
	}
}
