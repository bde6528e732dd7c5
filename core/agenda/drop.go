package agenda

import (
	"strings"

	"github.com/cpansec/minutes/core"
)

// removal is an item of the minutes to remove, found before any edit.
type removal struct {
	item   *core.Item
	report *Removed
}

// checkedItems returns the checked items that no checked item encloses,
// except the items in keep (the approval line, which the rule rewrites
// instead).
func checkedItems(d *core.Document, keep map[*core.Item]bool) []removal {
	var out []removal
	for _, it := range d.Items() {
		if it.Box != core.Done || keep[it] || underChecked(it) {
			continue
		}
		r := &Removed{Line: it.Line, Text: it.Text}
		for _, c := range it.Items {
			c.Walk(func(c *core.Item) bool {
				r.Below++
				if c.Box == core.Open {
					r.OpenBelow++
				}
				return true
			})
		}
		out = append(out, removal{it, r})
	}
	return out
}

// underChecked reports whether an enclosing item is checked.
func underChecked(it *core.Item) bool {
	for p := it.Parent; p != nil; p = p.Parent {
		if p.Box == core.Done {
			return true
		}
	}
	return false
}

// repeatedItems returns the later copies of items that repeat an earlier
// sibling: the same text, the same box, and nothing below them that the
// first copy lacks, so that removing them loses nothing. Checked items and
// items below them are not considered: the rule drops them anyway.
func repeatedItems(d *core.Document) []removal {
	var out []removal
	seen := map[*core.Item]bool{}
	for _, it := range d.Items() {
		if it.Box == core.Done || underChecked(it) || seen[it] || !hasWord(it.Text) {
			continue
		}
		for _, s := range it.Siblings()[:it.Index()] {
			if seen[s] || s.Box != it.Box || normalize(s.Text) != normalize(it.Text) || !subset(keptTexts(it), keptTexts(s)) {
				continue
			}
			seen[it] = true
			r := &Removed{Line: it.Line, Text: it.Text, SameAs: s.Line, Below: len(keptTexts(it))}
			out = append(out, removal{it, r})
			break
		}
	}
	// A repeated item inside another repeated item goes with it.
	kept := out[:0]
	for _, r := range out {
		inside := false
		for p := r.item.Parent; p != nil; p = p.Parent {
			if seen[p] {
				inside = true
			}
		}
		if !inside {
			kept = append(kept, r)
		}
	}
	return kept
}

// keptTexts returns the normalised texts of the items below it that the
// rule keeps (neither checked nor below a checked item).
func keptTexts(it *core.Item) []string {
	var out []string
	for _, c := range it.Items {
		c.Walk(func(c *core.Item) bool {
			if c.Box == core.Done {
				return true
			}
			if !underChecked(c) {
				out = append(out, normalize(c.Text))
			}
			return true
		})
	}
	return out
}

// subset reports whether every text of a is in b.
func subset(a, b []string) bool {
	have := map[string]bool{}
	for _, t := range b {
		have[t] = true
	}
	for _, t := range a {
		if !have[t] {
			return false
		}
	}
	return true
}

// normalize collapses runs of blanks (U+00A0 included) for comparing
// texts.
func normalize(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

// hasWord reports whether s has a letter or digit: placeholders such as
// "…" or an empty item are not items a scribe copied twice.
func hasWord(s string) bool {
	for _, r := range s {
		if r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && r != '…' && r != 0xa0 {
			return true
		}
	}
	return false
}

// removeAll removes the items, items of the editor's current document,
// in one change (core.RemoveItems: a long list of repeated items costs
// one parse, not one per item).
func (e *editor) removeAll(rs []removal) error {
	its := make([]*core.Item, len(rs))
	for i, r := range rs {
		its[i] = r.item
	}
	c, err := e.doc.RemoveItems(its)
	if err != nil {
		return err
	}
	return e.apply(c)
}

// find returns the item of the current document that starts where it, an
// item of an earlier version, started, with the same line and text.
func (e *editor) find(it *core.Item) (*core.Item, error) {
	cur := e.doc.ItemAt(it.MarkerSpan.Start)
	// An item may share its first line with its first child ("- - a"):
	// ItemAt gives the innermost.
	for cur != nil && cur.MarkerSpan.Start != it.MarkerSpan.Start {
		cur = cur.Parent
	}
	if cur == nil || cur.Line != it.Line || cur.Text != it.Text {
		return nil, errLost(it)
	}
	return cur, nil
}
