package profile

import (
	"fmt"
	"strings"
)

// norm returns a handle without its "@", in lower case: GitHub handles are
// not case-sensitive, and the minutes write both @tux and @Tux.
func norm(handle string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(handle), "@"))
}

// Known reports whether handle names someone on the roster, a name added
// with Add, or a group such as @all. Aliases and placeholders are not
// known: they are what lint reports.
func (p *Profile) Known(handle string) bool {
	_, ok := p.known(norm(handle))
	return ok
}

// known returns the handle as the roster writes it.
func (p *Profile) known(n string) (string, bool) {
	if n == "" {
		return "", false
	}
	for _, a := range p.added {
		if a == n {
			return "@" + a, true
		}
	}
	for _, m := range p.Roster {
		if m.Handle != "" && norm(m.Handle) == n {
			return m.Handle, true
		}
	}
	for _, g := range p.Groups {
		if norm(g) == n {
			return g, true
		}
	}
	return "", false
}

// Canonical returns the handle meant by handle: itself as the roster
// writes it when known, the alias target for an alias ("@rrwo" gives
// "@robrwo"); ok is false otherwise.
func (p *Profile) Canonical(handle string) (string, bool) {
	n := norm(handle)
	if h, ok := p.known(n); ok {
		return h, true
	}
	for from, to := range p.Aliases {
		if norm(from) == n {
			return to, true
		}
	}
	return "", false
}

// IsPlaceholder reports whether handle is a template word such as @FIXME.
func (p *Profile) IsPlaceholder(handle string) bool {
	n := norm(handle)
	for _, h := range p.Placeholders {
		if norm(h) == n {
			return true
		}
	}
	return false
}

// Member returns the roster entry for handle or its alias.
func (p *Profile) Member(handle string) (Member, bool) {
	h, ok := p.Canonical(handle)
	if !ok {
		return Member{}, false
	}
	for _, m := range p.Roster {
		if m.Handle != "" && norm(m.Handle) == norm(h) {
			return m, true
		}
	}
	return Member{Handle: h}, true
}

// Handles returns the roster's handles followed by those added, in order.
func (p *Profile) Handles() []string {
	out := make([]string, 0, len(p.Roster)+len(p.added))
	for _, m := range p.Roster {
		if m.Handle != "" {
			out = append(out, m.Handle)
		}
	}
	for _, a := range p.added {
		out = append(out, "@"+a)
	}
	return out
}

// Add adds handle to the roster of this Profile (a scribe knows a name the
// profile does not). Adding a known handle does nothing; adding an alias
// makes it known. The "@" is optional.
func (p *Profile) Add(handle string) error {
	h := "@" + strings.TrimPrefix(strings.TrimSpace(handle), "@")
	if !isHandle(h) {
		return fmt.Errorf("%q is not a handle: want @ and letters, digits, - or _", handle)
	}
	if !p.Known(h) {
		p.added = append(p.added, norm(h))
	}
	return nil
}

// Suggest returns the handle most likely meant by an unknown handle: the
// alias target when handle is a known alias, else the closest roster handle
// by edit distance (letters inserted, deleted, replaced or swapped), if it
// is close enough: at most one edit for handles of up to four letters, two
// for longer ones. ok is false for a known handle, a placeholder, and a
// handle far from every name.
func (p *Profile) Suggest(handle string) (suggestion string, ok bool) {
	n := norm(handle)
	if n == "" || p.Known(n) || p.IsPlaceholder(n) {
		return "", false
	}
	if h, ok := p.Canonical(n); ok {
		return h, true
	}
	limit := 2
	if len(n) <= 4 {
		limit = 1
	}
	best, bestDist := "", limit+1
	for _, h := range p.Handles() {
		if d := distance(n, norm(h)); d < bestDist {
			best, bestDist = h, d
		}
	}
	return best, best != ""
}

// Suggestions returns every roster handle at the smallest edit distance
// from an unknown handle (within the limit Suggest uses), or the alias's
// target alone. One result means the choice is clear; more mean the
// writer must choose.
func (p *Profile) Suggestions(handle string) []string {
	n := norm(handle)
	if n == "" || p.Known(n) || p.IsPlaceholder(n) {
		return nil
	}
	if h, ok := p.Canonical(n); ok {
		return []string{h}
	}
	limit := 2
	if len(n) <= 4 {
		limit = 1
	}
	var best []string
	bestDist := limit + 1
	for _, h := range p.Handles() {
		switch d := distance(n, norm(h)); {
		case d < bestDist:
			best, bestDist = []string{h}, d
		case d == bestDist:
			best = append(best, h)
		}
	}
	return best
}

// distance returns the optimal string alignment distance between a and b:
// the number of single-letter insertions, deletions, substitutions and
// swaps of neighbours that turn one into the other ("stigstp" is one swap
// from "stigtsp").
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// rows i-2, i-1 and i of the dynamic programming table.
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// Distance returns the number of letters inserted, deleted, replaced or
// swapped that turn a into b, without regard to case: the measure Suggest
// uses, for tools that compare names as it does.
func Distance(a, b string) int { return distance(strings.ToLower(a), strings.ToLower(b)) }
