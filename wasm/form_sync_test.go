//go:build js && wasm

package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"syscall/js"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/internal/corpustest"
)

// formObserve starts recording the mutations of the section list; the
// function returned gives the records so far, as "type target" texts.
func formObserve(t *testing.T) func() []string {
	t.Helper()
	noop := js.FuncOf(func(js.Value, []js.Value) any { return nil })
	t.Cleanup(noop.Release)
	obs := js.Global().Get("MutationObserver").New(noop)
	obs.Call("observe", byID("section-list"), map[string]any{"subtree": true, "childList": true, "attributes": true, "characterData": true})
	t.Cleanup(func() { obs.Call("disconnect") })
	return func() []string {
		recs := obs.Call("takeRecords")
		var out []string
		for i := 0; i < recs.Length(); i++ {
			r := recs.Index(i)
			target := r.Get("target")
			desc := r.Get("type").String() + " " + target.Get("nodeName").String()
			if present(closest(target, "#item-tools, #section-tools")) {
				desc += " in tools"
			}
			out = append(out, desc)
		}
		return out
	}
}

// formMark tags every section element, to tell later whether it was kept.
func formMark() {
	for _, el := range formQAll("#section-list > li") {
		el.Set("__kept", true)
	}
}

// formReplaced counts the section elements made since mark.
func formReplaced() int {
	n := 0
	for _, el := range formQAll("#section-list > li") {
		if !el.Get("__kept").Truthy() {
			n++
		}
	}
	return n
}

// TestFormKeystrokeTouchesNothing: typing in an item, a heading or a
// paragraph changes the document but not the page (which shows it
// already), apart from the labels of the tools in the row being typed in.
func TestFormKeystrokeTouchesNothing(t *testing.T) {
	a, _, p := newFormEditor(t, formFixture)
	records := formObserve(t)
	field := formItem(t, "a plain item")
	formType(field, "a plain item!")
	if r := records(); len(r) != 0 {
		t.Errorf("typing changed the page: %q", r)
	}
	formFocus(field)
	records()
	for _, s := range []string{"a plain item!!", "a plain item!!!"} {
		formType(field, s)
	}
	for _, r := range records() {
		if !strings.HasSuffix(r, "in tools") {
			t.Errorf("typing with the tools in the row changed %s", r)
		}
	}
	formType(formQ(t, "#section-list .lv3 .fsec-title"), "Attendance!")
	formType(formQ(t, "#section-list .fpara"), "Paragraph!")
	box := formItem(t, "@stigtsp - follow up").Get("previousElementSibling")
	box.Call("click")
	if r := records(); len(r) != 0 {
		t.Errorf("typing and a click changed the page: %q", r)
	}
	for _, want := range []string{"- a plain item!!!\n", "### Attendance!\n", "\nParagraph!\n", "[x] @stigtsp - follow up"} {
		if !strings.Contains(a.Source(), want) {
			t.Errorf("source lacks %q", want)
		}
	}
	checkFormMatches(t, p)
}

// TestFormStructuralEditsRenderOneSection: an edit of one section's items
// renders that section again, inside its element; the other sections'
// elements are neither replaced nor changed.
func TestFormStructuralEditsRenderOneSection(t *testing.T) {
	_, _, p := newFormEditor(t, formFixture)
	formMark()
	records := formObserve(t)
	section := closest(formItem(t, "a plain item"), ".fsec")
	formPress(formItem(t, "a plain item"), "ArrowRight", "alt")
	formPress(formItem(t, "a plain item"), "Enter")
	if n := formReplaced(); n != 0 {
		t.Errorf("%d section elements replaced", n)
	}
	if len(records()) == 0 {
		t.Error("no change recorded")
	}
	for _, el := range formQAll("#section-list > li") {
		if !el.Equal(section) && el.Get("__kept").Truthy() && strings.Contains(el.Get("innerHTML").String(), "a plain item") {
			t.Error("another section shows the item")
		}
	}
	before := len(p.views)
	byID("form-add-section").Call("click")
	if len(p.views) != before+1 || formReplaced() != 1 {
		t.Errorf("adding a section: %d views (was %d), %d new elements", len(p.views), before, formReplaced())
	}
	checkFormMatches(t, p)
}

// TestFormUndoRedoEveryKind undoes and redoes edits of every kind — typed,
// clicked, structural, the date, people, and the Markdown view — with the
// form's keys.
func TestFormUndoRedoEveryKind(t *testing.T) {
	a, _, p := newFormEditor(t, formFixture)
	states := []string{a.Source()}
	step := func(do func()) {
		do()
		if a.Source() == states[len(states)-1] {
			t.Fatalf("step %d changed nothing", len(states))
		}
		states = append(states, a.Source())
	}
	step(func() { formType(formItem(t, "a plain item"), "a plain item typed") })
	step(func() { formItem(t, "@robrwo - investigating modules").Get("previousElementSibling").Call("click") })
	step(func() { formPress(formItem(t, "a plain item typed"), "ArrowRight", "alt") })
	step(func() { formType(formQ(t, "#section-list .lv3 .fsec-title"), "Attendance") })
	step(func() {
		d := byID("fact-date-input")
		d.Set("value", "2025-06-18")
		formChange(d)
	})
	step(func() {
		in := formQ(t, `#people .chip-in[aria-label="Add to Regrets"]`)
		in.Set("value", "@garu")
		formPress(in, "Enter")
	})
	step(func() {
		typeText(t, a, strings.Replace(a.Source(), "## Agenda\n", "## Agenda items\n", 1))
		a.syncText()
	})
	field := formItem(t, "a plain item typed")
	for i := len(states) - 1; i > 0; i-- {
		if !formPress(field, "z", "ctrl") {
			t.Fatal("Ctrl+Z not taken")
		}
		if a.Source() != states[i-1] {
			t.Fatalf("undo to state %d:\n%s\nwant\n%s", i-1, a.Source(), states[i-1])
		}
		checkFormMatches(t, p)
		field = formQ(t, "#section-list .fit-text")
	}
	for i := 1; i < len(states); i++ {
		mods := []string{"ctrl", "shift"}
		key := "Z"
		if i%2 == 0 {
			mods, key = []string{"ctrl"}, "y"
		}
		field = formQ(t, "#section-list .fit-text")
		if !formPress(field, key, mods...) {
			t.Fatal(key + " not taken")
		}
		if a.Source() != states[i] {
			t.Fatalf("redo to state %d:\n%s\nwant\n%s", i, a.Source(), states[i])
		}
	}
	checkFormMatches(t, p)
	p.refreshFacts()
	if got := byID("fact-date-input").Get("value").String(); got != "2025-06-18" {
		t.Errorf("date field %q after redo", got)
	}
}

// TestFormFollowsTheMarkdownView: an edit typed in the Markdown text box
// shows in the form, facts and people included.
func TestFormFollowsTheMarkdownView(t *testing.T) {
	a, _, p := newFormEditor(t, formFixture)
	formMark()
	text := strings.Replace(formFixture, "- a plain item\n", "- a plain item\n- [ ] typed in the text\n", 1)
	text = strings.Replace(text, "    - @leont\n", "    - @leont, @garu\n", 1)
	typeText(t, a, text)
	waitFor(t, "the form to show the new item", func() bool {
		for _, el := range formQAll("#section-list .fit-text") {
			if el.Get("value").String() == "typed in the text" {
				return true
			}
		}
		return false
	})
	if n := formReplaced(); n > 2 {
		t.Errorf("%d section elements replaced for an edit of two sections", n)
	}
	waitFor(t, "the people to show @garu", func() bool {
		return strings.Contains(byID("people").Get("textContent").String(), "@garu")
	})
	checkFormMatches(t, p)
}

// TestFormEmptyFirstSubItem: Enter then Alt+Right makes a sub-item; Markdown
// would read an empty first sub-item as text, so it gets "…", selected.
func TestFormEmptyFirstSubItem(t *testing.T) {
	a, _, _ := newFormEditor(t, "## Agenda\n\n- first\n")
	formPress(formItem(t, "first"), "Enter")
	formPress(activeElement(), "ArrowRight", "alt")
	ae := activeElement()
	if ae.Get("value").String() != placeholder || ae.Get("selectionStart").Int() != 0 || ae.Get("selectionEnd").Int() != 1 {
		t.Fatalf("focus on %s", ae.Get("outerHTML").String())
	}
	formType(ae, "second")
	if want := "## Agenda\n\n- first\n  - second\n"; a.Source() != want {
		t.Errorf("source %q, want %q", a.Source(), want)
	}
	formPress(activeElement(), "z", "ctrl")
	formPress(activeElement(), "z", "ctrl")
	if want := "## Agenda\n\n- first\n- \n"; a.Source() != want {
		t.Errorf("after two undos %q, want %q", a.Source(), want)
	}
}

// TestFormFromEmpty fills an empty draft through the form alone.
func TestFormFromEmpty(t *testing.T) {
	a, _, _ := newFormEditor(t, "")
	title := byID("fact-title-input")
	formType(title, "CPANSec meeting")
	d, tm := byID("fact-date-input"), byID("fact-time-input")
	d.Set("value", "2025-10-01")
	formChange(d)
	tm.Set("value", "16:00")
	formChange(tm)
	byID("form-add-section").Call("click")
	formType(activeElement(), "Agenda")
	formPress(activeElement(), "Enter")
	formType(activeElement(), "first")
	formPress(activeElement(), "Enter")
	formType(activeElement(), "second")
	formPress(activeElement(), "Enter", "ctrl")
	in := formQ(t, `#people .chip-in[aria-label="Add to Attendees"]`)
	in.Set("value", "sjn, @tux")
	formPress(in, "Enter")
	// core writes the first heading right after the front matter, and
	// attendees under the page's only heading.
	want := "---\ntitle: CPANSec meeting\nmeeting_time: 2025-10-01 16:00 UTC\n---\n## Agenda\n\n- first\n- [ ] second\n\n### Attendees\n\n- Attendees: @sjn, @tux\n"
	if a.Source() != want {
		t.Errorf("source\n%q\nwant\n%q", a.Source(), want)
	}
}

// TestFormRevealAndShowSection: lint findings and action items reveal a
// line; a reload shows the section the user was in.
func TestFormRevealAndShowSection(t *testing.T) {
	_, e, p := newFormEditor(t, formFixture)
	line := strings.Count(formFixture[:strings.Index(formFixture, "- a plain item")], "\n") + 1
	e.Reveal(line)
	if formFocused() != "a plain item" {
		t.Errorf("Reveal(%d) focused %q", line, formFocused())
	}
	e.Reveal(strings.Count(formFixture[:strings.Index(formFixture, "Notes on")], "\n") + 1)
	if attr(activeElement(), "data-f") != "para" {
		t.Errorf("Reveal of a paragraph focused %s", activeElement().Get("outerHTML").String())
	}
	e.Reveal(3)
	if activeElement().Get("id").String() != "fact-title-input" {
		t.Errorf("Reveal of the front matter focused %s", activeElement().Get("outerHTML").String())
	}
	e.ShowSection("3.0")
	if formFocused() != "Current matters" {
		t.Errorf("ShowSection focused %q", formFocused())
	}
	formFocus(formItem(t, "a plain item"))
	if e.Section() != "3.0" {
		t.Errorf("section hint %q after focusing an item of section 3.0", e.Section())
	}
	_ = p
}

// TestFormFuncsStay: the form's listeners are bound once; rendering,
// edits and undo make no js.Func.
func TestFormFuncsStay(t *testing.T) {
	a, _, p := newFormEditor(t, formFixture)
	n := a.funcs.Len()
	for i := 0; i < 5; i++ {
		formPress(formItem(t, "a plain item"), "Enter")
		formPress(activeElement(), "Backspace")
		p.refreshFacts()
		a.load(a.drafts.NewDraft(formFixture), false)
	}
	if got := a.funcs.Len(); got != n {
		t.Errorf("%d functions live, were %d", got, n)
	}
}

// formCorpus returns a few real minutes of each format.
func formCorpus(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, pattern := range []string{"cpansec-minutes-2024-02-10@*.md", "cpansec-minutes-2024-11-15@ff5825f.md", "cpansec-minutes-2025-06-04@8faf856.md", "cpansec-minutes-2026-02-19@*.md", "agenda-template@*.md"} {
		files := corpustest.Files(t, pattern)
		data, err := os.ReadFile(files[0])
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(files[0])] = string(data)
	}
	return out
}

// TestFormCorpusOneBoxOneLine opens real minutes, checks or unchecks one
// box in the form: exactly that line of the Markdown differs.
func TestFormCorpusOneBoxOneLine(t *testing.T) {
	for name, src := range formCorpus(t) {
		t.Run(name, func(t *testing.T) {
			a, _, p := newFormEditor(t, src)
			checkFormMatches(t, p)
			boxes := formQAll("#section-list .fit-box")
			if len(boxes) == 0 {
				return // the 2024 formats have no boxes
			}
			boxes[len(boxes)/2].Call("click")
			got, want := strings.Split(a.Source(), "\n"), strings.Split(src, "\n")
			if len(got) != len(want) {
				t.Fatalf("%d lines, was %d", len(got), len(want))
			}
			diff := 0
			for i := range got {
				if got[i] != want[i] {
					diff++
				}
			}
			if diff != 1 {
				t.Errorf("%d lines differ", diff)
			}
			checkFormMatches(t, p)
		})
	}
}

// TestFormRandomEdits applies random form actions to real minutes; after
// each, every section's markup must be what a fresh render gives, and
// the document what a fresh parse of its source gives.
func TestFormRandomEdits(t *testing.T) {
	acts := []string{"add-after", "add-child", "indent", "outdent", "up", "down", "toggle", "box", "delete", "type"}
	secActs := []string{"additem", "sec-add-after", "sec-add-sub", "sec-up", "sec-down", "sec-remove", "rename"}
	for name, src := range formCorpus(t) {
		t.Run(name, func(t *testing.T) {
			a, e, p := newFormEditor(t, src)
			r := rand.New(rand.NewPCG(7, uint64(len(src))))
			for step := 0; step < 40; step++ {
				v := p.views[r.IntN(len(p.views))]
				switch {
				case len(v.items) > 0 && r.IntN(3) > 0:
					k := r.IntN(len(v.items))
					act := acts[r.IntN(len(acts))]
					if act == "type" {
						formType(byID(v.fieldID('i', k)), v.items[k].Text+" x")
						break
					}
					p.itemAction(act, v, k, -1)
				case v.sec.Level > 0:
					act := secActs[r.IntN(len(secActs))]
					if act == "rename" {
						formType(byID(v.fieldID('t', 0)), v.sec.Title+" y")
						break
					}
					p.sectionAction(act, v)
				default:
					if r.IntN(4) == 0 {
						formPress(activeElement(), "z", "ctrl")
					}
				}
				fresh, err := core.Parse([]byte(a.Source()))
				if err != nil {
					t.Fatal(err)
				}
				if len(fresh.Items()) != len(e.Doc().Items()) || len(fresh.Sections()) != len(e.Doc().Sections()) {
					t.Fatalf("step %d: the document differs from a fresh parse", step)
				}
				checkFormMatches(t, p)
				if t.Failed() {
					t.Fatalf("step %d", step)
				}
			}
			if msg := messageTexts(a)["failure"]; msg != "" {
				t.Errorf("failure: %s", msg)
			}
		})
	}
}

// TestFormLongDocumentFillsLater: a long document shows its first
// sections at once and the others shortly after; edits, the Markdown view
// and Reveal work meanwhile.
func TestFormLongDocumentFillsLater(t *testing.T) {
	body := formFixture[strings.Index(formFixture, "## Agenda &"):]
	long := formFixture + strings.Repeat(body, 60)
	a, e, p := newFormEditor(t, long)
	lazy := 0
	for _, v := range p.views {
		if v.lazy {
			lazy++
		}
	}
	if lazy == 0 {
		t.Fatal("every section was rendered at once")
	}
	p.generation++ // hold the batches back while the test edits
	formType(formItem(t, "a plain item"), "a plain item, edited while the rest arrives")
	typeText(t, a, strings.Replace(a.Source(), "Notes on the agenda, as a paragraph.", "Notes, from the text.", 50))
	a.syncText()
	line := strings.Count(a.Source()[:strings.LastIndex(a.Source(), "- a plain item")], "\n") + 1
	if !p.views[len(p.views)-2].lazy {
		t.Fatal("the last sections were rendered before Reveal")
	}
	if !p.views[len(p.views)-2].lazy {
		t.Fatal("the last sections were rendered before Reveal")
	}
	e.Reveal(line)
	if formFocused() != "a plain item" {
		t.Errorf("Reveal(%d) in a section not rendered yet focused %q", line, formFocused())
	}
	p.fillLater(p.generation)
	waitFor(t, "every section rendered", func() bool {
		for _, v := range p.views {
			if v.lazy {
				return false
			}
		}
		return true
	})
	checkFormMatches(t, p)
	if n := len(formQAll("#section-list .fpara")); n != 61 {
		t.Errorf("%d paragraphs shown", n)
	}
	if msg := messageTexts(a)["failure"]; msg != "" {
		t.Errorf("failure: %s", msg)
	}
}
