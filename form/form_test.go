package form

import (
	"strconv"
	"strings"
	"testing"
)

func TestFormShowsTheDocument(t *testing.T) {
	h := newForm(t, formFixture)
	var titles []string
	for _, el := range h.page.QueryAll("#section-list .fsec-title") {
		titles = append(titles, el.Value())
	}
	want := []string{"Agenda & Meeting Details 2025-06-04", "Meeting start", "Welcome", "Attendees, absents & regrets", "Agenda", "Current matters", "Meeting end"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("headings %q, want %q", titles, want)
	}
	if got := h.q("#section-list .fsec-time").Value(); got != "16:04 UTC" {
		t.Errorf("first time field %q", got)
	}
	if n := len(h.page.QueryAll("#section-list .fsec-now")); n != 2 {
		t.Errorf("%d Now buttons, want 2 (meeting start and end)", n)
	}
	boxes := h.page.QueryAll("#section-list .fit-box")
	var states []bool
	for _, b := range boxes {
		states = append(states, b.Bool("checked"))
	}
	if len(states) != 4 || states[0] || !states[1] || states[2] || !states[3] {
		t.Errorf("checkbox states %v", states)
	}
	if got := h.q("#section-list .fpara").Value(); got != "Notes on the agenda, as a paragraph." {
		t.Errorf("paragraph %q", got)
	}
	if got := h.q("#section-list .fro pre").Text(); !strings.Contains(got, "code stays read-only") {
		t.Errorf("code block %q", got)
	}
	// Nested items are nested lists.
	child := h.item("@robrwo - ongoing work")
	if !(closest(child, ".fitems .fitems") != nil) {
		t.Error("a sub-item is not in a nested list")
	}
	for id, want := range map[string]string{"fact-date-input": "2025-06-04", "fact-time-input": "16:00", "fact-title-input": "CPANSec bi-weekly minutes"} {
		if got := h.page.ByID(id).Value(); got != want {
			t.Errorf("%s = %q, want %q", id, got, want)
		}
	}
	if got := h.page.ByID("fact-date").Text(); !strings.Contains(got, "Wednesday") || !strings.Contains(got, "cpansec-minutes-2025-06-04.md") {
		t.Errorf("date note %q", got)
	}
	people := h.page.ByID("people").Text()
	for _, want := range []string{"Chair@sjn", "Scribe@timlegge", "@sjn", "@tux", "@stigsp", "Regrets@leont", "did you mean @stigtsp?"} {
		if !strings.Contains(people, want) {
			t.Errorf("people %q lack %q", people, want)
		}
	}
	if len(h.form.views) != 8 { // the part before the first heading, and seven sections
		t.Errorf("%d section views", len(h.form.views))
	}
	if n := h.page.QueryAll("#roster option"); len(n) < 10 {
		t.Errorf("roster has %d handles", len(n))
	}
}

// TestFormEdits applies each edit to the fixture through the form as the
// user would and checks the resulting Markdown.
func TestFormEdits(t *testing.T) {
	tests := []struct {
		name string
		do   func(t *testing.T, h *harness)
		want func(t *testing.T, src string) string
	}{
		{"check a box", func(t *testing.T, h *harness) {
			box := h.item("@robrwo - investigating modules").Previous()
			h.page.Click(box)
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- [ ] @robrwo - investigating", "- [x] @robrwo - investigating")
		}},
		{"type in an item", func(t *testing.T, h *harness) {
			h.page.Type(h.item("a plain item"), "a plain item, edited")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plain item, edited\n")
		}},
		{"Enter adds an item, typed into", func(t *testing.T, h *harness) {
			h.page.Press(h.item("a plain item"), "Enter")
			if v := h.focused(); v != "" || attr(h.page.Active(), "data-f") != "text" {
				t.Errorf("focus after Enter in %q", v)
			}
			h.page.Type(h.page.Active(), "new one")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plain item\n- new one\n") // no box: not every sibling has one
		}},
		{"Enter in the middle splits the item", func(t *testing.T, h *harness) {
			field := h.item("a plain item")
			field.SetSelection(7, 7)
			h.page.Press(field, "Enter")
			if v := h.focused(); v != "item" || h.caret() != 0 {
				t.Errorf("focus after the split on %q", v)
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plain\n- item\n")
		}},
		{"Alt+Right indents", func(t *testing.T, h *harness) {
			if !h.page.Press(h.item("a plain item"), "ArrowRight", "alt") {
				t.Error("Alt+Right not taken")
			}
			if h.focused() != "a plain item" {
				t.Errorf("focus on %q", h.focused())
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "\n- a plain item\n", "\n  - a plain item\n")
		}},
		{"a paste of three lines makes three items", func(t *testing.T, h *harness) {
			field := h.item("a plain item")
			h.focus(field)
			field.SetSelection(7, 7)
			h.page.Paste(field, "one\r\n  - [ ] two\nthree")
			if v := h.focused(); v != "three item" || h.caret() != 5 {
				t.Errorf("after the paste the focus is on %q at %d", v, h.caret())
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plainone\n  - [ ] two\n- three item\n")
		}},
		{"Alt+Left outdents", func(t *testing.T, h *harness) {
			h.page.Press(h.item("@stigtsp - follow up"), "ArrowLeft", "alt")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "  - [ ] @stigtsp - follow up", "- [ ] @stigtsp - follow up")
		}},
		{"Ctrl+] indents too", func(t *testing.T, h *harness) {
			h.page.Press(h.item("a plain item"), "]", "ctrl")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "\n- a plain item\n", "\n  - a plain item\n")
		}},
		{"Tab and Shift+Tab never change the document", func(t *testing.T, h *harness) {
			for _, text := range []string{"a plain item", "@stigtsp - follow up", "@robrwo - investigating modules"} {
				if h.page.Press(h.item(text), "Tab") || h.page.Press(h.item(text), "Tab", "shift") {
					t.Errorf("Tab taken in %q: it must move the focus", text)
				}
			}
		}, func(t *testing.T, s string) string { return s }},
		{"[x] typed at the start sets the box", func(t *testing.T, h *harness) {
			field := h.item("a plain item")
			h.page.Press(field, "Enter")
			h.typeKeys("[x] ze")
			if v := h.focused(); v != "ze" {
				t.Errorf("the field shows %q", v)
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plain item\n- [x] ze\n")
		}},
		{"a list marker typed at the start is the item's", func(t *testing.T, h *harness) {
			field := h.item("a plain item")
			h.page.Press(field, "Enter")
			h.typeKeys("- x")
			h.page.Press(h.page.Active(), "Enter")
			h.typeKeys("1. y")
			h.page.Press(h.page.Active(), "Enter")
			h.typeKeys("-z")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item\n", "- a plain item\n- x\n- y\n- -z\n")
		}},
		{"Alt+Up moves", func(t *testing.T, h *harness) {
			h.page.Press(h.item("a plain item"), "ArrowUp", "alt")
			if h.focused() != "a plain item" {
				t.Errorf("focus on %q", h.focused())
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- [x] Net::CIDR::Set taken over by @robrwo\n- a plain item\n", "- a plain item\n- [x] Net::CIDR::Set taken over by @robrwo\n")
		}},
		{"Alt+Down moves", func(t *testing.T, h *harness) {
			h.page.Press(h.item("Net::CIDR::Set taken over by @robrwo"), "ArrowDown", "alt")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- [x] Net::CIDR::Set taken over by @robrwo\n- a plain item\n", "- a plain item\n- [x] Net::CIDR::Set taken over by @robrwo\n")
		}},
		{"Ctrl+Enter checks", func(t *testing.T, h *harness) {
			h.page.Press(h.item("@stigtsp - follow up"), "Enter", "ctrl")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "[ ] @stigtsp - follow up", "[x] @stigtsp - follow up")
		}},
		{"Ctrl+Enter adds a box", func(t *testing.T, h *harness) {
			h.page.Press(h.item("a plain item"), "Enter", "ctrl")
			if h.focused() != "a plain item" {
				t.Errorf("focus on %q", h.focused())
			}
		}, func(t *testing.T, s string) string {
			return replace(t, s, "- a plain item", "- [ ] a plain item")
		}},
		{"Backspace in an empty item deletes it", func(t *testing.T, h *harness) {
			h.page.Press(h.item("a plain item"), "Enter")
			if !h.page.Press(h.page.Active(), "Backspace") {
				t.Error("Backspace not taken")
			}
			if h.focused() != "a plain item" {
				t.Errorf("focus on %q after delete", h.focused())
			}
		}, func(t *testing.T, s string) string { return s }},
		{"tool buttons: sub-item and delete", func(t *testing.T, h *harness) {
			h.focus(h.item("a plain item"))
			h.page.Click(h.q(`#item-tools [data-act="add-child"]`))
			h.page.Type(h.page.Active(), "child")
			h.focus(h.item("@robrwo - ongoing work"))
			if got := attr(h.q(`#item-tools [data-act="delete"]`), "aria-label"); got != "Delete item “@robrwo - ongoing work”" {
				t.Errorf("delete button labelled %q", got)
			}
			h.page.Click(h.q(`#item-tools [data-act="delete"]`))
		}, func(t *testing.T, s string) string {
			s = replace(t, s, "- a plain item\n", "- a plain item\n  - child\n")
			return replace(t, s, "  - [x] @robrwo - ongoing work\n", "")
		}},
		{"rename a section", func(t *testing.T, h *harness) {
			h.page.Type(h.q("#section-list .lv3 .fsec-title"), "Attendance")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "### Attendees, absents & regrets", "### Attendance")
		}},
		{"edit a time and stamp Now", func(t *testing.T, h *harness) {
			tm := h.q("#section-list .fsec-time")
			tm.SetValue("16:05")
			h.page.Change(tm)
			for _, b := range h.page.QueryAll("#section-list .fsec-now") {
				if strings.Contains(closest(b, ".fsec-head").HTML(), "Meeting end") {
					h.page.Click(b)
				}
			}
		}, func(t *testing.T, s string) string {
			s = replace(t, s, "## 16:04 UTC - Meeting start", "## 16:05 UTC - Meeting start")
			return replace(t, s, "## 17:02 UTC - Meeting end", "## 16:07 UTC - Meeting end")
		}},
		{"a bad time is refused", func(t *testing.T, h *harness) {
			tm := h.q("#section-list .fsec-time")
			tm.SetValue("half past four")
			h.page.Change(tm)
			if tm.Value() != "16:04 UTC" {
				t.Errorf("time field kept %q", tm.Value())
			}
			if !strings.Contains(h.host.texts()["form"], "not a time of day") {
				t.Errorf("messages %v", h.host.texts())
			}
		}, func(t *testing.T, s string) string { return s }},
		{"edit a paragraph", func(t *testing.T, h *harness) {
			h.page.Type(h.q("#section-list .fpara"), "Notes, rewritten.")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "Notes on the agenda, as a paragraph.", "Notes, rewritten.")
		}},
		{"add an item to a section, and a section", func(t *testing.T, h *harness) {
			for _, b := range h.page.QueryAll("#section-list .fadd") {
				if strings.Contains(closest(b, ".fsec").HTML(), "Meeting end") {
					h.page.Click(b)
				}
			}
			h.page.Type(h.page.Active(), "wrap up")
			h.page.Click(h.page.ByID("form-add-section"))
			if attr(h.page.Active(), "data-f") != "title" {
				t.Errorf("focus after adding a section: %s", outer(h.page.Active()))
			}
			h.page.Type(h.page.Active(), "Next meeting")
		}, func(t *testing.T, s string) string {
			return s + "- wrap up\n\n## Next meeting\n"
		}},
		{"move and remove sections", func(t *testing.T, h *harness) {
			title := h.q("#section-list .lv2 .fsec-title") // the first section
			h.page.Press(title, "ArrowDown", "alt")
			h.focus(h.q(`#section-list .fsec-title[value="Welcome"]`))
			h.page.Click(h.q(`#section-tools [data-act="sec-remove"]`))
			if !strings.Contains(h.host.texts()["form-removed"], "Removed the section “Welcome” and its 6 items") {
				t.Errorf("messages %v", h.host.texts())
			}
		}, func(t *testing.T, s string) string {
			first := "## Agenda & Meeting Details 2025-06-04\n- 2025-06-04 16:00 UTC on #cpansec-discussion on Matrix\n\n"
			s = replace(t, s, first+"## 16:04 UTC - Meeting start\n\n", "## 16:04 UTC - Meeting start\n\n"+first)
			i, j := strings.Index(s, "## Welcome"), strings.Index(s, "## Agenda\n")
			return s[:i] + s[j:]
		}},
		{"date and time move every statement", func(t *testing.T, h *harness) {
			d, tm := h.page.ByID("fact-date-input"), h.page.ByID("fact-time-input")
			d.SetValue("2025-06-11")
			h.page.Change(d)
			tm.SetValue("17:00")
			h.page.Change(tm)
		}, func(t *testing.T, s string) string {
			s = strings.ReplaceAll(s, "2025-06-04", "2025-06-11")
			s = replace(t, s, "2025-06-11 16:00 UTC\ntitle", "2025-06-11 17:00 UTC\ntitle")
			s = replace(t, s, "- 2025-06-11 16:00 UTC on", "- 2025-06-11 17:00 UTC on")
			s = replace(t, s, "16:04 UTC - Meeting start", "17:04 UTC - Meeting start")
			return replace(t, s, "17:02 UTC - Meeting end", "18:02 UTC - Meeting end")
		}},
		{"title", func(t *testing.T, h *harness) {
			h.page.Type(h.page.ByID("fact-title-input"), "CPANSec minutes")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "title: CPANSec bi-weekly minutes", "title: CPANSec minutes")
		}},
		{"people: add, remove, accept a suggestion", func(t *testing.T, h *harness) {
			regrets := h.q(`#people .chip-in[aria-label="Add to Regrets"]`)
			regrets.SetValue("garu")
			h.page.Press(regrets, "Enter")
			if attr(h.page.Active(), "aria-label") != "Add to Regrets" {
				t.Errorf("focus left the name field: %s", outer(h.page.Active()))
			}
			h.page.Click(h.q(`#people button[aria-label="Remove @tux from Attendees"]`))
			h.page.Click(h.q(`#people button[data-act="suggest"]`))
		}, func(t *testing.T, s string) string {
			s = replace(t, s, "    - @leont\n", "    - @leont, @garu\n")
			return replace(t, s, "    - @sjn, @tux, @stigsp\n", "    - @sjn, @stigtsp\n")
		}},
		{"people: Backspace removes the last name", func(t *testing.T, h *harness) {
			h.page.Press(h.q(`#people .chip-in[aria-label="Add to Regrets"]`), "Backspace")
		}, func(t *testing.T, s string) string {
			return replace(t, s, "-   Regrets\n    - @leont\n", "-   Regrets\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newForm(t, formFixture)
			tt.do(t, h)
			want := tt.want(t, formFixture)
			if got := h.src(); got != want {
				t.Errorf("source after the edit:\n%s\nwant:\n%s", got, want)
			}
			if msg := h.host.texts()["failure"]; msg != "" {
				t.Errorf("failure: %s", msg)
			}
			checkFormMatches(t, h)
		})
	}
}

// checkFormMatches checks the form against a fresh build of the same
// document: every section's markup is what a full render gives.
func checkFormMatches(t *testing.T, h *harness) {
	t.Helper()
	doc := h.form.doc()
	secs := chunks(doc)
	if len(secs) != len(h.form.views) {
		t.Fatalf("%d views for %d sections", len(h.form.views), len(secs))
	}
	els := h.page.QueryAll("#section-list > li")
	if len(els) != len(h.form.views) {
		t.Fatalf("%d section elements for %d views", len(els), len(h.form.views))
	}
	for i, s := range secs {
		v := h.form.views[i]
		if v.sec != s {
			t.Errorf("view %d shows another section", i)
			continue
		}
		if v.lazy {
			if els[i].HTML() != "" {
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
	h := newForm(t, src)
	if n := len(h.page.QueryAll("#section-list img, #section-list script, #section-list b")); n != 0 {
		t.Fatalf("%d elements from the document's text", n)
	}
	if got := h.q("#section-list .fsec-title").Value(); got != "<img src=x onerror=alert(1)> & \"quoted\"" {
		t.Errorf("title %q", got)
	}
	h.item("<script>alert(2)</script> 'single'")
	if got := h.q("#section-list .fpara").Value(); got != "A <b>paragraph</b> &amp;" {
		t.Errorf("paragraph %q", got)
	}
}
