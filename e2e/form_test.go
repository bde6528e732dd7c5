package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/cpansec/minutes/internal/testenv"
)

// The form in the Editor region, driven with real mouse clicks and key
// presses (chromedp's Input events, as a user's).

// formKeys presses keys in the focused field, with modifiers.
func formKeys(t *testing.T, ctx context.Context, keys string, mods ...input.Modifier) {
	t.Helper()
	run(t, ctx, chromedp.KeyEvent(keys, chromedp.KeyModifiers(mods...)))
}

// formClickItem clicks the text field of the item whose text is text.
func formClickItem(t *testing.T, ctx context.Context, text string) {
	t.Helper()
	formClick(t, ctx, fmt.Sprintf(`[...document.querySelectorAll("#section-list .fit-text")].find(e => e.value === %s)`, jsString(text)))
}

// formClick clicks the element the JavaScript expression finds, with the
// mouse: the element gets a test id for the click.
func formClick(t *testing.T, ctx context.Context, find string) {
	t.Helper()
	var ok bool
	// Sections off screen skip layout (content-visibility: auto) and are
	// laid out, at their real height, once scrolled near, which moves what
	// follows them: the element is scrolled to until it stays where it is
	// (timers, not animation frames, which a background tab does not get),
	// so that the click lands on it.
	eval(t, ctx, `(async () => { const e = `+find+`; if (!e) return false;
		document.querySelectorAll("[data-e2e]").forEach(x => x.removeAttribute("data-e2e"));
		e.setAttribute("data-e2e", "1");
		let last = null;
		for (let i = 0; i < 40; i++) {
			e.scrollIntoView({block: "center"});
			await new Promise(r => setTimeout(r, 30));
			const top = e.getBoundingClientRect().top;
			if (top === last) break;
			last = top;
		}
		return true })()`, &ok)
	if !ok {
		t.Fatalf("nothing to click: %s", find)
	}
	run(t, ctx, chromedp.Click(`[data-e2e="1"]`, chromedp.ByQuery))
}

// formSet sets a date or time field and fires its change event, as the
// browser's picker does.
func formSet(t *testing.T, ctx context.Context, id, value string) {
	t.Helper()
	eval(t, ctx, fmt.Sprintf(`(() => { const e = document.getElementById(%q); e.focus(); e.value = %q;
		e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, id, value), new(bool))
}

// formFocused is the value of the focused field.
func formFocused(t *testing.T, ctx context.Context) string {
	t.Helper()
	var v string
	eval(t, ctx, `document.activeElement && document.activeElement.value || ""`, &v)
	return v
}

// formValues returns the values of the fields matching sel.
func formValues(t *testing.T, ctx context.Context, sel string) []string {
	t.Helper()
	var out []string
	eval(t, ctx, fmt.Sprintf(`[...document.querySelectorAll(%q)].map(e => e.value)`, sel), &out)
	return out
}

// noFailure fails the test if the page reported an unexpected error.
func noFailure(t *testing.T, ctx context.Context) {
	t.Helper()
	if m := messages(t, ctx); strings.Contains(m, "Something went wrong") {
		t.Errorf("the page reported a failure: %s", m)
	}
}

// TestFormFillAndSave starts from the empty draft of a first visit, fills
// the facts, adds a section, items and names through the form, and saves:
// the file is the Markdown expected, byte for byte.
func TestFormFillAndSave(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	run(t, ctx, chromedp.Click(`#fact-title-input`, chromedp.ByQuery))
	formKeys(t, ctx, "CPANSec meeting")
	formSet(t, ctx, "fact-date-input", "2025-10-01")
	formSet(t, ctx, "fact-time-input", "16:00")
	run(t, ctx, chromedp.Click(`#form-add-section`, chromedp.ByQuery))
	formKeys(t, ctx, "Agenda")
	formKeys(t, ctx, kb.Enter) // from the heading into its first item
	formKeys(t, ctx, "first item"+kb.Enter+"second")
	formKeys(t, ctx, kb.Enter, input.ModifierCtrl) // a box
	formKeys(t, ctx, kb.Enter+"sub point")
	formKeys(t, ctx, kb.ArrowRight, input.ModifierAlt)
	formKeys(t, ctx, kb.Enter+"oops")
	before := markdown(t, ctx)
	formKeys(t, ctx, "z", input.ModifierCtrl) // the typing
	formKeys(t, ctx, "z", input.ModifierCtrl) // the item
	undone := markdown(t, ctx)
	if strings.Contains(undone, "oops") || strings.Count(undone, "\n") != strings.Count(before, "\n")-1 {
		t.Errorf("two undos left\n%s", undone)
	}
	formKeys(t, ctx, "Z", input.ModifierCtrl, input.ModifierShift)
	formKeys(t, ctx, "y", input.ModifierCtrl)
	if got := markdown(t, ctx); got != before {
		t.Errorf("two redos give\n%s\nwant\n%s", got, before)
	}
	formKeys(t, ctx, kb.Backspace+kb.Backspace+kb.Backspace+kb.Backspace+kb.Backspace) // empty, then deleted
	run(t, ctx, chromedp.Click(`#people .chip-in[aria-label="Add to Attendees"]`, chromedp.ByQuery))
	formKeys(t, ctx, "sjn,tux"+kb.Enter)
	run(t, ctx, chromedp.Click(`#people .chip-in[aria-label="Add to Regrets"]`, chromedp.ByQuery))
	formKeys(t, ctx, "@stigsp"+kb.Enter)
	poll(t, ctx, "the roster's suggestion", `document.querySelector('#people button[data-act="suggest"]')`)
	run(t, ctx, chromedp.Click(`#people button[data-act="suggest"]`, chromedp.ByQuery))

	want := "---\ntitle: CPANSec meeting\nmeeting_time: 2025-10-01 16:00 UTC\n---\n## Agenda\n\n" +
		"- first item\n- [ ] second\n  - sub point\n\n### Attendees\n\n- Attendees: @sjn, @tux\n- Regrets: @stigtsp\n"
	name, got := download(t, ctx, clickSave)
	if string(got) != want {
		t.Errorf("saved\n%q\nwant\n%q", got, want)
	}
	if name != "cpansec-minutes-2025-10-01.md" {
		t.Errorf("file name %q", name)
	}
	noFailure(t, ctx)
}

// TestFormCheckOneBox opens real minutes and checks or unchecks one box in
// the form with the mouse: exactly that line of the Markdown differs.
func TestFormCheckOneBox(t *testing.T) {
	files := []string{
		corpusFile(t, "cpansec-minutes-2025-06-04@8faf856.md"),
		corpusFile(t, "cpansec-minutes-2026-02-19@e006b80.md"),
		corpusFile(t, "agenda-template@a9bf513.md"), // U+00A0 in boxes
		filepath.Join("testdata", "crlf-bom-nbsp.md"),
		filepath.Join("testdata", "form-agenda.md"),
	}
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			orig, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			openFile(t, ctx, file)
			var boxes int
			eval(t, ctx, `document.querySelectorAll("#section-list .fit-box").length`, &boxes)
			if boxes == 0 {
				if strings.Contains(string(orig), "[ ]") {
					t.Fatal("the form shows no checkbox")
				}
				return
			}
			formClick(t, ctx, fmt.Sprintf(`document.querySelectorAll("#section-list .fit-box")[%d]`, boxes/2))
			_, saved := download(t, ctx, clickSave)
			got, want := splitLines(string(saved)), splitLines(string(orig))
			if len(got) != len(want) {
				t.Fatalf("saved %d lines, the file has %d", len(got), len(want))
			}
			var diff []int
			for i := range got {
				if got[i] != want[i] {
					diff = append(diff, i+1)
				}
			}
			if len(diff) != 1 {
				t.Fatalf("lines %v differ", diff)
			}
			a, b := strings.ToLower(want[diff[0]-1]), strings.ToLower(got[diff[0]-1])
			if strings.Count(a, "[ ]")+strings.Count(a, "[x]") != strings.Count(b, "[ ]")+strings.Count(b, "[x]") && !strings.Contains(a, "[]") && !strings.Contains(a, "\u00a0") {
				t.Errorf("line %d: %q became %q", diff[0], a, b)
			}
			noFailure(t, ctx)
		})
	}
}

// splitLines splits text after each line end (LF, CR LF or CR), line
// ends kept.
func splitLines(text string) []string {
	var out []string
	for len(text) > 0 {
		i := strings.IndexAny(text, "\r\n")
		if i < 0 {
			out = append(out, text)
			break
		}
		j := i + 1
		if text[i] == '\r' && j < len(text) && text[j] == '\n' {
			j++
		}
		out = append(out, text[:j])
		text = text[j:]
	}
	return out
}

// TestFormFollowsMarkdown types in the Markdown view: the form shows the
// new headings, items, facts and names.
func TestFormFollowsMarkdown(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	fixture, err := os.ReadFile(filepath.Join("testdata", "form-agenda.md"))
	if err != nil {
		t.Fatal(err)
	}
	typeMarkdown(t, ctx, string(fixture))
	poll(t, ctx, "the form", `[...document.querySelectorAll("#section-list .fit-text")].some(e => e.value === "gamma")`)
	text := strings.Replace(string(fixture), "- [ ] gamma\n", "- [ ] gamma\n- [x] delta, typed in the text\n", 1)
	text = strings.Replace(text, "### Current matters", "### Matters arising", 1)
	text = strings.Replace(text, "    - @leont\n", "    - @leont, @garu\n", 1)
	text = strings.Replace(text, "meeting_time: 2025-06-18 16:00 UTC", "meeting_time: 2025-06-25 17:30 UTC", 1)
	typeMarkdown(t, ctx, text)
	poll(t, ctx, "the new item", `[...document.querySelectorAll("#section-list .fit-text")].some(e => e.value === "delta, typed in the text" && e.previousElementSibling.checked)`)
	poll(t, ctx, "the new heading", `[...document.querySelectorAll("#section-list .fsec-title")].some(e => e.value === "Matters arising")`)
	poll(t, ctx, "the new name", `document.getElementById("people").textContent.includes("@garu")`)
	poll(t, ctx, "the new date", `document.getElementById("fact-date-input").value === "2025-06-25" && document.getElementById("fact-time-input").value === "17:30"`)
	noFailure(t, ctx)
}

// TestFormKeyboard drives the items with the keyboard: Enter, typing,
// Tab, Shift+Tab, Alt+Up, Alt+Down, Ctrl+Enter, Backspace, then Ctrl+Z
// back to the file as it was.
func TestFormKeyboard(t *testing.T) {
	file := filepath.Join("testdata", "form-agenda.md")
	ctx, orig := openInNewTab(t, file)
	var clock string
	eval(t, ctx, `document.getElementById("fact-time-input").value`, &clock)
	if clock != "16:00" {
		t.Errorf("the time field shows %q, want the minutes' 24-hour UTC 16:00", clock)
	}
	formClickItem(t, ctx, "gamma")
	steps := []struct {
		keys string
		mods []input.Modifier
		want string // the Markdown's items after the key
	}{
		{kb.End + kb.Enter, nil, "- [ ] gamma\n- [ ] \n"},
		{"delta", nil, "- [ ] gamma\n- [ ] delta\n"},
		{kb.ArrowRight, []input.Modifier{input.ModifierAlt}, "- [ ] gamma\n  - [ ] delta\n"}, // as this list nests (by two; the attendance list nests by four)
		{kb.ArrowLeft, []input.Modifier{input.ModifierAlt}, "- [ ] gamma\n- [ ] delta\n"},
		{kb.ArrowUp, []input.Modifier{input.ModifierAlt}, "- [ ] delta\n- [ ] gamma\n"},
		{kb.Enter, []input.Modifier{input.ModifierCtrl}, "- [x] delta\n- [ ] gamma\n"},
		{kb.ArrowDown, []input.Modifier{input.ModifierAlt}, "- [ ] gamma\n- [x] delta\n"},
	}
	for _, s := range steps {
		formKeys(t, ctx, s.keys, s.mods...)
		if md := markdown(t, ctx); !strings.Contains(md, "- [x] @stigtsp - beta\n"+s.want+"\n## 17:00") {
			t.Fatalf("after %q the items are\n%s", s.keys, md[strings.Index(md, "### Current"):])
		}
		if formFocused(t, ctx) != "delta" && s.keys != kb.End+kb.Enter {
			t.Errorf("after %q the focus is on %q", s.keys, formFocused(t, ctx))
		}
	}
	formKeys(t, ctx, strings.Repeat(kb.Backspace, 6)) // "delta", then the empty item
	if md := markdown(t, ctx); md != string(orig) || formFocused(t, ctx) != "gamma" {
		t.Errorf("after deleting, the focus is on %q and the Markdown\n%s", formFocused(t, ctx), md)
	}
	for i := 0; i < 12; i++ { // more than the steps taken
		formKeys(t, ctx, "z", input.ModifierCtrl)
	}
	if md := markdown(t, ctx); md != string(orig) {
		t.Errorf("after undoing everything:\n%s", md)
	}
	noFailure(t, ctx)
}

// axeScript returns axe-core's script (testenv.Axe: failing under CI and
// skipping elsewhere when it is not installed).
func axeScript(t *testing.T) string {
	t.Helper()
	return string(testenv.Axe(t))
}

// axeAudit runs axe-core on the page as it is (the tab must bypass the
// page's policy: page.SetBypassCSP) and reports every violation.
func axeAudit(t *testing.T, ctx context.Context, axe string) {
	t.Helper()
	eval(t, ctx, axe+"\n;true", new(bool))
	var violations []struct {
		ID    string `json:"id"`
		Help  string `json:"help"`
		Nodes []struct {
			Target []string `json:"target"`
		} `json:"nodes"`
	}
	eval(t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations)`, &violations)
	for _, v := range violations {
		var targets []string
		for _, n := range v.Nodes {
			targets = append(targets, strings.Join(n.Target, " "))
		}
		t.Errorf("axe: %s (%s) at %v", v.ID, v.Help, targets)
	}
}

// TestFormAccessible runs axe-core with the form populated: people with a
// typo warning, sections with time fields and Now buttons, items with
// boxes, and the tools in a focused row; light and dark, wide and phone.
func TestFormAccessible(t *testing.T) {
	axe := axeScript(t)
	srv := newSite(t)
	for _, tc := range []struct {
		name, scheme string
		width        int64
	}{{"light wide", "light", 1280}, {"dark wide", "dark", 1280}, {"light phone", "light", 375}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newTab(t)
			run(t, ctx, chromedp.EmulateViewport(tc.width, 800), emulateScheme(tc.scheme), page.SetBypassCSP(true))
			openPage(t, ctx, srv.URL)
			openFile(t, ctx, filepath.Join("testdata", "form-agenda.md"))
			poll(t, ctx, "the typo warning", `document.querySelector("#people .chip-warn")`)
			formClickItem(t, ctx, "@robrwo - alpha detail")
			poll(t, ctx, "the item tools in the row", `document.querySelector(".fit-row #item-tools")`)
			run(t, ctx, chromedp.Click(`.form-keys summary`, chromedp.ByQuery))
			var overflow bool
			eval(t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`, &overflow)
			if overflow {
				t.Error("the page scrolls sideways")
			}
			axeAudit(t, ctx, axe)
			formClick(t, ctx, `document.querySelector("#section-list .fsec-title")`)
			poll(t, ctx, "the section tools in the heading", `document.querySelector(".fsec-head #section-tools")`)
			axeAudit(t, ctx, axe)
		})
	}
}

// TestFormTabNeverEdits presses Tab 120 times through the form, then
// Shift+Tab as often: the focus moves, the Markdown stays byte for byte
// the same, and no field's text was selected on the way (the next key
// would have replaced it).
func TestFormTabNeverEdits(t *testing.T) {
	file := filepath.Join("testdata", "form-agenda.md")
	ctx, orig := openInNewTab(t, file)
	formClickItem(t, ctx, "@robrwo - alpha")
	seen := map[string]bool{}
	for i := 0; i < 240; i++ {
		if i < 120 {
			formKeys(t, ctx, kb.Tab)
		} else {
			formKeys(t, ctx, kb.Tab, input.ModifierShift)
		}
		var state struct {
			ID       string
			Selected bool
		}
		eval(t, ctx, `(() => { const e = document.activeElement;
			return {id: e.id, selected: e.classList.contains("fit-text") && e.value !== "" && e.selectionStart === 0 && e.selectionEnd === e.value.length} })()`, &state)
		seen[state.ID] = true
		if state.Selected {
			t.Errorf("Tab %d selected the text of #%s", i, state.ID)
		}
	}
	if md := markdown(t, ctx); md != string(orig) {
		t.Fatalf("Tab changed the Markdown at %d", firstDiff([]byte(md), orig))
	}
	if len(seen) < 10 {
		t.Errorf("Tab visited only %d elements", len(seen))
	}
}

// TestFormTypedMarkdown types, with real keys, what a scribe types from
// Markdown habit: a box at the start of a new item sets its box, a list
// marker is the item's marker, Enter in the middle splits the item, and
// Up and Down move between items.
func TestFormTypedMarkdown(t *testing.T) {
	file := filepath.Join("testdata", "form-agenda.md")
	srv := newSite(t)
	ctx := newTab(t)
	openPage(t, ctx, srv.URL)
	openFile(t, ctx, file)
	formClickItem(t, ctx, "gamma")
	formKeys(t, ctx, kb.End+kb.Enter+"[x] zeta"+kb.Enter+"- eta"+kb.Enter+"[ ] theta iota")
	formKeys(t, ctx, strings.Repeat(kb.ArrowLeft, 5)+kb.Enter)
	// Every item of this list has a box, so new ones get one too.
	want := "- [ ] gamma\n- [x] zeta\n- [ ] eta\n- [ ] theta\n- [ ] iota\n\n## 17:00"
	if md := markdown(t, ctx); !strings.Contains(md, want) {
		t.Fatalf("the items are\n%s\nwant\n%s", md[strings.Index(md, "### Current"):], want)
	}
	if got := formFocused(t, ctx); got != "iota" {
		t.Errorf("after the split the focus is on %q", got)
	}
	for _, step := range []struct{ key, want string }{
		{kb.ArrowUp, "theta"}, {kb.ArrowUp, "eta"}, {kb.ArrowDown, "theta"}, {kb.ArrowDown, "iota"},
	} {
		formKeys(t, ctx, step.key)
		if got := formFocused(t, ctx); got != step.want {
			t.Errorf("after %q the focus is on %q, want %q", step.key, got, step.want)
		}
	}
	noFailure(t, ctx)
}

// TestFormReloadKeepsCaretAndUndo: after a reload the caret is back in the
// form field it was in, at the same offset, so the next keys land where
// they did before; and Ctrl+Z still undoes what was typed before it.
func TestFormReloadKeepsCaretAndUndo(t *testing.T) {
	ctx, orig := openInNewTab(t, filepath.Join("testdata", "form-agenda.md"))
	formClickItem(t, ctx, "gamma")
	formKeys(t, ctx, kb.End+" more"+kb.ArrowLeft+kb.ArrowLeft)
	waitStored(t, ctx, strings.Replace(string(orig), "- [ ] gamma\n", "- [ ] gamma more\n", 1))
	run(t, ctx, chromedp.Reload(), waitReady())
	var got struct {
		Value string
		Caret int
	}
	eval(t, ctx, `({value: document.activeElement.value || "", caret: document.activeElement.selectionStart || 0})`, &got)
	if got.Value != "gamma more" || got.Caret != len("gamma mo") {
		t.Fatalf("after the reload the focus is on %q at %d, want \"gamma more\" at %d", got.Value, got.Caret, len("gamma mo"))
	}
	formKeys(t, ctx, "X")
	if md := markdown(t, ctx); !strings.Contains(md, "- [ ] gamma moXre\n") {
		t.Errorf("the key after the reload went elsewhere:\n%s", md[strings.Index(md, "### Current"):])
	}
	formKeys(t, ctx, "z", input.ModifierCtrl)
	formKeys(t, ctx, "z", input.ModifierCtrl)
	if md := markdown(t, ctx); md != string(orig) {
		t.Errorf("two undos after the reload leave\n%s", md[strings.Index(md, "### Current"):])
	}
	noFailure(t, ctx)
}

// TestMarkdownBesideTheForm: the switch puts the Markdown box beside the
// form at full height, and a reload keeps it there.
func TestMarkdownBesideTheForm(t *testing.T) {
	srv := newSite(t)
	ctx := newTab(t)
	run(t, ctx, chromedp.EmulateViewport(1600, 900))
	openPage(t, ctx, srv.URL)
	check := func(when string) {
		var got struct{ Beside, Tall bool }
		eval(t, ctx, `(() => { const s = document.querySelector("#editor .source").getBoundingClientRect();
			const f = document.getElementById("sections").getBoundingClientRect();
			return {beside: s.left >= f.right - 1 && s.top < f.bottom, tall: s.height > innerHeight * 0.6} })()`, &got)
		if !got.Beside || !got.Tall {
			t.Errorf("%s: the Markdown box is not beside the form at full height: %+v", when, got)
		}
	}
	run(t, ctx, chromedp.Click("#markdown-beside", chromedp.ByQuery))
	check("after the switch")
	run(t, ctx, chromedp.Reload(), waitReady())
	check("after a reload")
}
