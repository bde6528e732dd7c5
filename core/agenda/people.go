package agenda

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// clearedRoles are the roles whose names an agenda does not have yet.
var clearedRoles = []core.Role{core.Attendee, core.Regrets, core.Absent, core.Chair, core.Scribe}

// clearPeople removes the names of attendees, regrets, absents, chair and
// scribe from every list that holds them, keeping their labels, one list
// at a time. The next-meeting section's organizer and secretary, who were
// this meeting's, go too.
func (e *editor) clearPeople() error {
	if err := e.clearRoles(e.clearList); err != nil {
		return err
	}
	return e.clearNextRoles()
}

// clearRoles clears with clear each list of the cleared roles' names.
func (e *editor) clearRoles(clear func(*core.PeopleList) error) error {
	for _, role := range clearedRoles {
		// Each pass removes a list's names, so this ends; the bound
		// guards against a list whose names cannot be removed.
		for range 100 {
			l := firstNamedList(e.doc, role)
			if l == nil {
				break
			}
			if err := clear(l); err != nil {
				return err
			}
		}
		if l := firstNamedList(e.doc, role); l != nil {
			e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d: could not clear the %s", l.People[0].Line, role))
		}
	}
	return nil
}

// firstNamedList returns the first list of the role that still has names.
func firstNamedList(d *core.Document, role core.Role) *core.PeopleList {
	for _, l := range d.Facts().People {
		if l.Role == role && len(l.People) > 0 && (l.Label != nil || len(l.Names) > 0 || len(l.Spans) > 0) {
			return l
		}
	}
	return nil
}

func names(l *core.PeopleList) string {
	out := make([]string, len(l.People))
	for i, p := range l.People {
		out[i] = p.Name
	}
	return strings.Join(out, ", ")
}

// clearList removes a list's names: the text after the label of an
// inline list ("Regrets: @a" becomes "Regrets:"), the items of names under
// a label or in a role's section (a section made only of names keeps one
// empty item), or a sentence that only says who had the role ("@timlegge
// took minutes").
func (e *editor) clearList(l *core.PeopleList) error {
	d, what, old := e.doc, l.Role.String(), names(l)
	if l.Label != nil && l.Inline {
		raw := d.Text(l.Label.TextSpan)
		end, ok := labelEnd(raw)
		if !ok {
			end, ok = anyLabelEnd(raw) // "Minutes: Tomas" in a roles section
		}
		if !ok || end == 0 {
			c, err := d.RemoveItem(l.Label)
			if err != nil {
				return err
			}
			return e.edit(c, what, raw, "")
		}
		kept := strings.TrimRight(raw[:end], " \t")
		return e.edit(core.Change{{Start: l.Label.TextSpan.Start + len(kept), End: l.Label.TextSpan.End}}, what, old, "")
	}
	if len(l.Names) == 0 && len(l.Spans) > 0 {
		// Names in a paragraph's lines: the names go, the labels stay.
		var c core.Change
		for _, s := range l.Spans {
			c = append(c, core.Splice{Start: s.Start, End: s.End})
		}
		return e.edit(c, what, old, "")
	}
	if len(l.Names) == 0 {
		return fmt.Errorf("line %d: a list of %s without names", l.People[0].Line, l.Role)
	}
	// One change: the names go as if removed one by one, the last
	// first (core.RemoveItems). A section made only of names keeps its
	// first item, emptied: its text is its own line's, which the removals
	// after it do not touch.
	first := l.Names[0]
	gone := l.Names
	var keep core.Change
	if l.Label == nil {
		gone = l.Names[1:]
		var err error
		if keep, err = d.SetText(first, ""); err != nil {
			return err
		}
	}
	c, err := d.RemoveItems(gone)
	if err != nil {
		return err
	}
	if len(keep) > 0 && len(c) > 0 && c[0].Start < keep[len(keep)-1].End {
		return fmt.Errorf("line %d: the names of %s meet", first.Line, l.Role)
	}
	c = append(keep, c...)
	if len(c) == 0 {
		return nil
	}
	at := c[0].Start
	if l.Label != nil {
		at = l.Label.MarkerSpan.Start
	}
	return e.editAt(c, at, what, old, "")
}

// clearNextRoles clears the names after "Organizer:" and "Secretary:" in
// the next-meeting section: they were named for the meeting the agenda is
// for, and the section now speaks of the one after.
func (e *editor) clearNextRoles() error {
	for range 100 {
		var found *core.Item
		var at int
		for _, s := range e.doc.Sections() {
			if !strings.Contains(strings.ToLower(s.Title), "next meeting") {
				continue
			}
			s.WalkItems(func(it *core.Item) bool {
				raw := e.doc.Text(it.TextSpan)
				if end, ok := nextRoleEnd(raw); ok && strings.Contains(raw[end:], "@") {
					found, at = it, len(strings.TrimRight(raw[:end], " \t"))
					return false
				}
				return true
			})
			if found != nil {
				break
			}
		}
		if found == nil {
			return nil
		}
		raw := e.doc.Text(found.TextSpan)
		c := core.Change{{Start: found.TextSpan.Start + at, End: found.TextSpan.End}}
		role := strings.ToLower(strings.Trim(raw[:at], ":–—- \t"))
		if err := e.edit(c, "next meeting's "+role, strings.TrimSpace(raw[at:]), ""); err != nil {
			return err
		}
	}
	return nil
}

// anyLabelEnd returns the end of a short label and its colon at the start
// of raw ("Minutes: Tomas Sedovic"): at most three words before the colon.
func anyLabelEnd(raw string) (int, bool) {
	i := strings.IndexByte(raw, ':')
	if i <= 0 || len(strings.Fields(raw[:i])) > 3 || strings.Contains(raw[:i], "@") {
		return 0, false
	}
	return i + 1, true
}
