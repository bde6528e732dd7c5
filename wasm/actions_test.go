//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core/publish"
)

const actionsSource = `# Minutes 2025-06-04

## Agenda

- [ ] @sjn - look at the CVE feed
- [x] @robrwo - done already
- [ ] @rrwo - write the proposal
- [ ] @robrwo
   - [ ] inherits the owner
- [ ] nobody's item
- [ ] @Tux - ship it
`

// actionGroups returns the owner headings and, per owner, the item texts.
func actionGroups(t *testing.T) ([]string, [][]string) {
	t.Helper()
	body := safejs.Unsafe(window()).Get("document").Call("getElementById", "action-items-body")
	var heads []string
	var items [][]string
	kids := body.Get("children")
	for i := 0; i < kids.Length(); i++ {
		k := kids.Index(i)
		switch k.Get("tagName").String() {
		case "H3":
			heads = append(heads, k.Get("textContent").String())
		case "UL":
			var texts []string
			lis := k.Call("querySelectorAll", "li")
			for j := 0; j < lis.Length(); j++ {
				texts = append(texts, lis.Index(j).Get("textContent").String())
			}
			items = append(items, texts)
		}
	}
	return heads, items
}

func TestActionsPanelGroupsByOwner(t *testing.T) {
	e, rec := newPanelsEditor(t, actionsSource, newActionsPanel)
	p := panelOf[*actionsPanel](t, e)
	waitFor(t, "the action items after an idle moment", func() bool { heads, _ := actionGroups(t); return len(heads) > 0 })
	heads, items := actionGroups(t)
	wantHeads := []string{"@robrwo (2)", "@sjn (1)", "@tux (1)"} // "- [ ] @robrwo" names no task
	if strings.Join(heads, "|") != strings.Join(wantHeads, "|") {
		t.Fatalf("owners %q, want %q", heads, wantHeads)
	}
	wantItems := [][]string{
		{"@rrwo - write the proposal line 7", "inherits the owner line 9"},
		{"@sjn - look at the CVE feed line 5"},
		{"@Tux - ship it line 11"},
	}
	for i := range wantItems {
		if i >= len(items) || strings.Join(items[i], "|") != strings.Join(wantItems[i], "|") {
			t.Errorf("group %d: %q, want %q", i, items, wantItems[i])
		}
	}
	if got := safejs.Unsafe(p.summary).Get("textContent").String(); got != "4 open items, 3 owners." {
		t.Errorf("summary %q", got)
	}
	if p.text != publish.ActionsText(publish.Actions(e.Doc(), e.profile), e.profile) || !strings.HasPrefix(p.text, "@robrwo (2)\n") {
		t.Errorf("copy text %q", p.text)
	}
	clickSelector(t, `#action-items-body button[data-action="go:9"]`)
	if len(rec.lines) != 1 || rec.lines[0] != 9 {
		t.Errorf("revealed %v, want [9]", rec.lines)
	}
}

func TestActionsPanelEmpty(t *testing.T) {
	e, _ := newPanelsEditor(t, "# Minutes\n\n- [x] @sjn done\n", newActionsPanel)
	p := panelOf[*actionsPanel](t, e)
	p.sig = "force a render"
	if err := p.run(); err != nil {
		t.Fatal(err)
	}
	if heads, _ := actionGroups(t); len(heads) != 0 {
		t.Errorf("owners %q", heads)
	}
	if got := safejs.Unsafe(p.summary).Get("textContent").String(); got != "No open action items." {
		t.Errorf("summary %q", got)
	}
	if !safejs.Unsafe(p.copy).Get("disabled").Bool() {
		t.Error("Copy is enabled with nothing to copy")
	}
}
