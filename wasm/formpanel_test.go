//go:build js && wasm

package main

import (
	"os"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/ui"
)

// The form's logic is tested natively (package form, on uitest's page);
// these tests check its binding to the browser: domPage and the app's
// listeners, with the browser's own events.

func formFixture(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../form/testdata/form-minutes.md")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// formItem returns the text field of the item whose text is text.
func formItem(t *testing.T, a *App, text string) ui.Node {
	t.Helper()
	for _, el := range a.page.ByID("section-list").QueryAll(".fit-text") {
		if el.Value() == text {
			return el
		}
	}
	t.Fatalf("no item %q in the form", text)
	return nil
}

// pressKey sends a keydown to el, focused first; it reports whether the
// form took the key.
func pressKey(el ui.Node, key string, mods ...string) bool {
	el.Focus()
	init := map[string]any{"key": key, "bubbles": true, "cancelable": true}
	for _, m := range mods {
		init[m+"Key"] = true
	}
	ev := must(must(safejs.Global().Get("KeyboardEvent")).New("keydown", init))
	must(other(el).Call("dispatchEvent", ev))
	return must(must(ev.Get("defaultPrevented")).Bool())
}

// TestFormInThePage types, splits, indents and undoes through the
// browser's events, and checks that typing touches no element and that
// the form's listeners are bound once.
func TestFormInThePage(t *testing.T) {
	src := formFixture(t)
	a, _ := startFormApp(t, src)
	funcs := a.funcs.Len()
	list := other(a.page.ByID("section-list"))
	noop, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer noop.Release()
	obs := must(must(safejs.Global().Get("MutationObserver")).New(noop))
	must(obs.Call("observe", list, map[string]any{"subtree": true, "childList": true, "attributes": true, "characterData": true}))
	defer must(obs.Call("disconnect"))

	typeInto(formItem(t, a, "a plain item"), "a plain item!")
	if n := must(must(obs.Call("takeRecords")).Length()); n != 0 {
		t.Errorf("typing changed the page %d times", n)
	}
	field := formItem(t, a, "a plain item!")
	field.SetSelection(7, 7)
	if !pressKey(field, "Enter") {
		t.Fatal("Enter not taken")
	}
	if v := a.page.Active().Value(); v != "item!" {
		t.Errorf("focus after the split on %q", v)
	}
	if !pressKey(a.page.Active(), "ArrowRight", "alt") {
		t.Error("Alt+Right not taken")
	}
	if pressKey(a.page.Active(), "Tab") {
		t.Error("Tab taken: it must move the focus")
	}
	want := strings.Replace(src, "- a plain item\n", "- a plain\n  - item!\n", 1)
	if a.Source() != want {
		t.Errorf("source:\n%s\nwant:\n%s", a.Source(), want)
	}
	for range 3 {
		pressKey(a.page.Active(), "z", "ctrl")
	}
	if a.Source() != src {
		t.Errorf("after three undos:\n%s", a.Source())
	}
	if got := a.funcs.Len(); got != funcs {
		t.Errorf("%d functions live, were %d", got, funcs)
	}
	if msg := messageTexts(a)["failure"]; msg != "" {
		t.Errorf("failure: %s", msg)
	}
}
