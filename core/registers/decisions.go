package registers

import (
	"regexp"
	"sort"
	"strings"
	"sync"

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
	// Votes are the counts of a vote or poll the line states, nil when
	// it states none.
	Votes *Tally
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

// The expressions are compiled on first use, not at package init: the
// page links this package but builds registers only when asked (issue 12).
var (
	// pending matches a decision still to be taken.
	pending = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(to be|be|not yet|needs? to be|wants? to be)\s+(decided|resolved|agreed|approved|voted)|decision-making|decided on/|\bvotes?\s+(at|in|during)\s+(the\s+)?next\b`)
	})
	// approval matches the approval of earlier minutes.
	approval = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)minutes\b.*\bapproved\b|\bapproved\b.*\bminutes\b`)
	})
)

// decisions finds the decisions of one meeting after another.
type decisions struct {
	decided *regexp.Regexp
	// words are decided's words in lower case: a line that holds none
	// of them is no decision, found without running the expression.
	words []string
	// seen are the decisions found so far, normalised.
	seen map[string]bool
}

func newDecisions(p *profile.Profile) decisions {
	ws := p.Decisions
	if len(ws) == 0 {
		ws = DefaultMarkers
	}
	d := decisions{decided: markers(ws), seen: map[string]bool{}}
	for _, w := range ws {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" {
			d.words = append(d.words, w)
		}
	}
	return d
}

// marked reports whether text holds one of the decision words.
func (ds *decisions) marked(text string) bool {
	low := strings.ToLower(text)
	for _, w := range ds.words {
		if strings.Contains(low, w) {
			return ds.decided.MatchString(text)
		}
	}
	return false
}

// read appends the decisions of meeting m to out, in line order.
func (ds *decisions) read(out []Decision, m meeting) []Decision {
	here, start := map[string]bool{}, len(out)
	add := func(text string, line int) {
		text = strings.TrimSpace(text)
		// A +1/-1 count is a poll even when no decision word says so.
		if !ds.marked(text) && plusOneTally(text) == nil || pending().MatchString(text) {
			return
		}
		appr := approval().MatchString(text)
		if appr && !strings.Contains(text, "@") {
			return // a template's "approved by X, and merged by Y"
		}
		key := strings.Join(strings.Fields(strings.ToLower(text)), " ")
		if here[key] || !appr && ds.seen[key] {
			return
		}
		here[key], ds.seen[key] = true, true
		out = append(out, Decision{Date: m.date, Text: text, File: m.file, Line: line, Approval: appr, Votes: tally(text)})
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
	sort.SliceStable(out[start:], func(i, j int) bool {
		return out[start+i].Line < out[start+j].Line
	})
	return out
}
