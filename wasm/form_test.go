//go:build js && wasm

package main

import (
	_ "embed"
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"
)

//go:embed testdata/form-minutes.md
var formFixture string

// formShell is the form's markup as index.html has it (the parts the form
// binds), added to the foundation's test shell in place of its facts list.
const formShell = `<section id="editor">
<input type="date" id="fact-date-input" data-f="fact-date" disabled><span id="fact-date"></span>
<input type="time" id="fact-time-input" data-f="fact-time" disabled>
<input type="text" id="fact-title-input" data-f="fact-title" disabled><span id="fact-title"></span>
<div id="people"></div><datalist id="roster"></datalist>
<ol id="section-list"></ol>
<button type="button" id="form-add-section" data-act="add-section" disabled>Add section</button>
<span id="form-done-label" hidden>Done:</span>
<div id="form-parking" hidden>
 <div id="item-tools"><button type="button" data-act="add-after"></button><button type="button" data-act="add-child"></button>
  <button type="button" data-act="indent"></button><button type="button" data-act="outdent"></button>
  <button type="button" data-act="up"></button><button type="button" data-act="down"></button>
  <button type="button" data-act="box"></button><button type="button" data-act="delete"></button></div>
 <div id="section-tools"><button type="button" data-act="sec-add-after"></button><button type="button" data-act="sec-add-sub"></button>
  <button type="button" data-act="sec-up"></button><button type="button" data-act="sec-down"></button>
  <button type="button" data-act="now"></button><button type="button" data-act="sec-remove"></button></div>
</div>
</section>`

// formClock is the time the form's tests run at.
var formClock = time.Date(2025, 6, 4, 16, 7, 30, 0, time.UTC)

// newFormEditor starts a test app whose view is an Editor with the form
// alone, showing source.
func newFormEditor(t *testing.T, source string) (*App, *Editor, *formPanel) {
	t.Helper()
	shell := testShell
	for _, id := range []string{"fact-title", "fact-date", "section-list"} {
		shell = withoutElement(t, shell, id)
	}
	var p *formPanel
	a := startTestApp(t, testApp{shell: shell + formShell, now: func() time.Time { return formClock },
		panels: []panelMaker{func(e *Editor) (Panel, error) {
			panel, err := newFormPanel(e)
			p, _ = panel.(*formPanel)
			return panel, err
		}}})
	a.load(a.drafts.NewDraft(source), false)
	if p.off {
		t.Fatal("the form did not bind to the test shell")
	}
	return a, a.view, p
}

// formQ returns the first element matching sel, failing the test if none.
func formQ(t *testing.T, sel string) js.Value {
	t.Helper()
	el := document().Call("querySelector", sel)
	if !present(el) {
		t.Fatalf("no element %s", sel)
	}
	return el
}

// formQAll returns the elements matching sel.
func formQAll(sel string) []js.Value {
	list := document().Call("querySelectorAll", sel)
	out := make([]js.Value, list.Length())
	for i := range out {
		out[i] = list.Index(i)
	}
	return out
}

// formItem returns the text field of the item whose text is text.
func formItem(t *testing.T, text string) js.Value {
	t.Helper()
	for _, el := range formQAll("#section-list .fit-text") {
		if el.Get("value").String() == text {
			return el
		}
	}
	t.Fatalf("no item %q in the form", text)
	return js.Null()
}

// formType sets a field's value as typing does.
func formType(el js.Value, value string) {
	el.Set("value", value)
	el.Call("dispatchEvent", js.Global().Get("Event").New("input", map[string]any{"bubbles": true}))
}

// formTypeKeys types text one character at a time at the end of the
// focused field, an input event each, as keys do.
func formTypeKeys(t *testing.T, text string) {
	t.Helper()
	for _, r := range text {
		el := activeElement()
		if attr(el, "data-f") == "" {
			t.Fatalf("typing %q into %s", r, el.Get("outerHTML").String())
		}
		formType(el, el.Get("value").String()+string(r))
	}
}

// formPaste pastes text into el as the browser's paste event does.
func formPaste(el js.Value, text string) {
	dt := js.Global().Get("DataTransfer").New()
	dt.Call("setData", "text/plain", text)
	el.Call("dispatchEvent", js.Global().Get("ClipboardEvent").New("paste",
		map[string]any{"clipboardData": dt, "bubbles": true, "cancelable": true}))
}

// formFocus focuses el and fires focusin, which a test page without the
// window's focus does not get.
func formFocus(el js.Value) {
	el.Call("focus")
	el.Call("dispatchEvent", js.Global().Get("FocusEvent").New("focusin", map[string]any{"bubbles": true}))
}

// formChange fires a change event on el.
func formChange(el js.Value) {
	el.Call("dispatchEvent", js.Global().Get("Event").New("change", map[string]any{"bubbles": true}))
}

// formPress sends a keydown to el; mods holds "ctrl", "shift", "alt". It
// reports whether the form took the key (prevented the default).
func formPress(el js.Value, key string, mods ...string) bool {
	if !el.Equal(activeElement()) {
		formFocus(el) // keys go to the focused field
	}
	init := map[string]any{"key": key, "bubbles": true, "cancelable": true}
	for _, m := range mods {
		init[m+"Key"] = true
	}
	ev := js.Global().Get("KeyboardEvent").New("keydown", init)
	el.Call("dispatchEvent", ev)
	return ev.Get("defaultPrevented").Bool()
}

// formFocused returns the value of the focused field.
func formFocused() string {
	ae := activeElement()
	if v := ae.Get("value"); v.Type() == js.TypeString {
		return v.String()
	}
	return ""
}

// formReplace returns s with old replaced by new once, failing if old is
// not in s.
func formReplace(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("%q not in the source", old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestFormShowsTheDocument(t *testing.T) {
	_, _, p := newFormEditor(t, formFixture)
	var titles []string
	for _, el := range formQAll("#section-list .fsec-title") {
		titles = append(titles, el.Get("value").String())
	}
	want := []string{"Agenda & Meeting Details 2025-06-04", "Meeting start", "Welcome", "Attendees, absents & regrets", "Agenda", "Current matters", "Meeting end"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", titles, want)
	}
	if got := formQ(t, "#section-list .fsec-time").Get("value").String(); got != "16:04 UTC" {
		t.Errorf("first time field %q", got)
	}
	if n := len(formQAll("#section-list .fsec-now")); n != 2 {
		t.Errorf("%d Now buttons, want 2 (meeting start and end)", n)
	}
	boxes := formQAll("#section-list .fit-box")
	var states []bool
	for _, b := range boxes {
		states = append(states, b.Get("checked").Bool())
	}
	if len(states) != 4 || states[0] || !states[1] || states[2] || !states[3] {
		t.Errorf("checkbox states %v", states)
	}
	if got := formQ(t, "#section-list .fpara").Get("value").String(); got != "Notes on the agenda, as a paragraph." {
		t.Errorf("paragraph %q", got)
	}
	if got := formQ(t, "#section-list .fro pre").Get("textContent").String(); !strings.Contains(got, "code stays read-only") {
		t.Errorf("code block %q", got)
	}
	// Nested items are nested lists.
	child := formItem(t, "@robrwo - ongoing work")
	if !present(closest(child, ".fitems .fitems")) {
		t.Error("a sub-item is not in a nested list")
	}
	for id, want := range map[string]string{"fact-date-input": "2025-06-04", "fact-time-input": "16:00", "fact-title-input": "CPANSec bi-weekly minutes"} {
		if got := byID(id).Get("value").String(); got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	if got := byID("fact-date").Get("textContent").String(); !strings.Contains(got, "Wednesday") || !strings.Contains(got, "cpansec-minutes-2025-06-04.md") {
		t.Errorf("date note %q", got)
	}
	people := byID("people").Get("textContent").String()
	for _, want := range []string{"Chair@sjn", "Scribe@timlegge", "@sjn", "@tux", "@stigsp", "Regrets@leont", "did you mean @stigtsp?"} {
		if !strings.Contains(people, want) {
			t.Errorf("people %q lack %q", people, want)
		}
	}
	if len(p.views) != 8 { // the part before the first heading, and seven sections
		t.Errorf("%d section views", len(p.views))
	}
	if n := formQAll("#roster option"); len(n) < 10 {
		t.Errorf("roster has %d handles", len(n))
	}
}

// TestFormEdits applies each edit to the fixture through the form as the
// user would and checks the resulting Markdown.
func TestFormEdits(t *testing.T) {
	tests := []struct {
		name string
		do   func(t *testing.T, p *formPanel)
		want func(t *testing.T, src string) string
	}{
		{"check a box", func(t *testing.T, p *formPanel) {
			box := formItem(t, "@robrwo - investigating modules").Get("previousElementSibling")
			box.Call("click")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- [ ] @robrwo - investigating", "- [x] @robrwo - investigating")
		}},
		{"type in an item", func(t *testing.T, p *formPanel) {
			formType(formItem(t, "a plain item"), "a plain item, edited")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plain item, edited\n")
		}},
		{"Enter adds an item, typed into", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "a plain item"), "Enter")
			if v := formFocused(); v != "" || attr(activeElement(), "data-f") != "text" {
				t.Errorf("focus after Enter in %q", v)
			}
			formType(activeElement(), "new one")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plain item\n- new one\n") // no box: not every sibling has one
		}},
		{"Enter in the middle splits the item", func(t *testing.T, p *formPanel) {
			field := formItem(t, "a plain item")
			field.Call("setSelectionRange", 7, 7)
			formPress(field, "Enter")
			if v := formFocused(); v != "item" || activeElement().Get("selectionStart").Int() != 0 {
				t.Errorf("focus after the split on %q", v)
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plain\n- item\n")
		}},
		{"Alt+Right indents", func(t *testing.T, p *formPanel) {
			if !formPress(formItem(t, "a plain item"), "ArrowRight", "alt") {
				t.Error("Alt+Right not taken")
			}
			if formFocused() != "a plain item" {
				t.Errorf("focus on %q", formFocused())
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "\n- a plain item\n", "\n  - a plain item\n")
		}},
		{"a paste of three lines makes three items", func(t *testing.T, p *formPanel) {
			field := formItem(t, "a plain item")
			formFocus(field)
			field.Call("setSelectionRange", 7, 7)
			formPaste(field, "one\r\n  - [ ] two\nthree")
			if v := formFocused(); v != "three item" || activeElement().Get("selectionStart").Int() != 5 {
				t.Errorf("after the paste the focus is on %q at %d", v, activeElement().Get("selectionStart").Int())
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plainone\n  - [ ] two\n- three item\n")
		}},
		{"Alt+Left outdents", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "@stigtsp - follow up"), "ArrowLeft", "alt")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "  - [ ] @stigtsp - follow up", "- [ ] @stigtsp - follow up")
		}},
		{"Ctrl+] indents too", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "a plain item"), "]", "ctrl")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "\n- a plain item\n", "\n  - a plain item\n")
		}},
		{"Tab and Shift+Tab never change the document", func(t *testing.T, p *formPanel) {
			for _, text := range []string{"a plain item", "@stigtsp - follow up", "@robrwo - investigating modules"} {
				if formPress(formItem(t, text), "Tab") || formPress(formItem(t, text), "Tab", "shift") {
					t.Errorf("Tab taken in %q: it must move the focus", text)
				}
			}
		}, func(t *testing.T, s string) string { return s }},
		{"[x] typed at the start sets the box", func(t *testing.T, p *formPanel) {
			field := formItem(t, "a plain item")
			formPress(field, "Enter")
			formTypeKeys(t, "[x] ze")
			if v := formFocused(); v != "ze" {
				t.Errorf("the field shows %q", v)
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plain item\n- [x] ze\n")
		}},
		{"a list marker typed at the start is the item's", func(t *testing.T, p *formPanel) {
			field := formItem(t, "a plain item")
			formPress(field, "Enter")
			formTypeKeys(t, "- x")
			formPress(activeElement(), "Enter")
			formTypeKeys(t, "1. y")
			formPress(activeElement(), "Enter")
			formTypeKeys(t, "-z")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item\n", "- a plain item\n- x\n- y\n- -z\n")
		}},
		{"Alt+Up moves", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "a plain item"), "ArrowUp", "alt")
			if formFocused() != "a plain item" {
				t.Errorf("focus on %q", formFocused())
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- [x] Net::CIDR::Set taken over by @robrwo\n- a plain item\n", "- a plain item\n- [x] Net::CIDR::Set taken over by @robrwo\n")
		}},
		{"Alt+Down moves", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "Net::CIDR::Set taken over by @robrwo"), "ArrowDown", "alt")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- [x] Net::CIDR::Set taken over by @robrwo\n- a plain item\n", "- a plain item\n- [x] Net::CIDR::Set taken over by @robrwo\n")
		}},
		{"Ctrl+Enter checks", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "@stigtsp - follow up"), "Enter", "ctrl")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "[ ] @stigtsp - follow up", "[x] @stigtsp - follow up")
		}},
		{"Ctrl+Enter adds a box", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "a plain item"), "Enter", "ctrl")
			if formFocused() != "a plain item" {
				t.Errorf("focus on %q", formFocused())
			}
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "- a plain item", "- [ ] a plain item")
		}},
		{"Backspace in an empty item deletes it", func(t *testing.T, p *formPanel) {
			formPress(formItem(t, "a plain item"), "Enter")
			if !formPress(activeElement(), "Backspace") {
				t.Error("Backspace not taken")
			}
			if formFocused() != "a plain item" {
				t.Errorf("focus on %q after delete", formFocused())
			}
		}, func(t *testing.T, s string) string { return s }},
		{"tool buttons: sub-item and delete", func(t *testing.T, p *formPanel) {
			formFocus(formItem(t, "a plain item"))
			formQ(t, `#item-tools [data-act="add-child"]`).Call("click")
			formType(activeElement(), "child")
			formFocus(formItem(t, "@robrwo - ongoing work"))
			if got := attr(formQ(t, `#item-tools [data-act="delete"]`), "aria-label"); got != "Delete item “@robrwo - ongoing work”" {
				t.Errorf("delete button labelled %q", got)
			}
			formQ(t, `#item-tools [data-act="delete"]`).Call("click")
		}, func(t *testing.T, s string) string {
			s = formReplace(t, s, "- a plain item\n", "- a plain item\n  - child\n")
			return formReplace(t, s, "  - [x] @robrwo - ongoing work\n", "")
		}},
		{"rename a section", func(t *testing.T, p *formPanel) {
			formType(formQ(t, "#section-list .lv3 .fsec-title"), "Attendance")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "### Attendees, absents & regrets", "### Attendance")
		}},
		{"edit a time and stamp Now", func(t *testing.T, p *formPanel) {
			tm := formQ(t, "#section-list .fsec-time")
			tm.Set("value", "16:05")
			formChange(tm)
			for _, b := range formQAll("#section-list .fsec-now") {
				if strings.Contains(closest(b, ".fsec-head").Get("innerHTML").String(), "Meeting end") {
					b.Call("click")
				}
			}
		}, func(t *testing.T, s string) string {
			s = formReplace(t, s, "## 16:04 UTC - Meeting start", "## 16:05 UTC - Meeting start")
			return formReplace(t, s, "## 17:02 UTC - Meeting end", "## 16:07 UTC - Meeting end")
		}},
		{"a bad time is refused", func(t *testing.T, p *formPanel) {
			tm := formQ(t, "#section-list .fsec-time")
			tm.Set("value", "half past four")
			formChange(tm)
			if tm.Get("value").String() != "16:04 UTC" {
				t.Errorf("time field kept %q", tm.Get("value").String())
			}
			if !strings.Contains(messageTexts(p.ed.app)["form"], "not a time of day") {
				t.Errorf("messages %v", messageTexts(p.ed.app))
			}
		}, func(t *testing.T, s string) string { return s }},
		{"edit a paragraph", func(t *testing.T, p *formPanel) {
			formType(formQ(t, "#section-list .fpara"), "Notes, rewritten.")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "Notes on the agenda, as a paragraph.", "Notes, rewritten.")
		}},
		{"add an item to a section, and a section", func(t *testing.T, p *formPanel) {
			for _, b := range formQAll("#section-list .fadd") {
				if strings.Contains(closest(b, ".fsec").Get("innerHTML").String(), "Meeting end") {
					b.Call("click")
				}
			}
			formType(activeElement(), "wrap up")
			byID("form-add-section").Call("click")
			if attr(activeElement(), "data-f") != "title" {
				t.Errorf("focus after adding a section: %s", activeElement().Get("outerHTML").String())
			}
			formType(activeElement(), "Next meeting")
		}, func(t *testing.T, s string) string {
			return s + "- wrap up\n\n## Next meeting\n"
		}},
		{"move and remove sections", func(t *testing.T, p *formPanel) {
			title := formQ(t, "#section-list .lv2 .fsec-title") // the first section
			formPress(title, "ArrowDown", "alt")
			formFocus(formQ(t, `#section-list .fsec-title[value="Welcome"]`))
			formQ(t, `#section-tools [data-act="sec-remove"]`).Call("click")
			if !strings.Contains(messageTexts(p.ed.app)["form-removed"], "Removed the section “Welcome” and its 6 items") {
				t.Errorf("messages %v", messageTexts(p.ed.app))
			}
		}, func(t *testing.T, s string) string {
			first := "## Agenda & Meeting Details 2025-06-04\n- 2025-06-04 16:00 UTC on #cpansec-discussion on Matrix\n\n"
			s = formReplace(t, s, first+"## 16:04 UTC - Meeting start\n\n", "## 16:04 UTC - Meeting start\n\n"+first)
			i, j := strings.Index(s, "## Welcome"), strings.Index(s, "## Agenda\n")
			return s[:i] + s[j:]
		}},
		{"date and time move every statement", func(t *testing.T, p *formPanel) {
			d, tm := byID("fact-date-input"), byID("fact-time-input")
			d.Set("value", "2025-06-11")
			formChange(d)
			tm.Set("value", "17:00")
			formChange(tm)
		}, func(t *testing.T, s string) string {
			s = strings.ReplaceAll(s, "2025-06-04", "2025-06-11")
			s = formReplace(t, s, "2025-06-11 16:00 UTC\ntitle", "2025-06-11 17:00 UTC\ntitle")
			s = formReplace(t, s, "- 2025-06-11 16:00 UTC on", "- 2025-06-11 17:00 UTC on")
			s = formReplace(t, s, "16:04 UTC - Meeting start", "17:04 UTC - Meeting start")
			return formReplace(t, s, "17:02 UTC - Meeting end", "18:02 UTC - Meeting end")
		}},
		{"title", func(t *testing.T, p *formPanel) {
			formType(byID("fact-title-input"), "CPANSec minutes")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "title: CPANSec bi-weekly minutes", "title: CPANSec minutes")
		}},
		{"people: add, remove, accept a suggestion", func(t *testing.T, p *formPanel) {
			regrets := formQ(t, `#people .chip-in[aria-label="Add to Regrets"]`)
			regrets.Set("value", "garu")
			formPress(regrets, "Enter")
			if attr(activeElement(), "aria-label") != "Add to Regrets" {
				t.Errorf("focus left the name field: %s", activeElement().Get("outerHTML").String())
			}
			formQ(t, `#people button[aria-label="Remove @tux from Attendees"]`).Call("click")
			formQ(t, `#people button[data-act="suggest"]`).Call("click")
		}, func(t *testing.T, s string) string {
			s = formReplace(t, s, "    - @leont\n", "    - @leont, @garu\n")
			return formReplace(t, s, "    - @sjn, @tux, @stigsp\n", "    - @sjn, @stigtsp\n")
		}},
		{"people: Backspace removes the last name", func(t *testing.T, p *formPanel) {
			formPress(formQ(t, `#people .chip-in[aria-label="Add to Regrets"]`), "Backspace")
		}, func(t *testing.T, s string) string {
			return formReplace(t, s, "-   Regrets\n    - @leont\n", "-   Regrets\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, _, p := newFormEditor(t, formFixture)
			tt.do(t, p)
			want := tt.want(t, formFixture)
			if got := a.Source(); got != want {
				t.Errorf("source after the edit:\n%s\nwant:\n%s", got, want)
			}
			if msg := messageTexts(a)["failure"]; msg != "" {
				t.Errorf("failure: %s", msg)
			}
			checkFormMatches(t, p)
		})
	}
}

// checkFormMatches checks the form against a fresh build of the same
// document: every section's markup is what a full render gives.
func checkFormMatches(t *testing.T, p *formPanel) {
	t.Helper()
	doc := p.doc()
	secs := chunks(doc)
	if len(secs) != len(p.views) {
		t.Fatalf("%d views for %d sections", len(p.views), len(secs))
	}
	els := formQAll("#section-list > li")
	if len(els) != len(p.views) {
		t.Fatalf("%d section elements for %d views", len(els), len(p.views))
	}
	for i, s := range secs {
		v := p.views[i]
		if v.sec != s {
			t.Errorf("view %d shows another section", i)
			continue
		}
		if v.lazy {
			if els[i].Get("innerHTML").String() != "" {
				t.Errorf("view %d is not rendered yet but shows markup", i)
			}
			continue
		}
		html, _ := renderSection(doc, v.id, s, override{})
		if v.html != html {
			t.Errorf("view %d (line %d) is stale:\n%s\nwant\n%s", i, s.Line, v.html, html)
		}
		if attr(els[i], "data-s") != strconv.Itoa(v.id) {
			t.Errorf("element %d is view %s, want %d", i, attr(els[i], "data-s"), v.id)
		}
	}
}

func TestFormPaths(t *testing.T) {
	for in, want := range map[string]string{"2:0": "2:1", "2:0.3": "2:0.4", "1.2": "1.3", "0": "1", ":9": ":10"} {
		if got := nextPath(in); got != want {
			t.Errorf("nextPath(%q) = %q, want %q", in, got, want)
		}
	}
	if childPath("", 2) != "2" || childPath("1.0", 3) != "1.0.3" {
		t.Error("childPath")
	}
}

func TestFormFieldParsers(t *testing.T) {
	for in, ok := range map[string]bool{"2025-06-04": true, "2025-02-30": false, "": false, "2025-6-4": false, "20x5-06-04": false} {
		if w, got := parseDateField(in); got != ok || ok && w.DateString() != in {
			t.Errorf("parseDateField(%q) = %v, %v", in, w, got)
		}
	}
	for in, want := range map[string]string{"16:00": "16:00", "16:00 UTC": "16:00", "1600": "16:00", " 09:05 ": "09:05",
		"7:00": "07:00", "24:00": "", "": "", "16:00 CET": "", "noon": ""} {
		c, ok := parseClockField(in)
		if got := pad2(c.Hour) + ":" + pad2(c.Minute); ok != (want != "") || ok && (c.Zone != "UTC" || got != want) {
			t.Errorf("parseClockField(%q) = %v, %v; want %q", in, c, ok, want)
		}
	}
}

func TestFormQuoted(t *testing.T) {
	if got := quoted("  ", "the empty item"); got != "the empty item" {
		t.Errorf("quoted empty = %q", got)
	}
	long := strings.Repeat("é", 50)
	if got := quoted(long, ""); got != "“"+strings.Repeat("é", 39)+"…”" {
		t.Errorf("quoted long = %q", got)
	}
	if got := sentence("the item is first"); got != "The item is first." {
		t.Errorf("sentence = %q", got)
	}
}

// TestFormEscapes: text from the document is never markup in the form.
func TestFormEscapes(t *testing.T) {
	src := "## <img src=x onerror=alert(1)> & \"quoted\"\n\n- [ ] <script>alert(2)</script> 'single'\n\nA <b>paragraph</b> &amp;\n"
	_, _, _ = newFormEditor(t, src)
	if n := len(formQAll("#section-list img, #section-list script, #section-list b")); n != 0 {
		t.Fatalf("%d elements from the document's text", n)
	}
	if got := formQ(t, "#section-list .fsec-title").Get("value").String(); got != "<img src=x onerror=alert(1)> & \"quoted\"" {
		t.Errorf("title %q", got)
	}
	formItem(t, "<script>alert(2)</script> 'single'")
	if got := formQ(t, "#section-list .fpara").Get("value").String(); got != "A <b>paragraph</b> &amp;" {
		t.Errorf("paragraph %q", got)
	}
}

// withoutElement removes the empty element with id from the HTML shell.
func withoutElement(t *testing.T, shell, id string) string {
	t.Helper()
	at := strings.Index(shell, ` id="`+id+`"`)
	start := strings.LastIndexByte(shell[:max(at, 0)], '<')
	if at < 0 || start < 0 {
		t.Fatalf("no #%s in the shell", id)
	}
	tag := strings.Fields(shell[start+1:])[0]
	end := strings.Index(shell[at:], "</"+tag+">")
	if end < 0 {
		t.Fatalf("#%s is not closed in the shell", id)
	}
	return shell[:start] + shell[at+end+len("</"+tag+">"):]
}
