package form

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/ui"
	"github.com/cpansec/minutes/ui/uitest"
)

// records returns the changes of the section list's tree since the last
// call, as "kind tag" texts, " in tools" added for a change inside the
// item or section tools.
func (h *harness) records() []string {
	var out []string
	list := h.page.ByID("section-list")
	for _, m := range h.page.Mutations {
		if !list.Contains(m.Target) {
			continue
		}
		desc := m.Kind + " " + m.Target.(*uitest.Node).Tag()
		if closest(m.Target, "#item-tools, #section-tools") != nil {
			desc += " in tools"
		}
		out = append(out, desc)
	}
	h.page.ResetMutations()
	return out
}

// mark remembers every section element, to tell later whether it was kept.
func (h *harness) mark() { h.kept = h.page.QueryAll("#section-list > li") }

// wasKept reports whether el is one of the elements marked.
func (h *harness) wasKept(el ui.Node) bool {
	for _, k := range h.kept {
		if k.Equal(el) {
			return true
		}
	}
	return false
}

// replaced counts the section elements made since mark.
func (h *harness) replaced() int {
	n := 0
	for _, el := range h.page.QueryAll("#section-list > li") {
		if !h.wasKept(el) {
			n++
		}
	}
	return n
}

// TestFormKeystrokeTouchesNothing: typing in an item, a heading or a
// paragraph changes the document but not the page (which shows it
// already), apart from the labels of the tools in the row being typed in.
func TestFormKeystrokeTouchesNothing(t *testing.T) {
	h := newForm(t, formFixture)
	h.page.ResetMutations()
	field := h.item("a plain item")
	h.page.Type(field, "a plain item!")
	if r := h.records(); len(r) != 0 {
		t.Errorf("typing changed the page: %q", r)
	}
	h.focus(field)
	h.records()
	for _, s := range []string{"a plain item!!", "a plain item!!!"} {
		h.page.Type(field, s)
	}
	for _, r := range h.records() {
		if !strings.HasSuffix(r, "in tools") {
			t.Errorf("typing with the tools in the row changed %s", r)
		}
	}
	h.page.Type(h.q("#section-list .lv3 .fsec-title"), "Attendance!")
	h.page.Type(h.q("#section-list .fpara"), "Paragraph!")
	box := h.item("@stigtsp - follow up").Previous()
	h.page.Click(box)
	if r := h.records(); len(r) != 0 {
		t.Errorf("typing and a click changed the page: %q", r)
	}
	for _, want := range []string{"- a plain item!!!\n", "### Attendance!\n", "\nParagraph!\n", "[x] @stigtsp - follow up"} {
		if !strings.Contains(h.src(), want) {
			t.Errorf("source lacks %q", want)
		}
	}
	checkFormMatches(t, h)
}

// TestFormStructuralEditsRenderOneSection: an edit of one section's items
// renders that section again, inside its element; the other sections'
// elements are neither replaced nor changed.
func TestFormStructuralEditsRenderOneSection(t *testing.T) {
	h := newForm(t, formFixture)
	h.mark()
	h.page.ResetMutations()
	section := closest(h.item("a plain item"), ".fsec")
	h.page.Press(h.item("a plain item"), "ArrowRight", "alt")
	h.page.Press(h.item("a plain item"), "Enter")
	if n := h.replaced(); n != 0 {
		t.Errorf("%d section elements replaced", n)
	}
	if len(h.records()) == 0 {
		t.Error("no change recorded")
	}
	for _, el := range h.page.QueryAll("#section-list > li") {
		if !el.Equal(section) && h.wasKept(el) && strings.Contains(el.HTML(), "a plain item") {
			t.Error("another section shows the item")
		}
	}
	before := len(h.form.views)
	h.page.Click(h.page.ByID("form-add-section"))
	if len(h.form.views) != before+1 || h.replaced() != 1 {
		t.Errorf("adding a section: %d views (was %d), %d new elements", len(h.form.views), before, h.replaced())
	}
	checkFormMatches(t, h)
}

// TestFormUndoRedoEveryKind undoes and redoes edits of every kind — typed,
// clicked, structural, the date, people, and the Markdown view — with the
// form's keys.
func TestFormUndoRedoEveryKind(t *testing.T) {
	h := newForm(t, formFixture)
	states := []string{h.src()}
	step := func(do func()) {
		do()
		if h.src() == states[len(states)-1] {
			t.Fatalf("step %d changed nothing", len(states))
		}
		states = append(states, h.src())
	}
	step(func() { h.page.Type(h.item("a plain item"), "a plain item typed") })
	step(func() { h.page.Click(h.item("@robrwo - investigating modules").Previous()) })
	step(func() { h.page.Press(h.item("a plain item typed"), "ArrowRight", "alt") })
	step(func() { h.page.Type(h.q("#section-list .lv3 .fsec-title"), "Attendance") })
	step(func() {
		d := h.page.ByID("fact-date-input")
		d.SetValue("2025-06-18")
		h.page.Change(d)
	})
	step(func() {
		in := h.q(`#people .chip-in[aria-label="Add to Regrets"]`)
		in.SetValue("@garu")
		h.page.Press(in, "Enter")
	})
	step(func() {
		h.editText(strings.Replace(h.src(), "## Agenda\n", "## Agenda items\n", 1))
	})
	field := h.item("a plain item typed")
	for i := len(states) - 1; i > 0; i-- {
		if !h.page.Press(field, "z", "ctrl") {
			t.Fatal("Ctrl+Z not taken")
		}
		if h.src() != states[i-1] {
			t.Fatalf("undo to state %d:\n%s\nwant\n%s", i-1, h.src(), states[i-1])
		}
		checkFormMatches(t, h)
		field = h.q("#section-list .fit-text")
	}
	for i := 1; i < len(states); i++ {
		mods := []string{"ctrl", "shift"}
		key := "Z"
		if i%2 == 0 {
			mods, key = []string{"ctrl"}, "y"
		}
		field = h.q("#section-list .fit-text")
		if !h.page.Press(field, key, mods...) {
			t.Fatal(key + " not taken")
		}
		if h.src() != states[i] {
			t.Fatalf("redo to state %d:\n%s\nwant\n%s", i, h.src(), states[i])
		}
	}
	checkFormMatches(t, h)
	h.form.refreshFacts()
	if got := h.page.ByID("fact-date-input").Value(); got != "2025-06-18" {
		t.Errorf("date field %q after redo", got)
	}
}

// TestFormFollowsTheMarkdownView: an edit typed in the Markdown text box
// shows in the form, facts and people included.
func TestFormFollowsTheMarkdownView(t *testing.T) {
	h := newForm(t, formFixture)
	h.mark()
	text := strings.Replace(formFixture, "- a plain item\n", "- a plain item\n- [ ] typed in the text\n", 1)
	text = strings.Replace(text, "    - @leont\n", "    - @leont, @garu\n", 1)
	h.editText(text)
	h.waitFor("the form to show the new item", func() bool {
		for _, el := range h.page.QueryAll("#section-list .fit-text") {
			if el.Value() == "typed in the text" {
				return true
			}
		}
		return false
	})
	if n := h.replaced(); n > 2 {
		t.Errorf("%d section elements replaced for an edit of two sections", n)
	}
	h.waitFor("the people to show @garu", func() bool {
		return strings.Contains(h.page.ByID("people").Text(), "@garu")
	})
	checkFormMatches(t, h)
}

// TestFormEmptyFirstSubItem: Enter then Alt+Right makes a sub-item; Markdown
// would read an empty first sub-item as text, so it gets "…", selected.
func TestFormEmptyFirstSubItem(t *testing.T) {
	h := newForm(t, "## Agenda\n\n- first\n")
	h.page.Press(h.item("first"), "Enter")
	h.page.Press(h.page.Active(), "ArrowRight", "alt")
	ae := h.page.Active()
	if ae.Value() != placeholder || !selected(ae, 0, 1) {
		t.Fatalf("focus on %s", outer(ae))
	}
	h.page.Type(ae, "second")
	if want := "## Agenda\n\n- first\n  - second\n"; h.src() != want {
		t.Errorf("source %q, want %q", h.src(), want)
	}
	h.page.Press(h.page.Active(), "z", "ctrl")
	h.page.Press(h.page.Active(), "z", "ctrl")
	if want := "## Agenda\n\n- first\n- \n"; h.src() != want {
		t.Errorf("after two undos %q, want %q", h.src(), want)
	}
}

// TestFormFromEmpty fills an empty draft through the form alone.
func TestFormFromEmpty(t *testing.T) {
	h := newForm(t, "")
	title := h.page.ByID("fact-title-input")
	h.page.Type(title, "CPANSec meeting")
	d, tm := h.page.ByID("fact-date-input"), h.page.ByID("fact-time-input")
	d.SetValue("2025-10-01")
	h.page.Change(d)
	tm.SetValue("16:00")
	h.page.Change(tm)
	h.page.Click(h.page.ByID("form-add-section"))
	h.page.Type(h.page.Active(), "Agenda")
	h.page.Press(h.page.Active(), "Enter")
	h.page.Type(h.page.Active(), "first")
	h.page.Press(h.page.Active(), "Enter")
	h.page.Type(h.page.Active(), "second")
	h.page.Press(h.page.Active(), "Enter", "ctrl")
	in := h.q(`#people .chip-in[aria-label="Add to Attendees"]`)
	in.SetValue("sjn, @tux")
	h.page.Press(in, "Enter")
	// core writes the first heading right after the front matter, and
	// attendees under the page's only heading.
	want := "---\ntitle: CPANSec meeting\nmeeting_time: 2025-10-01 16:00 UTC\n---\n## Agenda\n\n- first\n- [ ] second\n\n### Attendees\n\n- Attendees: @sjn, @tux\n"
	if h.src() != want {
		t.Errorf("source\n%q\nwant\n%q", h.src(), want)
	}
}

// TestFormRevealAndShowSection: lint findings and action items reveal a
// line; a reload shows the section the user was in.
func TestFormRevealAndShowSection(t *testing.T) {
	h := newForm(t, formFixture)
	line := strings.Count(formFixture[:strings.Index(formFixture, "- a plain item")], "\n") + 1
	h.form.Reveal(line)
	if h.focused() != "a plain item" {
		t.Errorf("Reveal(%d) focused %q", line, h.focused())
	}
	h.form.Reveal(strings.Count(formFixture[:strings.Index(formFixture, "Notes on")], "\n") + 1)
	if attr(h.page.Active(), "data-f") != "para" {
		t.Errorf("Reveal of a paragraph focused %s", outer(h.page.Active()))
	}
	h.form.Reveal(3)
	if h.page.Active().ID() != "fact-title-input" {
		t.Errorf("Reveal of the front matter focused %s", outer(h.page.Active()))
	}
	h.form.ShowSection("3.0")
	if h.focused() != "Current matters" {
		t.Errorf("ShowSection focused %q", h.focused())
	}
	h.focus(h.item("a plain item"))
	if h.host.section != "3.0" {
		t.Errorf("section hint %q after focusing an item of section 3.0", h.host.section)
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
			h := newForm(t, src)
			checkFormMatches(t, h)
			boxes := h.page.QueryAll("#section-list .fit-box")
			if len(boxes) == 0 {
				return // the 2024 formats have no boxes
			}
			h.page.Click(boxes[len(boxes)/2])
			got, want := strings.Split(h.src(), "\n"), strings.Split(src, "\n")
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
			checkFormMatches(t, h)
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
			h := newForm(t, src)
			r := rand.New(rand.NewPCG(7, uint64(len(src))))
			for step := 0; step < 40; step++ {
				v := h.form.views[r.IntN(len(h.form.views))]
				switch {
				case len(v.items) > 0 && r.IntN(3) > 0:
					k := r.IntN(len(v.items))
					act := acts[r.IntN(len(acts))]
					if act == "type" {
						h.page.Type(h.form.fieldEl(v, fieldText, k), v.items[k].Text+" x")
						break
					}
					h.form.itemAction(act, v, k, -1)
				case v.sec.Level > 0:
					act := secActs[r.IntN(len(secActs))]
					if act == "rename" {
						h.page.Type(h.form.fieldEl(v, fieldTitle, 0), v.sec.Title+" y")
						break
					}
					h.form.sectionAction(act, v)
				default:
					if r.IntN(4) == 0 {
						h.page.Press(h.page.Active(), "z", "ctrl")
					}
				}
				fresh, err := core.Parse([]byte(h.src()))
				if err != nil {
					t.Fatal(err)
				}
				if len(fresh.Items()) != len(h.session.Doc().Items()) || len(fresh.Sections()) != len(h.session.Doc().Sections()) {
					t.Fatalf("step %d: the document differs from a fresh parse", step)
				}
				checkFormMatches(t, h)
				if t.Failed() {
					t.Fatalf("step %d", step)
				}
			}
			if msg := h.host.texts()["failure"]; msg != "" {
				t.Errorf("failure: %s", msg)
			}
		})
	}
}

// TestFormLongDocumentFillsLater: a long document shows its first
// sections a task after it opens and the others a batch per task after;
// edits, the Markdown view and Reveal work meanwhile.
func TestFormLongDocumentFillsLater(t *testing.T) {
	body := formFixture[strings.Index(formFixture, "## Agenda &"):]
	long := formFixture + strings.Repeat(body, 60)
	h := newFormWith(t, strings.Replace(formShell, "</section>", `<textarea id="markdown"></textarea></section>`, 1), long,
		func(f *Form) { f.atOnce, f.batch = 8<<10, 8<<10 })
	if h.tasks.Pending() == 0 {
		t.Fatal("every section was rendered at once")
	}
	h.tasks.RunOne() // the first batch; the others are held while the test edits
	h.page.Type(h.item("a plain item"), "a plain item, edited while the rest arrives")
	h.editText(strings.Replace(h.src(), "Notes on the agenda, as a paragraph.", "Notes, from the text.", 50))
	line := strings.Count(h.src()[:strings.LastIndex(h.src(), "- a plain item")], "\n") + 1
	if !h.form.views[len(h.form.views)-2].lazy {
		t.Fatal("the last sections were rendered before Reveal")
	}
	h.form.Reveal(line)
	if h.focused() != "a plain item" {
		t.Errorf("Reveal(%d) in a section not rendered yet focused %q", line, h.focused())
	}
	h.waitFor("every section rendered", func() bool {
		for _, v := range h.form.views {
			if v.lazy {
				return false
			}
		}
		return true
	})
	if !strings.Contains(h.src(), "a plain item, edited while the rest arrives") || strings.Count(h.src(), "Notes, from the text.") != 50 {
		t.Error("an edit made while the sections arrived is not in the document")
	}
	checkFormMatches(t, h)
	if n := len(h.page.QueryAll("#section-list .fpara")); n != 61 {
		t.Errorf("%d paragraphs shown", n)
	}
	if msg := h.host.texts()["failure"]; msg != "" {
		t.Errorf("failure: %s", msg)
	}
}

// editText makes the source text, as typing in the Markdown view does.
func (h *harness) editText(text string) {
	h.t.Helper()
	if err := h.session.EditText(editor.TextOf(h.src()), text); err != nil {
		h.t.Fatal(err)
	}
}

// waitFor runs the pending timers and tasks, then checks cond.
func (h *harness) waitFor(what string, cond func() bool) {
	h.t.Helper()
	h.host.runTimers()
	for h.tasks.RunAll() > 0 {
		h.host.runTimers()
	}
	if !cond() {
		h.t.Fatalf("no %s", what)
	}
}

// selected reports whether el's selection is from start to end.
func selected(el ui.Node, start, end int) bool {
	s, e, ok := el.Selection()
	return ok && s == start && e == end
}

// TestFormKeystrokeCalls: a keystroke in an item makes a few calls into
// the page, whatever the size of the document and of the item's section:
// it reads the field's kind, id and value, and writes nothing (the page shows
// the text already; the tools' labels wait for a pause). Each call is one
// or more Go→JS calls in the browser (issue 12: under 50 a keystroke, the
// preview's included).
func TestFormKeystrokeCalls(t *testing.T) {
	var counter *uitest.Counter
	shell := strings.Replace(formShell, "</section>", `<textarea id="markdown"></textarea></section>`, 1)
	h := newFormWith(t, shell, formFixture, func(f *Form) {
		counter = uitest.Count(f.page)
		f.page = counter
	})
	field := h.item("a plain item")
	h.focus(field)
	h.host.runTimers()
	h.page.ResetMutations()
	counter.Reset()
	const keys = 10
	h.typeKeys(strings.Repeat("x", keys))
	if got := h.focused(); got != "a plain item"+strings.Repeat("x", keys) {
		t.Fatalf("typed %q", got)
	}
	if r := h.records(); len(r) != 0 {
		t.Errorf("typing changed the page: %q", r)
	}
	if per := counter.Total() / keys; per > 4 {
		t.Errorf("%d calls into the page per keystroke (at most 4): %v", per, counter.Calls)
	}
	// The labels follow once typing pauses, reading nothing back.
	counter.Reset()
	h.host.runTimers()
	if got := attr(h.q(`#item-tools [data-act="delete"]`), "aria-label"); got != "Delete item “a plain item"+strings.Repeat("x", keys)+"”" {
		t.Errorf("delete button labelled %q", got)
	}
	if n := counter.Calls["Attr"] + counter.Calls["Bool"] + counter.Calls["QueryAll"]; n > 6 {
		t.Errorf("relabelling read the page %d times: %v", n, counter.Calls)
	}
}
