package registers

import (
	"regexp"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Decision is a line the minutes mark as decided.
type Decision struct {
	// Date is the meeting; File and Line say where the line is.
	Date string
	Text string
	File string
	Line int
	// Approval is true for the approval of earlier minutes.
	Approval bool
}

// DefaultMarkers are the words that mark a decision when the profile
// names none (profile.Profile.Decisions).
var DefaultMarkers = []string{"Decision:", "Decisions:", "decided", "Resolved", "Resolution:", "Agreed",
	"Conclusion", "Conclusions", "approved", "vote", "votes", "voted", "poll", "polled", "unanimous", "unanimously"}

// markers returns a pattern matching any of words at word boundaries,
// without regard to case.
func markers(words []string) *regexp.Regexp {
	if len(words) == 0 {
		words = DefaultMarkers
	}
	alts := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w == "" {
			continue
		}
		q := regexp.QuoteMeta(w)
		if isWordByte(w[0]) {
			q = `\b` + q
		}
		if isWordByte(w[len(w)-1]) {
			q += `\b`
		}
		alts = append(alts, q)
	}
	return regexp.MustCompile(`(?i)` + strings.Join(alts, "|"))
}

func isWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

var (
	// pending matches a decision still to be taken.
	pending = regexp.MustCompile(`(?i)\b(to be|be|not yet|needs? to be|wants? to be)\s+(decided|resolved|agreed|approved|voted)|decision-making|decided on/|\bvotes?\s+(at|in|during)\s+(the\s+)?next\b`)
	// approval matches the approval of earlier minutes.
	approval = regexp.MustCompile(`(?i)minutes\b.*\bapproved\b|\bapproved\b.*\bminutes\b`)
)

func (r *Registers) decisions(ms []meeting, p *profile.Profile) {
	decided := markers(p.Decisions)
	seen := map[string]bool{}
	for _, m := range ms {
		here, start := map[string]bool{}, len(r.Decisions)
		add := func(text string, line int) {
			text = strings.TrimSpace(text)
			if !decided.MatchString(text) || pending.MatchString(text) {
				return
			}
			appr := approval.MatchString(text)
			if appr && !strings.Contains(text, "@") {
				return // a template's "approved by X, and merged by Y"
			}
			key := strings.Join(strings.Fields(strings.ToLower(text)), " ")
			if here[key] || !appr && seen[key] {
				return
			}
			here[key], seen[key] = true, true
			r.Decisions = append(r.Decisions, Decision{Date: m.date, Text: text, File: m.file, Line: line, Approval: appr})
		}
		m.doc.Root.Walk(func(s *core.Section) bool {
			for _, b := range s.Blocks {
				if b.Kind == core.Paragraph {
					for i, l := range strings.Split(b.Text, "\n") {
						add(l, b.Line+i)
					}
				}
			}
			return true
		})
		for _, it := range m.doc.Items() {
			add(strings.Join(strings.Fields(it.Text), " "), it.Line)
		}
		sort.SliceStable(r.Decisions[start:], func(i, j int) bool {
			return r.Decisions[start+i].Line < r.Decisions[start+j].Line
		})
	}
}
