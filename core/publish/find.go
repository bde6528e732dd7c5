package publish

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Actions returns the action items of the minutes, in document order, as
// the action items panel and "minutes actions" show them: core's actions
// under the group's rules from p (nil for core's own rules).
func Actions(d *core.Document, p *profile.Profile) []Action {
	facts := d.Facts().Actions
	out := make([]Action, len(facts))
	for i, a := range facts {
		out[i] = Action{Owner: a.Owner, Text: a.Text, Line: a.Line}
	}
	return out
}
