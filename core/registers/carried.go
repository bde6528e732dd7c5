package registers

import (
	"strings"

	"github.com/cpansec/minutes/core/profile"
)

// Carried returns, for the next agenda (agenda.WithCarried), how many
// meetings an open item has been in: the item whose latest copy has the
// same normalised text (see the package doc), 0 for text no open item has.
// A nil profile is the CPANSec one.
func (r *Registers) Carried(p *profile.Profile) func(text string) int {
	if p == nil {
		p = profile.Default()
	}
	open := map[string]int{}
	for _, a := range r.Actions {
		if a.Done == "" {
			key := strings.Join(normalise(a.Text, p), " ")
			open[key] = max(open[key], a.Meetings)
		}
	}
	return func(text string) int {
		return open[strings.Join(normalise(text, p), " ")]
	}
}
