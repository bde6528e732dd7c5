package publish

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core/profile"
)

// Action is an action item: a task and the people who are to do it.
type Action struct {
	// Owners are the handles as written ("@sjn"), none for a task nobody
	// has taken.
	Owners []string
	// Text is the item's text.
	Text string
	// Line is the item's 1-based line in the minutes.
	Line int
}

// OwnerActions are the actions of one owner, in the order given.
type OwnerActions struct {
	// Owner is the owner's handle ("" for items without one).
	Owner   string
	Actions []Action
}

// NoOwner is the heading ActionsText writes for actions without an owner.
const NoOwner = "No owner"

// GroupByOwner groups actions by owner, an action with several owners
// under each: owners sorted alphabetically without regard to case,
// actions without an owner last. With a profile,
// an owner written as an alias or in other case is grouped under the handle
// meant ("@rrwo" under "@robrwo", "@Tux" under "@tux"); without one, owners
// that differ only in case are grouped under the first spelling.
func GroupByOwner(actions []Action, p *profile.Profile) []OwnerActions {
	index := map[string]int{}
	var groups []OwnerActions
	for _, a := range actions {
		owners := a.Owners
		if len(owners) == 0 {
			owners = []string{""}
		}
		added := map[int]bool{} // an owner written twice lists it once
		for _, owner := range owners {
			owner = strings.TrimSpace(owner)
			if p != nil && owner != "" {
				if c, ok := p.Canonical(owner); ok {
					owner = c
				}
			}
			key := strings.ToLower(owner)
			i, ok := index[key]
			if !ok {
				i = len(groups)
				index[key] = i
				groups = append(groups, OwnerActions{Owner: owner})
			}
			if !added[i] {
				added[i] = true
				groups[i].Actions = append(groups[i].Actions, a)
			}
		}
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i].Owner, groups[j].Owner
		if (a == "") != (b == "") {
			return b == ""
		}
		return strings.ToLower(a) < strings.ToLower(b)
	})
	return groups
}

// ActionsText returns the actions grouped by owner as plain text that also
// reads as Markdown:
//
//	@robrwo (2)
//	- Start documenting embedded dependencies (line 12)
//	- Put together a proposal for PAUSE rules (line 40)
//
//	No owner (1)
//	- Volunteers needed for the blog (line 77)
//
// Runs of blanks and line breaks in a text become one space. It returns ""
// when there are no actions.
func ActionsText(actions []Action, p *profile.Profile) string {
	var b strings.Builder
	for i, g := range GroupByOwner(actions, p) {
		if i > 0 {
			b.WriteString("\n")
		}
		owner := g.Owner
		if owner == "" {
			owner = NoOwner
		}
		fmt.Fprintf(&b, "%s (%d)\n", owner, len(g.Actions))
		for _, a := range g.Actions {
			fmt.Fprintf(&b, "- %s", strings.Join(strings.Fields(a.Text), " "))
			if a.Line > 0 {
				fmt.Fprintf(&b, " (line %d)", a.Line)
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
