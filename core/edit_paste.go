package core

import (
	"strconv"
	"strings"
)

// PasteItems pastes text of several lines into item it at byte offset at
// of its text, as a scribe pasting a chat snippet or a list means it: the
// first line joins the item's text there; each further line becomes an
// item after it, nested by its indentation relative to the first line's;
// a box or list marker at a line's start is read as TypedPrefix reads it,
// and a heading's #s are dropped (a heading cannot be an item); blank
// lines are left out. The item's text after the caret ends the last line.
// It returns the change (one edit), the path of the last item, and the
// byte offset in that item's text where the paste ends.
func (d *Document) PasteItems(it *Item, at int, text string) (Change, string, int, error) {
	if err := d.owns(it); err != nil {
		return nil, "", 0, err
	}
	at = min(max(at, 0), len(it.Text))
	before, after := it.Text[:at], it.Text[at:]
	lines := pasteLines(text)
	if len(lines) == 0 {
		return nil, it.Path(), at, nil
	}
	cur, path := d, it.Path()
	first := lines[0]
	if before != "" {
		first.box = NoBox // the line joins text: its "[x]" is text
		first.text = lines[0].raw
	}
	cur, err := cur.edit(func(c *Document) (Change, error) { return c.SetText(c.ItemByPath(path), before+first.text) })
	if err == nil && first.box != NoBox {
		cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetBox(c.ItemByPath(path), first.box) })
	}
	type level struct {
		indent int
		path   string
	}
	stack := []level{{first.indent, path}}
	for _, l := range lines[1:] {
		if err != nil {
			break
		}
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
	}
	if err != nil {
		return nil, "", 0, err
	}
	last := cur.ItemByPath(path)
	end := len(last.Text)
	if after != "" {
		if cur, err = cur.edit(func(c *Document) (Change, error) { return c.SetText(last, last.Text+after) }); err != nil {
			return nil, "", 0, err
		}
	}
	return Diff(d.src, cur.src), path, end, nil
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
	raw, text string // the line without its indentation; without marker and box
	box       Checkbox
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
		if h := strings.TrimLeft(trimmed, "#"); len(trimmed)-len(h) <= 6 && len(h) < len(trimmed) && strings.HasPrefix(h, " ") {
			trimmed = strings.TrimLeft(h, " ")
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
