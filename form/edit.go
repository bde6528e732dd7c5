package form

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// The form's edits: every one is a core operation whose change goes
// through Editor.Apply, so that it is recorded for undo, autosaved, and
// shown by every panel. Typing in one field is one undo step (its merge
// key names the field); a structural edit is a step of its own.

// apply applies a change made by the form; pending and target, set by the
// caller, are used by Show and cleared here.
func (p *Form) apply(c core.Change, err error, key string) bool {
	defer func() { p.pending, p.target = nil, nil }()
	if err == nil && len(c) > 0 {
		err = p.session.Apply(c, editor.OriginForm, key)
		if err == nil {
			return true
		}
	}
	if err != nil {
		p.say(err)
	}
	return false
}

// undo reverts the last change, reporting whether there was one.
func (p *Form) undo() bool { return p.replayStep(p.session.Undo) }

// redo applies the last undone change again.
func (p *Form) redo() bool { return p.replayStep(p.session.Redo) }

func (p *Form) replayStep(step func() (bool, error)) bool {
	ok, err := step()
	if err != nil {
		p.host.Say(ui.Message{Key: "undo", Kind: ui.KindWarning, Text: "Undo failed: " + err.Error()})
	}
	return ok
}

// say shows why an edit could not be made.
func (p *Form) say(err error) {
	msg := ui.Message{Key: "form", Kind: ui.KindWarning, Text: sentence(err.Error())}
	for _, e := range []error{core.ErrFirst, core.ErrLast, core.ErrNoParent, core.ErrNotMoved, core.ErrSharedLine} {
		if errors.Is(err, e) {
			msg.Kind, msg.Timeout = ui.KindInfo, 6*time.Second
		}
	}
	p.host.Say(msg)
}

// sentence capitalises s and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c >= 'a' && c <= 'z' {
		s = string(c-'a'+'A') + s[1:]
	}
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}

// itemAt returns the item whose row holds el, with its view and index.
func (p *Form) itemAt(el ui.Node) (*secView, int, *core.Item) {
	v := p.sectionAt(el)
	k := attrInt(closest(el, "[data-i]"), "data-i")
	if v == nil || k < 0 || k >= len(v.items) {
		return nil, -1, nil
	}
	return v, k, v.items[k]
}

// sectionAt returns the view of the section that holds el.
func (p *Form) sectionAt(el ui.Node) *secView {
	return p.byID[attrInt(closest(el, ".fsec"), "data-s")]
}

// textItem returns the item whose text field is el, from its id
// ("fi-S-K", fieldID): one read of the page where itemAt makes four.
func (p *Form) textItem(el ui.Node) (*secView, int, *core.Item) {
	rest, ok := strings.CutPrefix(el.ID(), "fi-")
	sid, ki, ok2 := strings.Cut(rest, "-")
	s, err := strconv.Atoi(sid)
	k, err2 := strconv.Atoi(ki)
	v := p.byID[s]
	if !ok || !ok2 || err != nil || err2 != nil || v == nil || k < 0 || k >= len(v.items) {
		return p.itemAt(el)
	}
	return v, k, v.items[k]
}

// typeItem writes an item's text as typed.
func (p *Form) typeItem(el ui.Node) {
	v, k, it := p.textItem(el)
	if it == nil {
		return
	}
	value := el.Value()
	if value == it.Text {
		return
	}
	if p.typedHeading(el, it, value) || p.typedPrefix(el, v, k, it, value) || core.Unfinished(value) {
		return
	}
	c, err := p.doc().SetText(it, value)
	key := "text:" + it.Path()
	p.pending = &pendingEdit{view: v, ov: override{kind: fieldText, index: k, text: it.Text}, newText: value}
	if p.apply(c, err, key) {
		p.labelsSoon()
	}
}

// typedPrefix takes a list marker or task box typed at the start of an
// item (core.TypedPrefix) as the item's marker and box, not as text: the
// field loses them and the item gets the box. It reports whether it did.
func (p *Form) typedPrefix(el ui.Node, v *secView, k int, it *core.Item, value string) bool {
	rest, cut, box := core.TypedPrefix(value)
	if cut == 0 {
		return false
	}
	if _, had, _ := core.TypedPrefix(it.Text); had > 0 {
		return false // the text began so already: not typed now
	}
	caret := max(caretOf(el)-ui.UTF16Len(value[:cut]), 0)
	doc, path := p.doc(), it.Path()
	c, err := doc.SetText(it, rest)
	if err == nil && box != core.NoBox && box != it.Box {
		c, err = compose(doc, c, func(d *core.Document) (core.Change, error) { return d.SetBox(d.ItemByPath(path), box) })
	}
	el.SetValue(rest)
	p.target = &focusTarget{isItem: true, item: path, field: fieldText, caret: caret, section: v.sec.Path()}
	if box == core.NoBox || box == it.Box {
		p.pending = &pendingEdit{view: v, ov: override{kind: fieldText, index: k, text: it.Text}, newText: rest}
	}
	p.apply(c, err, "text:"+path)
	return true
}

// typeTitle writes a heading's title as typed.
func (p *Form) typeTitle(el ui.Node) {
	v := p.sectionAt(el)
	if v == nil || v.sec.Level == 0 {
		return
	}
	s, value := v.sec, el.Value()
	if value == s.Title {
		return
	}
	c, err := p.doc().RenameSection(s, value)
	p.pending = &pendingEdit{view: v, ov: override{kind: fieldTitle, text: s.Title}, newText: value}
	p.factsSoon = s.Level == 1
	if p.apply(c, err, "title:"+s.Path()) {
		p.labelsSoon()
	}
}

// typeParagraph writes a paragraph as typed.
func (p *Form) typeParagraph(el ui.Node) {
	v := p.sectionAt(el)
	bi := attrInt(el, "data-b")
	if v == nil || bi < 0 || bi >= len(v.sec.Blocks) {
		return
	}
	blk, value := v.sec.Blocks[bi], el.Value()
	if value == blk.Text {
		return
	}
	c, err := p.doc().SetParagraph(blk, value)
	p.pending = &pendingEdit{view: v, ov: override{kind: fieldPara, index: bi, text: blk.Text}, newText: value}
	p.apply(c, err, "para:"+v.sec.Path()+"/"+strconv.Itoa(bi))
}

// clickBox writes the state of a checkbox just clicked.
func (p *Form) clickBox(el ui.Node) {
	v, k, it := p.itemAt(el)
	if it == nil {
		return
	}
	state := core.Open
	if el.Bool("checked") {
		state = core.Done
	}
	if state == it.Box {
		return
	}
	c, err := p.doc().SetBox(it, state)
	p.pending = &pendingEdit{view: v, ov: override{kind: fieldBox, index: k, box: it.Box}}
	p.apply(c, err, "")
}

// setTime writes a heading's time field: "16:05" or "16:05 UTC"; empty
// removes the time.
func (p *Form) setTime(el ui.Node) {
	v := p.sectionAt(el)
	if v == nil {
		return
	}
	s, value := v.sec, strings.TrimSpace(el.Value())
	if value == s.Time {
		return
	}
	if value != "" {
		c, err := when.ParseClock(value)
		if err != nil || !c.Valid() {
			el.SetValue(s.Time)
			p.say(errors.New("“" + value + "” is not a time of day such as 16:05 UTC"))
			return
		}
		if c.Zone == "" {
			value += " " + when.UTC
		}
	}
	ch, err := p.doc().SetSectionTime(s, value)
	p.target = &focusTarget{section: s.Path(), field: fieldTime, caret: -1}
	if value == "" {
		p.target.field = fieldTitle
	}
	p.apply(ch, err, "")
}

// stamp writes the current UTC time into a heading, in the zone spelling
// its time has.
func (p *Form) stamp(v *secView) {
	s := v.sec
	now := p.now().UTC()
	t := pad2(now.Hour()) + ":" + pad2(now.Minute())
	if c, err := when.ParseClock(s.Time); s.Time == "" || err != nil || c.Zone != "" {
		t += " " + when.UTC
	}
	c, err := p.doc().SetSectionTime(s, t)
	p.target = &focusTarget{section: s.Path(), field: fieldTime, caret: -1}
	p.apply(c, err, "")
}

// placeholder is the text of a new first sub-item: Markdown reads an
// empty one as part of the text above it. The group's templates use the
// same "…" for text to fill in; the form selects it, so typing replaces it.
const placeholder = "…"

// compose applies c, then the change that op makes of the result, and
// returns both as one change of doc: one undo step.
func compose(doc *core.Document, c core.Change, op func(*core.Document) (core.Change, error)) (core.Change, error) {
	next, err := doc.Apply(c)
	if err != nil {
		return nil, err
	}
	c2, err := op(next)
	if err != nil {
		return nil, err
	}
	return core.Diff(doc.Bytes(), c2.Apply(next.Bytes())), nil
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// nextPath returns the path of the next sibling of the item or section at
// path ("2:0.3" → "2:0.4", "1.2" → "1.3").
func nextPath(path string) string {
	i := strings.LastIndexAny(path, ":.") + 1
	n, _ := strconv.Atoi(path[i:])
	return path[:i] + strconv.Itoa(n+1)
}

// childPath returns the path of the n-th child of the section at path.
func childPath(path string, n int) string {
	if path == "" {
		return strconv.Itoa(n)
	}
	return path + "." + strconv.Itoa(n)
}

// itemAction applies an item action (a tool button or a key) to item k of
// view v; caret is where the text's caret should stay.
func (p *Form) itemAction(act string, v *secView, k int, caret int) bool {
	doc, it := p.doc(), v.items[k]
	path := it.Path()
	sib, idx := it.Siblings(), it.Index()
	t := &focusTarget{isItem: true, item: path, field: fieldText, caret: caret, section: v.sec.Path()}
	var c core.Change
	var err error
	switch act {
	case "split":
		value := p.fieldEl(v, fieldText, k).Value()
		before := ui.UTF16Prefix(value, caret)
		if caret < 0 || before == value {
			return p.itemAction("add-after", v, k, caret)
		}
		// The spaces at the split go: "a plain| item" makes "a plain"
		// and "item".
		after := strings.TrimLeft(value[len(before):], " ")
		t.item, t.caret = nextPath(path), 0
		c, err = doc.SetText(it, strings.TrimRight(before, " "))
		if err == nil {
			c, err = compose(doc, c, func(d *core.Document) (core.Change, error) {
				return d.AddItemAfter(d.ItemByPath(path), after)
			})
		}
	case "add-after":
		t.item, t.caret = nextPath(path), 0
		c, err = doc.AddItemAfter(it, "")
	case "add-child":
		t.item, t.caret = path+"."+strconv.Itoa(len(it.Items)), 0
		text := ""
		if len(it.Items) == 0 {
			text, t.caret = placeholder, selectAll
		}
		c, err = doc.AddChild(it, text)
	case "indent":
		if idx == 0 {
			c, err = doc.Indent(it) // refused
			break
		}
		prev := sib[idx-1]
		t.item = prev.Path() + "." + strconv.Itoa(len(prev.Items))
		if it.Text != "" || it.Box != core.NoBox || len(prev.Items) > 0 {
			c, err = doc.Indent(it)
			break
		}
		// An empty first sub-item would be read as part of the text
		// above it: it gets the placeholder, in the same undo step.
		t.caret = selectAll
		c, err = doc.SetText(it, placeholder)
		if err == nil {
			c, err = compose(doc, c, func(d *core.Document) (core.Change, error) { return d.Indent(d.ItemByPath(path)) })
		}
	case "outdent":
		if it.Parent != nil {
			t.item = nextPath(it.Parent.Path())
		}
		c, err = doc.Outdent(it)
	case "up":
		if idx > 0 {
			t.item = sib[idx-1].Path()
		}
		c, err = doc.MoveItem(it, -1)
	case "down":
		if idx+1 < len(sib) {
			t.item = sib[idx+1].Path()
		}
		c, err = doc.MoveItem(it, 1)
	case "toggle":
		c, err = doc.Toggle(it)
	case "box":
		state := core.Open
		if it.Box != core.NoBox {
			state = core.NoBox
		}
		c, err = doc.SetBox(it, state)
	case "delete":
		if k > 0 {
			t.item = v.items[k-1].Path()
		} else {
			t.isItem, t.field = false, fieldTitle
		}
		t.caret = -1
		c, err = doc.RemoveItem(it)
	default:
		return false
	}
	p.target = t
	return p.apply(c, err, "")
}

// sectionAction applies a section action to the section of view v.
func (p *Form) sectionAction(act string, v *secView) bool {
	doc, s := p.doc(), v.sec
	path := s.Path()
	t := &focusTarget{section: path, field: fieldTitle, caret: -1}
	var c core.Change
	var err error
	switch act {
	case "additem":
		t.isItem, t.item, t.caret = true, path+":"+strconv.Itoa(len(s.Items())), 0
		c, err = doc.AddItemToSection(s, "")
	case "now":
		p.stamp(v)
		return true
	case "sec-add-after":
		t.section = nextPath(path)
		c, err = doc.AddSectionAfter(s, "")
	case "sec-add-sub":
		t.section = childPath(path, len(s.Sections))
		c, err = doc.AddSubsection(s, "")
	case "sec-up", "sec-down":
		delta := 1
		if act == "sec-up" {
			delta = -1
		}
		if s.Parent != nil {
			sib := s.Parent.Sections
			i := indexOfSection(sib, s) + delta
			if i >= 0 && i < len(sib) {
				t.section = sib[i].Path()
			}
		}
		c, err = doc.MoveSection(s, delta)
	case "sec-remove":
		return p.removeSection(v)
	default:
		return false
	}
	p.target = t
	return p.apply(c, err, "")
}

func indexOfSection(list []*core.Section, s *core.Section) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// removeSection removes a section with its subsections; the message that
// says so offers to undo it while nothing else has changed.
func (p *Form) removeSection(v *secView) bool {
	doc, s := p.doc(), v.sec
	name := quoted(s.Title, "the untitled section")
	items := 0
	s.WalkItems(func(*core.Item) bool { items++; return true })
	// The view before s in document order keeps its path.
	t := &focusTarget{field: fieldTitle, caret: -1}
	if v.pos > 0 {
		t.section = p.views[v.pos-1].sec.Path()
	}
	c, err := doc.RemoveSection(s)
	p.target = t
	if !p.apply(c, err, "") {
		return false
	}
	after := p.session.Rev()
	text := "Removed the section " + name
	if items > 0 {
		text += " and its " + strconv.Itoa(items) + " items"
	}
	p.host.Say(ui.Message{Key: "form-removed", Kind: ui.KindInfo, Timeout: 20 * time.Second, Text: text + ". Ctrl+Z undoes it too.",
		Actions: []ui.Action{{Label: "Undo", Do: func() error {
			if p.session.Rev() != after {
				p.say(errors.New("the document changed since the section was removed: use Ctrl+Z (undo) to go back step by step"))
				return nil
			}
			p.undo()
			return nil
		}}}})
	return true
}

// addSection adds a section at the end of the document: under the page's
// only level-1 heading (its title), else after the last top-level section.
func (p *Form) addSection() bool {
	doc := p.doc()
	top := doc.Root.Sections
	var c core.Change
	var err error
	t := &focusTarget{field: fieldTitle, caret: 0}
	switch {
	case len(top) == 1 && top[0].Level == 1:
		t.section = childPath(top[0].Path(), len(top[0].Sections))
		c, err = doc.AddSubsection(top[0], "")
	case len(top) > 0:
		t.section = childPath("", len(top))
		c, err = doc.AddSectionAfter(top[len(top)-1], "")
	default:
		t.section = "0"
		c, err = doc.AddSubsection(doc.Root, "")
	}
	p.target = t
	return p.apply(c, err, "")
}

// quoted returns a short quotation of an item or section text for labels
// and messages, or what when it is empty.
func quoted(text, what string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return what
	}
	if r := []rune(text); len(r) > 40 {
		text = string(r[:39]) + "…"
	}
	return "“" + text + "”"
}
