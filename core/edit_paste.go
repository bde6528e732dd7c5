package core

import (
	"strconv"
	"strings"
)

// PasteItems pastes text of several lines into item it at byte offset at
// of its text, as a scribe pasting a chat snippet or a list means it: the
// first line joins the item's text there; each further line becomes an
// item after it, nested by its indentation relative to the first line's;
// a box or list marker at a line's start is read as TypedPrefix reads it;
// blank lines are left out. The item's text after the caret ends the last
// item pasted before any heading.
//
// A heading line ("## Topic") makes a section, and the lines after it are
// its items, nested the same way. The sections go after the item's
// section (and its subsections), in order; their levels are the pasted
// ones moved so that the highest pasted heading is at the level of the
// item's section, so a deeper pasted heading is a subsection of the one
// before. A heading that is the first line, pasted into an empty item
// without sub-items, takes that item's place; pasted after text it joins the text, #s and
// all, as typed.
//
// It returns the change (one edit) and where the paste ends.
func (d *Document) PasteItems(it *Item, at int, text string) (Change, Pasted, error) {
	if err := d.owns(it); err != nil {
		return nil, Pasted{}, err
	}
	at = min(max(at, 0), len(it.Text))
	before, after := it.Text[:at], it.Text[at:]
	lines := pasteLines(text)
	if len(lines) == 0 {
		return nil, Pasted{Item: it.Path(), Caret: at}, nil
	}
	if before != "" {
		lines[0] = pasteLine{indent: lines[0].indent, raw: lines[0].raw, text: lines[0].raw}
	}
	items := len(lines)
	for i, l := range lines {
		if l.heading > 0 {
			items = i
			break
		}
	}
	anchor := d.SectionOf(it).Path()
	cur, path := d, it.Path()
	end := Pasted{Item: path, Caret: at}
	var err error
	switch {
	case items > 0:
		first := lines[0]
		cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetText(c.ItemByPath(path), before+first.text) })
		if err == nil && first.box != NoBox {
			cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetBox(c.ItemByPath(path), first.box) })
		}
		if err == nil {
			cur, path, err = cur.pasteUnder(path, first.indent, lines[1:items])
		}
		if err == nil {
			end = Pasted{Item: path, Caret: len(cur.ItemByPath(path).Text)}
			if after != "" {
				last := cur.ItemByPath(path)
				cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetText(last, last.Text+after) })
			}
		}
	case after == "" && len(it.Items) == 0 && len(it.Blocks) == 0:
		// A heading pasted into an empty item: the section replaces it
		// (an item with sub-items stays, empty).
		cur, err = cur.edit(func(c *Document) (Change, error) { return c.RemoveItem(c.ItemByPath(path)) })
	}
	if err == nil && items < len(lines) {
		var sec string
		cur, sec, path, err = cur.pasteSections(anchor, lines[items:])
		if err == nil {
			end = Pasted{Section: sec}
			if path != "" {
				end = Pasted{Item: path, Caret: len(cur.ItemByPath(path).Text)}
			}
		}
	}
	if err != nil {
		return nil, Pasted{}, err
	}
	return Diff(d.src, cur.src), end, nil
}

// Pasted is where a paste ends: in the last item pasted (its path, and the
// byte offset in its text), or, when the paste ends with a heading, in
// that section's title (Item is "").
type Pasted struct {
	Item    string
	Caret   int
	Section string
}

// pasteUnder adds lines as items after the item at path, whose pasted line
// had indentation indent: a line indented more is a child of the line
// before. It returns the document and the last item's path.
func (d *Document) pasteUnder(path string, indent int, lines []pasteLine) (*Document, string, error) {
	type level struct {
		indent int
		path   string
	}
	cur, stack := d, []level{{indent, path}}
	var err error
	for _, l := range lines {
		for len(stack) > 1 && l.indent < stack[len(stack)-1].indent {
			stack = stack[:len(stack)-1]
		}
		top := &stack[len(stack)-1]
		if l.indent > top.indent {
			parent := cur.ItemByPath(top.path)
			path = top.path + "." + strconv.Itoa(len(parent.Items))
			cur, err = cur.edit(func(c *Document) (Change, error) { return c.AddChild(c.ItemByPath(top.path), l.text) })
			stack = append(stack, level{l.indent, path})
		} else {
			path = nextItemPath(top.path)
			cur, err = cur.edit(func(c *Document) (Change, error) { return c.AddItemAfter(c.ItemByPath(top.path), l.text) })
			top.path = path
		}
		if err == nil && l.box != NoBox {
			cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetBox(c.ItemByPath(path), l.box) })
		}
		if err != nil {
			return nil, "", err
		}
	}
	return cur, path, nil
}

// pasteSections adds the pasted lines from the first heading on as
// sections after the section at anchor (see PasteItems), each with the
// items under it. It returns the document, the last section's path and
// the last item's ("" when the last section has none).
func (d *Document) pasteSections(anchor string, lines []pasteLine) (*Document, string, string, error) {
	s := d.SectionByPath(anchor)
	base := s.Level
	if base == 0 {
		base = 2
		if len(s.Sections) > 0 {
			base = s.Sections[0].Level
		}
	}
	top := 6
	for _, l := range lines {
		if l.heading > 0 {
			top = min(top, l.heading)
		}
	}
	cur, at, sec, item := d, s.Full.End, "", ""
	if s.Level == 0 {
		at = len(d.src)
	}
	var err error
	for i := 0; i < len(lines) && err == nil; i++ {
		l := lines[i]
		level := min(base+l.heading-top, 6)
		c := cur.insertSection(at, level, l.text)
		if cur, err = cur.Apply(c); err != nil {
			break
		}
		var ns *Section
		for _, x := range cur.Sections() {
			if x.Heading.Start >= at {
				ns = x
				break
			}
		}
		if ns == nil {
			return nil, "", "", ErrRoot
		}
		sec, item = ns.Path(), ""
		j := i + 1
		for j < len(lines) && lines[j].heading == 0 {
			j++
		}
		if j > i+1 {
			first := lines[i+1]
			cur, err = cur.edit(func(c *Document) (Change, error) { return c.AddItemToSection(c.SectionByPath(sec), first.text) })
			if err == nil {
				own := cur.SectionByPath(sec).Items()
				item = own[len(own)-1].Path()
				// The line says whether it has a box, not the file's usual.
				if cur.ItemByPath(item).Box != first.box {
					cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetBox(c.ItemByPath(item), first.box) })
				}
			}
			if err == nil {
				cur, item, err = cur.pasteUnder(item, first.indent, lines[i+2:j])
			}
		}
		if err == nil {
			at = cur.SectionByPath(sec).Full.End
		}
		i = j - 1
	}
	if err != nil {
		return nil, "", "", err
	}
	return cur, sec, item, nil
}

// edit applies the change op makes of d and returns the new document.
func (d *Document) edit(op func(*Document) (Change, error)) (*Document, error) {
	c, err := op(d)
	if err != nil {
		return nil, err
	}
	return d.Apply(c)
}

// pasteLine is one line of pasted text.
type pasteLine struct {
	indent    int    // columns of leading whitespace
	raw, text string // the line without its indentation; without marker and box (or #s)
	box       Checkbox
	heading   int // a heading's level, 0 for an item
}

// pasteLines splits pasted text into its first line (which joins the
// item's text, even empty) and the non-blank lines after it.
func pasteLines(text string) []pasteLine {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var out []pasteLine
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimRight(line, " \t")
		trimmed := strings.TrimLeft(line, " \t")
		if trimmed == "" && i > 0 {
			continue
		}
		l := pasteLine{indent: columns([]byte(line[:len(line)-len(trimmed)])), raw: trimmed}
		if h := strings.TrimLeft(trimmed, "#"); len(trimmed)-len(h) <= 6 && len(h) < len(trimmed) && strings.HasPrefix(h, " ") && strings.TrimSpace(h) != "" {
			l.heading, l.text = len(trimmed)-len(h), strings.TrimSpace(h)
			out = append(out, l)
			continue
		}
		l.text, _, l.box = TypedPrefix(trimmed)
		if l.text == "" && i > 0 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// nextItemPath is the path of the item after the one at path, at its level.
func nextItemPath(path string) string {
	i := strings.LastIndexAny(path, ":.") + 1
	n, _ := strconv.Atoi(path[i:])
	return path[:i] + strconv.Itoa(n+1)
}
