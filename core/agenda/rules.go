package agenda

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// The profile's section rules (format.section_rules) say which sections
// of the last minutes the next agenda keeps as written (standing), which
// it empties to their skeleton (agenda) or wholly (notes), and which hold
// action items to carry (actions, done by carryActions). A subsection
// without a rule of its own follows its parent's. Sections the profile
// gives no rule are left to the other steps, as before there were rules.

// ruleOf returns the rule of section s by the profile: its own, else its
// nearest parent's; inherited says it is a parent's.
func ruleOf(p *profile.Profile, s *core.Section) (rule string, inherited bool) {
	for at := s; at != nil && at.Level > 0; at = at.Parent {
		if r := p.Format.RuleOf(at.Title); r != "" {
			return r, at != s
		}
	}
	return "", false
}

// applyRules empties the sections the profile marks agenda or notes, in
// one change: an agenda section keeps its heading and the top-level items
// of its numbered lists (their first paragraph), a notes section its
// heading alone, and a subsection that only inherits notes goes with its
// heading. Open task items stay in both, with their sub-items, so that no
// open item is lost.
func (e *editor) applyRules(p *profile.Profile) error {
	if len(p.Format.SectionRules) == 0 {
		return nil
	}
	d := e.doc
	src := d.Bytes()
	var c core.Change
	var eds []*Edit
	type movedAt struct {
		splice, at int // the splice and the offset in its text
		m          moved
	}
	var moves []movedAt
	for _, s := range d.Sections() {
		rule, inherited := ruleOf(p, s)
		if rule != profile.RuleAgenda && rule != profile.RuleNotes {
			continue
		}
		body := string(src[s.Heading.End:s.Own.End])
		kept, mv := keptLines(d, s, rule == profile.RuleAgenda)
		text := reshape(body, kept, s.Own.End == len(src))
		start, what := s.Heading.End, rule
		keptAt := len(body) - len(strings.TrimLeft(body, "\r\n")) // after the blank lines below the heading
		if rule == profile.RuleNotes && inherited {
			// The heading of a note goes with it; what is kept keeps the
			// blank lines before the next heading.
			start, text = s.Heading.Start, strings.TrimLeft(reshape(body, kept, s.Own.End == len(src)), "\r\n")
			keptAt = 0
			if kept == "" {
				text = ""
			}
		}
		removed := nonBlank(string(src[start:s.Own.End])) - nonBlank(kept)
		if removed == 0 {
			continue
		}
		for _, m := range mv {
			moves = append(moves, movedAt{len(c), keptAt + m.at, m})
		}
		c = append(c, core.Splice{Start: start, End: s.Own.End, Text: text})
		eds = append(eds, &Edit{What: what, Old: fmt.Sprintf("%s: %d %s of the last meeting", strings.TrimSpace(s.Title), removed, plural(removed, "line")), off: s.Heading.Start})
	}
	if len(c) == 0 {
		return nil
	}
	if err := e.applyEdits(c, eds); err != nil {
		return err
	}
	// The lines moved out are reported where they are now.
	starts := make([]int, len(c))
	shift := 0
	for i, sp := range c {
		starts[i] = sp.Start + shift
		shift += len(sp.Text) - (sp.End - sp.Start)
	}
	for _, mv := range moves {
		ed := &Edit{What: "carried", Old: mv.m.old, New: mv.m.new, off: starts[mv.splice] + mv.at}
		e.marks = append(e.marks, &ed.off)
		e.report.Edits = append(e.report.Edits, ed)
	}
	return nil
}

// keptLines returns the lines of section s's own blocks that an emptied
// section keeps, as written, each ending in a line break: the open task
// items with their sub-items, and for an agenda the first paragraph of
// each top-level item of a numbered list.
func keptLines(d *core.Document, s *core.Section, skeleton bool) (string, []moved) {
	var b strings.Builder
	var out []moved
	src := d.Bytes()
	nl := d.Newline()
	// add writes the lines from..to, less cut columns of indentation: an
	// open task whose parent goes moves out to its list's level, where
	// its indentation would otherwise make it code or another item's.
	add := func(from, to, cut int) {
		for from > 0 && src[from-1] != '\n' {
			from--
		}
		for to < len(src) && src[to-1] != '\n' {
			to++
		}
		for _, l := range strings.Split(strings.TrimRight(string(src[from:to]), "\r\n"), "\n") {
			l = strings.TrimRight(l, "\r")
			n := 0
			for n < cut && n < len(l) && l[n] == ' ' {
				n++
			}
			if n > 0 && strings.TrimSpace(l) != "" {
				out = append(out, moved{at: b.Len(), old: l, new: l[n:]})
			}
			b.WriteString(l[n:] + nl)
		}
	}
	var walk func(its []*core.Item, top, ordered bool)
	walk = func(its []*core.Item, top, ordered bool) {
		for _, it := range its {
			switch {
			case it.Box == core.Open:
				root := it
				for root.Parent != nil {
					root = root.Parent
				}
				add(it.Span.Start, it.Span.End, it.Indent-root.Indent)
				continue
			case skeleton && top && ordered && it.Box == core.NoBox:
				add(it.Span.Start, max(it.TextSpan.End, it.MarkerSpan.End), 0)
			}
			walk(it.Items, false, false)
		}
	}
	for _, bl := range s.Blocks {
		if bl.Kind == core.List {
			walk(bl.Items, true, bl.Ordered)
		}
	}
	return b.String(), out
}

// moved is a line keptLines wrote with less indentation than it had: at
// its offset in the kept text, as it was and as it is.
type moved struct {
	at       int
	old, new string
}

// reshape returns the new body of a section whose body was old and keeps
// kept: the blank lines old had after the heading and before the next
// one, around what is kept; nothing at the end of the file when nothing
// is kept.
func reshape(old, kept string, last bool) string {
	lead := old[:len(old)-len(strings.TrimLeft(old, "\r\n"))]
	if kept == "" {
		if last {
			return ""
		}
		return lead
	}
	trimmed := strings.TrimRight(old, "\r\n")
	trail := ""
	if t := old[len(trimmed):]; strings.Count(t, "\n") > 1 {
		trail = t[strings.IndexByte(t, '\n')+1:] // the blank lines before the next heading
	}
	if last {
		trail = ""
	}
	return lead + kept + trail
}

// nonBlank counts the lines of s with more than white space.
func nonBlank(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n
}
