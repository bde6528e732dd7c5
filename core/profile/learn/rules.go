package learn

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// The section rules (format.section_rules) are learned from consecutive
// meetings: a section whose whole text is the same from one meeting to
// the next is standing; one whose subsection headings or numbered items
// recur while its text changes is an agenda (its skeleton stays, its
// topics change); one whose items recur while its text changes carries
// them (actions). A rule is given only when at least minPairs pairs of
// consecutive meetings have the section and most of them agree: from two
// files (one pair) nothing is learned, since one meeting's likeness to
// the next may be chance (WebAssembly's agenda items differ but keep the
// same numbered skeleton; a Links list may stay the same once). Notes,
// which start empty, are not learned: nothing in two meetings tells them
// from an agenda carried by hand.

// minPairs is the number of pairs of consecutive meetings that must agree
// on a section's rule.
const minPairs = 2

// sectionRules returns the rules learned, in the latest minutes' order,
// titled as they title them.
func (l *maker) sectionRules() []profile.SectionRule {
	ms := l.meetings()
	if len(ms)-1 < minPairs {
		return nil
	}
	votes := map[string]map[string]int{} // key → rule → pairs
	pairs := map[string]int{}            // key → pairs that have it
	for i := 1; i < len(ms); i++ {
		prev, cur := outline(ms[i-1]), outline(ms[i])
		for k, b := range cur {
			a, ok := prev[k]
			if !ok {
				continue
			}
			pairs[k]++
			if r := classify(a, b); r != "" {
				if votes[k] == nil {
					votes[k] = map[string]int{}
				}
				votes[k][r]++
			}
		}
	}
	latest := ms[len(ms)-1]
	out := outline(latest)
	var rules []profile.SectionRule
	seen := map[string]bool{}
	ruled := map[*core.Section]string{}
	for _, s := range sections(latest.doc) {
		k := key(s, latest)
		o, ok := out[k]
		if !ok || seen[k] {
			continue
		}
		seen[k] = true
		rule := ""
		for r, n := range votes[k] {
			if n >= minPairs && 2*n > pairs[k] && 2*pairs[k] > len(ms)-1 {
				rule = r
			}
		}
		if rule == "" {
			continue
		}
		ruled[s] = rule
		if inheritedRule(s, ruled) == rule {
			continue // its parent's rule says it already
		}
		rules = append(rules, profile.SectionRule{Title: o.title, Rule: rule})
	}
	if len(rules) > 0 {
		var names []string
		for _, r := range rules {
			names = append(names, r.Title+": "+r.Rule)
		}
		l.notef("section rules from %d pairs of consecutive meetings: %s", len(ms)-1, strings.Join(names, ", "))
	}
	return rules
}

// inheritedRule returns the rule of s's nearest parent that has one.
func inheritedRule(s *core.Section, ruled map[*core.Section]string) string {
	for p := s.Parent; p != nil; p = p.Parent {
		if r, ok := ruled[p]; ok {
			return r
		}
	}
	return ""
}

// meetings returns one file per meeting date, by date: of several
// versions of a meeting's file (a history), the last added.
func (l *maker) meetings() []*minutes {
	var out []*minutes
	for _, m := range l.ms {
		if n := len(out); n > 0 && out[n-1].date.SameDate(m.date) {
			out[n-1] = m
			continue
		}
		out = append(out, m)
	}
	return out
}

// shape is what the rules compare of a section.
type shape struct {
	title    string          // as written, trimmed
	text     string          // heading excluded, subsections included, dates as their style, lines trimmed
	subs     map[string]bool // the subsections' keys
	numbered map[string]bool // the first lines of its numbered lists' top-level items
	items    map[string]bool // the first lines of its own lists' items, any depth
}

// outline returns the shapes of m's sections by key: those that could
// have a rule, each title once. The document's title, titles with the
// meeting's date, titles written more than once and sections that list
// people (attendance: the next agenda clears them by their role) have
// none.
func outline(m *minutes) map[string]*shape {
	d := m.doc
	top := title(d)
	people := map[*core.Section]bool{}
	for _, pl := range m.facts.People {
		if pl.Section != nil {
			people[pl.Section] = true
		}
		if pl.Label != nil {
			people[d.SectionAt(pl.Label.Span.Start)] = true
		}
	}
	count := map[string]int{}
	for _, s := range sections(d) {
		count[profile.TitleKey(s.Title)]++
	}
	out := map[string]*shape{}
	src := d.Bytes()
	for _, s := range sections(d) {
		k := key(s, m)
		if s == top || people[s] || count[profile.TitleKey(s.Title)] > 1 || profile.TitleKey(s.Title) == "" || withDatePattern(s.Title, m.date) != s.Title {
			continue
		}
		sh := &shape{title: strings.Trim(strings.TrimSpace(s.Title), " *_:"), subs: map[string]bool{}, numbered: map[string]bool{}, items: map[string]bool{}}
		var lines []string
		for _, l := range strings.Split(string(src[s.Heading.End:s.Full.End]), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, withDatePattern(l, m.date))
			}
		}
		sh.text = strings.Join(lines, "\n")
		for _, c := range s.Sections {
			sh.subs[key(c, m)] = true
		}
		for _, b := range s.Blocks {
			if b.Kind != core.List {
				continue
			}
			for _, it := range b.Items {
				if b.Ordered {
					sh.numbered[firstLine(it.Text)] = true
				}
				it.Walk(func(c *core.Item) bool { sh.items[firstLine(c.Text)] = true; return true })
			}
		}
		out[k] = sh
	}
	return out
}

// classify returns the rule one pair of meetings suggests for a section
// that was a in the first and b in the next, or "" for none.
func classify(a, b *shape) string {
	switch {
	case a.text == b.text:
		if a.text == "" {
			return "" // an empty section says nothing
		}
		return profile.RuleStanding
	case shares(a.subs, b.subs) || shares(a.numbered, b.numbered):
		return profile.RuleAgenda
	case shares(a.items, b.items):
		return profile.RuleActions
	}
	return ""
}

// shares reports whether a and b have a non-empty string in common.
func shares(a, b map[string]bool) bool {
	for s := range a {
		if s != "" && b[s] {
			return true
		}
	}
	return false
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(s)
}
