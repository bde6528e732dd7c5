package registers

import (
	"regexp"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core"
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

var (
	// decided matches the words that mark a decision.
	decided = regexp.MustCompile(`(?i)\b(decisions?|resolution)\s*:|\b(decided|resolved|agreed|conclusions?|approved|vote[sd]?|poll(ed)?|unanimous(ly)?)\b`)
	// pending matches a decision still to be taken.
	pending = regexp.MustCompile(`(?i)\b(to be|be|not yet|needs? to be|wants? to be)\s+(decided|resolved|agreed|approved|voted)|decision-making|decided on/|\bvotes?\s+(at|in|during)\s+(the\s+)?next\b`)
	// approval matches the approval of earlier minutes.
	approval = regexp.MustCompile(`(?i)minutes\b.*\bapproved\b|\bapproved\b.*\bminutes\b`)
)

func (r *Registers) decisions(ms []meeting) {
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
