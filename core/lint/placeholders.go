package lint

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// placeholders reports words left from a template: FIXME, XXX, a lone "…",
// "approved by X", and handle-like template words such as @name.
func (c *checker) placeholders() {
	if fm := c.d.FrontMatter; fm != nil && fm.Err == nil {
		for _, f := range fm.Fields {
			if f.Scalar && f.Key != "meeting_time" {
				c.placeholderWords(c.d.LineStart(f.Line), c.lineText(f.Line))
			}
		}
	}
	for _, l := range c.lines {
		c.placeholderWords(l.start, l.masked)
		if !strings.Contains(l.masked, "by ") {
			continue
		}
		for _, m := range byLetters(l.masked) {
			c.add(l.start+m[2], "placeholder", Warning, fmt.Sprintf(
				"%q left from the template: write who it stands for", l.masked[m[2]:m[3]]), nil)
		}
	}
	people := c.peopleItems()
	for _, it := range c.d.Items() {
		for _, h := range it.Handles {
			// A template word stands for a person where a name goes: at the
			// start of an item or in a list of names ("add @names and
			// notes" in prose explains the format).
			if c.profile.IsPlaceholder(h) && len(placeholderWords(h)) == 0 && (strings.HasPrefix(it.Text, h) || people[it]) {
				off := it.TextSpan.Start + strings.Index(it.Text, h)
				c.add(off, "placeholder", Warning, fmt.Sprintf("%s left from the template: write the person's handle", h), nil)
			}
		}
		if start, ok := ellipsis(it.Text); ok && !strings.Contains(it.Text, "\n") {
			c.add(it.TextSpan.Start+start, "placeholder", Warning,
				`"…" left from the template: write what was said, or remove it`, nil)
		}
	}
}

func (c *checker) placeholderWords(start int, text string) {
	if !strings.Contains(text, "FIXME") && !strings.Contains(text, "XXX") {
		return
	}
	for _, m := range placeholderWords(text) {
		c.add(start+m[0], "placeholder", Warning, fmt.Sprintf(
			"%q left from the template: fill in what it stands for, or remove it", text[m[0]:m[1]]), nil)
	}
}

// emptyFields reports labels with nothing after or under them
// ("Meeting chair:", a role label without names) and empty front matter
// values.
func (c *checker) emptyFields() {
	if fm := c.d.FrontMatter; fm != nil && fm.Err == nil {
		for _, f := range fm.Fields {
			if f.Scalar && f.Key != "meeting_time" && strings.TrimSpace(f.Value) == "" && f.Tag != "!!str" {
				c.add(c.valueOffset(f.Line), "empty-field", Warning, fmt.Sprintf(
					"front matter field %q is empty: give it a value, or remove the line", f.Key), nil)
			}
		}
	}
	labels := map[*core.Item]bool{}
	for _, l := range c.d.Facts().People {
		if l.Label != nil && !l.Inline && len(l.Names) == 0 {
			labels[l.Label] = true
		}
	}
	for _, it := range c.d.Items() {
		if len(it.Items) > 0 || len(it.Blocks) > 0 {
			continue
		}
		text := strings.TrimSpace(it.Text)
		if !labels[it] && !isBareLabel(text) {
			continue
		}
		c.add(it.TextSpan.Start, "empty-field", Warning, fmt.Sprintf(
			"%q has nothing after it: fill it in, or remove the line", text), nil)
	}
}

// emptyItems reports list items without text. The fix removes the line
// when the item is alone on it.
func (c *checker) emptyItems() {
	for _, it := range c.d.Items() {
		if strings.TrimSpace(it.Text) != "" || len(it.Items) > 0 || len(it.Blocks) > 0 {
			continue
		}
		msg := "empty list item: the website shows an empty bullet; write its text, or remove the line"
		if it.Box != core.NoBox {
			msg = "task box without text: write what is to be done, or remove the line"
		}
		c.add(it.MarkerSpan.Start, "empty-item", Warning, msg, c.removeLine(it))
	}
}

// removeLine returns the change that deletes the item's line, when the item
// and its line are the same (no other item or text shares it), else nil.
func (c *checker) removeLine(it *core.Item) core.Change {
	if c.d.Line(it.Span.Start) != c.d.Line(max(it.Span.End-1, it.Span.Start)) {
		return nil
	}
	start := c.d.LineStart(it.Line)
	if start != it.Span.Start && strings.TrimLeft(string(c.src[start:it.Span.Start]), " \t") != "" {
		return nil
	}
	end := c.d.LineStart(it.Line + 1)
	if end <= start { // the last line, without a line ending
		end = len(c.src)
	}
	return core.Change{{Start: start, End: end}}
}

// peopleItems returns the items that hold lists of names.
func (c *checker) peopleItems() map[*core.Item]bool {
	out := map[*core.Item]bool{}
	for _, l := range c.d.Facts().People {
		if l.Label != nil {
			out[l.Label] = true
		}
		for _, it := range l.Names {
			out[it] = true
		}
	}
	return out
}
