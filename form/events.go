package form

import (
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/ui"
)

// The form's delegated listeners, on the Editor region. Events of the
// Markdown text box, which is in the same region, belong to the app.

// formTarget returns the event's target, or nil for the Markdown box.
func formTarget(ev ui.Event) ui.Node {
	t := ev.Target()
	if t == nil || t.ID() == "markdown" {
		return nil
	}
	return t
}

func (p *Form) onInput(ev ui.Event) error {
	t := ev.Target() // the Markdown box has no data-f: no formTarget's id read
	switch attr(t, "data-f") {
	case "text":
		p.typeItem(t)
	case "title":
		p.typeTitle(t)
	case "para":
		p.typeParagraph(t)
	case "fact-title":
		p.typeFactTitle(t)
	}
	return nil
}

func (p *Form) onChange(ev ui.Event) error {
	t := formTarget(ev)
	switch attr(t, "data-f") {
	case "box":
		p.clickBox(t)
	case "time":
		p.setTime(t)
	case "fact-date", "fact-time":
		p.redate()
	case "chip":
		p.addNames(t)
	}
	return nil
}

func (p *Form) onClick(ev ui.Event) error {
	b := closest(formTarget(ev), "button[data-act]")
	if b == nil {
		return nil
	}
	act := attr(b, "data-act")
	switch act {
	case "add-section":
		p.addSection()
		return nil
	case "unchip", "suggest":
		p.peopleAction(act, b)
		return nil
	case "roster":
		return p.host.AddToRoster(attr(b, "data-s"))
	}
	if v, k, it := p.itemAt(b); it != nil && closest(b, "#item-tools") != nil {
		p.itemAction(act, v, k, caretOf(p.fieldEl(v, fieldText, k)))
		return nil
	}
	if v := p.sectionAt(b); v != nil {
		p.sectionAction(act, v)
	}
	return nil
}

// onBeforeInput drops the line break of an Enter the form took (it split
// the item): a browser or a driver that sends the key's character apart
// from the key would put it into the item that now has the focus.
func (p *Form) onBeforeInput(ev ui.Event) error {
	took := p.tookEnter
	p.tookEnter = false
	if typ := ev.InputType(); took && (typ == "insertLineBreak" || typ == "insertParagraph") {
		ev.PreventDefault()
	}
	return nil
}

// onPointerDown notes that the focus that follows comes from a click or a
// touch, which puts the caret where it points.
func (p *Form) onPointerDown(ui.Event) error {
	p.pointing = true
	return nil
}

// caretToEnd puts a text field's caret after its text, unless the field
// has a selection or a caret of its own already.
func caretToEnd(t ui.Node) {
	if start, end, ok := t.Selection(); ok && start == 0 && end == 0 {
		n := ui.UTF16Len(t.Value())
		t.SetSelection(n, n)
	}
}

// onFocusIn tells the editor where the user is (the cursor hint stored
// with the draft) and brings the item or section actions to the field.
func (p *Form) onFocusIn(ev ui.Event) error {
	t := formTarget(ev)
	defer func() { p.pointing = false }()
	if p.labelsStale && t != nil && (p.itemTools.Contains(t) || p.secTools.Contains(t)) {
		p.relabel() // a tool is reached before typing paused: its name is the item's now
	}
	switch attr(t, "data-f") {
	case "text", "box":
		if attr(t, "data-f") == "text" && !p.pointing {
			caretToEnd(t) // reached by keyboard: typing goes on after the text
		}
		if v, k, it := p.itemAt(t); it != nil {
			p.host.SetSection(v.sec.Path())
			row := closest(t, ".fit-row")
			if row != nil && !same(p.itemTools.Parent(), row) {
				row.Append(p.itemTools)
			}
			p.labelItemTools(v, k)
		}
	case "title", "time", "para":
		if v := p.sectionAt(t); v != nil {
			p.host.SetSection(v.sec.Path())
			if head := closest(t, ".fsec-head"); head != nil && !same(p.secTools.Parent(), head) {
				head.Append(p.secTools)
				p.labelSectionTools(v)
			}
		}
	}
	return nil
}

// labelItemTools names the item actions after item k of v, and disables
// those that cannot apply to it, when the tools are in its row.
func (p *Form) labelItemTools(v *secView, k int) {
	if k < 0 || k >= len(v.items) || attrInt(closest(p.itemTools, "[data-i]"), "data-i") != k || p.sectionAt(p.itemTools) != v {
		return
	}
	it := v.items[k]
	name := quoted(it.Text, "the empty item")
	idx, n := it.Index(), len(it.Siblings())
	box := "Add a checkbox to " + name
	if it.Box != 0 {
		box = "Remove the checkbox of " + name
	}
	tools := []struct {
		act, label string
		off        bool
	}{
		{"add-after", "Add an item after " + name, false},
		{"add-child", "Add a sub-item to " + name, false},
		{"indent", "Indent item " + name, idx == 0},
		{"outdent", "Outdent item " + name, it.Parent == nil},
		{"up", "Move item " + name + " up", idx == 0},
		{"down", "Move item " + name + " down", idx+1 >= n},
		{"box", box, false},
		{"delete", "Delete item " + name, false},
	}
	p.labelTools(p.itemTools, &p.itemSet, len(tools), func(i int) (string, string, bool) { return tools[i].act, tools[i].label, tools[i].off })
}

// labelSectionTools names the section actions after v's section.
func (p *Form) labelSectionTools(v *secView) {
	if p.sectionAt(p.secTools) != v {
		return
	}
	s := v.sec
	name := quoted(s.Title, "the untitled section")
	first, last := true, true
	if s.Parent != nil {
		i := indexOfSection(s.Parent.Sections, s)
		first, last = i <= 0, i+1 >= len(s.Parent.Sections)
	}
	tools := []struct {
		act, label string
		off        bool
	}{
		{"sec-add-after", "Add a section after " + name, false},
		{"sec-add-sub", "Add a subsection to " + name, s.Level >= 6},
		{"sec-up", "Move section " + name + " up", first},
		{"sec-down", "Move section " + name + " down", last},
		{"now", "Stamp the current UTC time on " + name, s.Time != "" || core.TimeHeading(s.Title)},
		{"sec-remove", "Remove section " + name, false},
	}
	p.labelTools(p.secTools, &p.secSet, len(tools), func(i int) (string, string, bool) { return tools[i].act, tools[i].label, tools[i].off })
}

// toolSet is what the form knows of a tools box's buttons: the buttons
// and their actions, read from the page once, and the label and state it
// last gave each, so that labelling them again reads nothing back from
// the page and writes only what changed.
type toolSet struct {
	buttons []ui.Node
	acts    []string
	labels  []string
	off     []bool
	set     []bool // labels[i] and off[i] are what button i shows
}

// labelTools sets the label and state of each tool button, touching only
// what changed. A tool that cannot apply is disabled, or hidden for the
// Now button when the heading shows its own.
func (p *Form) labelTools(box ui.Node, ts *toolSet, n int, tool func(int) (act, label string, off bool)) {
	if ts.buttons == nil {
		ts.buttons = box.QueryAll("button[data-act]")
		for _, b := range ts.buttons {
			ts.acts = append(ts.acts, attr(b, "data-act"))
		}
		ts.labels, ts.off, ts.set = make([]string, len(ts.buttons)), make([]bool, len(ts.buttons)), make([]bool, len(ts.buttons))
	}
	for i, b := range ts.buttons {
		act := ts.acts[i]
		for j := 0; j < n; j++ {
			a, label, off := tool(j)
			if a != act {
				continue
			}
			if !ts.set[i] || ts.labels[i] != label {
				b.SetAttr("aria-label", label)
				b.SetAttr("title", label)
			}
			prop := "disabled"
			if act == "now" {
				prop = "hidden"
			}
			if !ts.set[i] || ts.off[i] != off {
				b.SetBool(prop, off)
			}
			ts.labels[i], ts.off[i], ts.set[i] = label, off, true
		}
	}
}

// labelDelay is how long the tools' labels wait after typing: a label
// names the item's text, which changes with every keystroke, and writing
// it would cost each keystroke a dozen calls into the page. The labels
// are also brought up to date when the focus reaches a tool (onFocusIn).
const labelDelay = 300 * time.Millisecond

// labelsSoon brings the tools' labels up to date once typing pauses. A
// keystroke while the timer runs only notes itself (no timer set or
// stopped a keystroke: each is a clock read and calls into the page in
// the browser); the timer then waits once more.
func (p *Form) labelsSoon() {
	p.labelsStale = true
	if p.stopLabels != nil {
		p.labelsTyped = true
		return
	}
	p.labelsTyped = false
	p.stopLabels = p.host.After(labelDelay, "form labels", func() {
		p.stopLabels = nil
		if p.labelsTyped {
			p.labelsSoon()
			return
		}
		p.relabel()
	})
}

// relabel labels the tools after the item or heading they are in, if
// typing left them stale.
func (p *Form) relabel() {
	if p.stopLabels != nil {
		p.stopLabels()
		p.stopLabels = nil
	}
	if !p.labelsStale {
		return
	}
	p.labelsStale = false
	if v, k, it := p.itemAt(p.itemTools); it != nil {
		p.labelItemTools(v, k)
	}
	if v := p.sectionAt(p.secTools); v != nil {
		p.labelSectionTools(v)
	}
}
