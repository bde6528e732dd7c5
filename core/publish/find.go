package publish

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Actions returns the action items of the minutes, in document order, as
// the action items panel and "minutes actions" show them: core's tasks
// under the group's rules from p (nil for core's own rules) that name an
// owner.
func Actions(d *core.Document, p *profile.Profile) []Action {
	var out []Action
	for _, a := range Tasks(d, p) {
		if len(a.Owners) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// Tasks returns the tasks of the minutes, in document order: the action
// items and the tasks nobody has taken (calls for volunteers, questions
// put to no one), which have no owners.
func Tasks(d *core.Document, p *profile.Profile) []Action {
	var out []Action
	for _, a := range d.Tasks(Rules(p)) {
		out = append(out, Action{Owners: a.Owners, Text: a.Text, Line: a.Line})
	}
	return out
}

// Rules returns the group's rules for action items from its profile
// (none for nil).
func Rules(p *profile.Profile) core.ActionRules {
	if p == nil {
		return core.ActionRules{}
	}
	return core.ActionRules{
		Sections:       p.Actions.NotInSections,
		VolunteerCalls: p.Actions.VolunteerCalls,
		Comments:       p.Actions.Comments,
	}
}
