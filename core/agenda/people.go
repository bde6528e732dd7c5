package agenda

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/cpansec/minutes/core"
)

// clearedRoles are the roles whose names an agenda does not have yet.
var clearedRoles = []core.Role{core.Attendee, core.Regrets, core.Absent, core.Chair, core.Scribe}

// clearPeople removes the names of attendees, regrets, absents, chair and
// scribe, keeping their labels: first with core's SetPeople (the role's
// first list), then every further list of the role. The next-meeting
// section's organizer and secretary, who were this meeting's, go too.
func (e *editor) clearPeople() error {
	for _, role := range clearedRoles {
		old := e.doc.Facts().Names(role)
		if len(old) > 0 {
			c, err := e.doc.SetPeople(role, nil)
			if err != nil {
				return err
			}
			if err := e.edit(c, role.String(), strings.Join(old, ", "), ""); err != nil {
				return err
			}
		}
		// Further lists of the role, one at a time; each edit removes a
		// list's names, so this ends.
		for range 100 {
			l := firstNamedList(e.doc, role)
			if l == nil {
				break
			}
			c, err := e.clearList(l)
			if err != nil {
				return err
			}
			if err := e.edit(c, role.String(), names(l), ""); err != nil {
				return err
			}
		}
	}
	return e.clearNextRoles()
}

// firstNamedList returns the first list of the role that still has names.
func firstNamedList(d *core.Document, role core.Role) *core.PeopleList {
	for _, l := range d.Facts().People {
		if l.Role == role && len(l.People) > 0 {
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

// labelRe finds the label at the start of an item that names a role, with
// its separator: what stays when the names go.
var labelRe = regexp.MustCompile(`(?i)^\W*(partly (attending|present|absent)|attendees?|attending|present|participants|regrets|apologies|excused|absents?|absentees|not (attending|present)|(meeting )?(chair|chaired by|organi[sz]er|secretary|scribe|minute[- ]?taker)|minutes (taken )?by|welcome)\b[ \t]*([:–—-])?`)

// clearList returns the change that removes a list's names: the text after
// the label of an inline list ("Regrets: @a" becomes "Regrets:"), the items
// of names under a label or in a role's section (a section made only of
// names keeps one empty item), or a sentence that only says who had the
// role ("@timlegge took minutes").
func (e *editor) clearList(l *core.PeopleList) (core.Change, error) {
	d := e.doc
	if l.Label != nil && l.Inline {
		raw := d.Text(l.Label.TextSpan)
		m := labelRe.FindStringIndex(raw)
		if m == nil || m[1] == 0 {
			return d.RemoveItem(l.Label)
		}
		return core.Change{{Start: l.Label.TextSpan.Start + m[1], End: l.Label.TextSpan.End}}, nil
	}
	if len(l.Names) == 0 {
		return nil, fmt.Errorf("line %d: a list of %s without names", l.People[0].Line, l.Role)
	}
	if l.Label == nil && l.Section != nil && len(l.Names) == len(l.Section.Items()) {
		if len(l.Names) == 1 {
			return d.SetText(l.Names[0], "")
		}
		last := l.Names[len(l.Names)-1]
		return d.RemoveItem(last)
	}
	return d.RemoveItem(l.Names[len(l.Names)-1])
}

// nextRoleRe is a label of the next meeting's organizer or secretary
// ("- Organizer: @oalders" in the 2024 early format).
var nextRoleRe = regexp.MustCompile(`(?i)^\W*(meeting )?(chair|organi[sz]er|secretary|scribe)\b[ \t]*[:–—-][ \t]*`)

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
				if m := nextRoleRe.FindStringIndex(raw); m != nil && strings.Contains(raw[m[1]:], "@") {
					found, at = it, m[1]
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
		if err := e.edit(c, "next meeting's "+strings.ToLower(strings.TrimSpace(strings.Trim(raw[:at], ":–—- \t"))), raw[at:], ""); err != nil {
			return err
		}
	}
	return nil
}
