package core

import (
	"regexp"
	"slices"
	"strings"

	"github.com/cpansec/minutes/core/internal/lazyre"
)

// The regular expressions that read the minutes' prose. They compile on
// first use (see core/internal/lazyre); patterns_test.go holds a table of
// real lines for each.

// labelWords are the words of meeting roles, as labels at the start of a
// text ("Attendees:", "Meeting chair -"), for each role: the one list
// from which classify, labelEnd, mayBeLabel and core/agenda's labels
// (RoleLabelExpr) are built. The roles are tried in this order ("Partly
// absent" is an attendee before it is absent).
var labelWords = []struct {
	role  Role
	words []string
}{
	{Attendee, []string{"partly attending", "partly present", "partly absent", "attendees", "attendee", "attending", "present", "participants",
		"attendance", "council members", "observers", "guests", "members", "visitors"}}, // the last seven are other groups' words (Node.js, Rust, Electron)
	{Regrets, []string{"regrets", "apologies", "excused", "unavailable"}},
	{Absent, []string{"absents", "absent", "absentees", "not attending", "not present"}},
	{Chair, []string{"meeting chair", "meeting chaired by", "meeting organiser", "meeting organizer", "chair", "chaired by", "organiser", "organizer",
		"facilitator", "facilitated by", "moderator"}},
	{Scribe, []string{
		"meeting secretary", "meeting scribe", "meeting minute-taker", "meeting minute taker", "meeting minutetaker",
		"secretary", "scribes", "scribe", "minute-taker", "minute taker", "minutetaker", "minutes taken by", "minutes by",
		"note-takers", "note-taker", "note takers", "note taker", "notetakers", "notetaker",
		"action item scribe", // Rust lang team: the scribe of the action items
	}},
}

// alternation returns words as the alternation of a regular expression,
// longest first, so that a word is never cut short by another it starts
// with ("absentees" by "absent", "scribes" by "scribe").
func alternation(words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = regexp.QuoteMeta(w)
	}
	slices.SortStableFunc(quoted, func(a, b string) int { return len(b) - len(a) })
	return strings.Join(quoted, "|")
}

// RoleLabelExpr is a regular expression, without flags or anchors, that
// matches the word of any role label ("attendees", "meeting chair"),
// lower case; core/agenda reads the labels it keeps with it.
var RoleLabelExpr = func() string {
	var all []string
	for _, l := range labelWords {
		all = append(all, l.words...)
	}
	return alternation(all)
}()

var (
	// labelRe matches a role's label at the start of a text, with a group
	// for each role of labelWords, in that order.
	labelRe = lazyre.New(func() string {
		groups := make([]string, len(labelWords))
		for i, l := range labelWords {
			groups[i] = "(" + alternation(l.words) + ")"
		}
		return `(?i)^(?:` + strings.Join(groups, "|") + `)\b`
	}())
	// labelEndRe reaches where the names start in a label item's text:
	// after the label, its ":", "-" or "–" (after blanks or emphasis:
	// "**Chair**: "), and blanks.
	labelEndRe  = lazyre.New(`(?i)^\W*(?:` + RoleLabelExpr + `)\b(?:\W*?[:–-])?[ \t]*`)
	nextRe      = lazyre.New(`(?i)\bnext\b|\belect\b`)
	otherDateRe = lazyre.New(`(?i)\bnext\b|upcoming|events?\b|deadline|previous`)
	detailsRe   = lazyre.New(`(?i)meeting details|online meeting|^agenda\b|^minutes\b|meeting minutes|^meeting\b|bi-weekly`)
	// "The next meeting will be on Thursday, March 3rd" (W3C WECG), not
	// "The next meeting discusses …".
	nextLineRe   = lazyre.New(`(?i)^(the next meeting (will be|is)|next meeting|time)\b`)
	meetingWasRe = lazyre.New(`(?i)^meeting (was|is) on\b`)
	attendanceRe = lazyre.New(`(?i)attend|regrets|present|participants`)
	approvalRe   = lazyre.New(`(?i)\bapproved\b[^@\n]*?\bby\b(.*)`)
	// approvalNamesRe: group 2 holds the names of "approved by A, B and
	// C, and merged by D" or "approved in PR#56 by A.".
	approvalNamesRe = lazyre.New(`(?i)(\bapproved\b[^@\n]*?\bby\b[ \t]*)(.*?)(,?\s+and merged by.*|\.?$)`)
	welcomeRe       = lazyre.New(`(?i)^welcome\s*[–—-]\s*(@\S+)\s*$`)
	tookMinutesRe   = lazyre.New(`(?i)^(@[\w-]+) (took|takes|is taking) (the )?minutes\b`)
	namesSepRe      = lazyre.New(`\s*(?:,|;|&|\band\b|\bnor\b)\s*`)
	linkRe          = lazyre.New(`\[([^\]]*)\]\([^)]*\)`)
)

// labelRole returns the role whose label plain starts with, and the end of
// the label.
func labelRole(plain string) (Role, int) {
	m := labelRe().FindStringSubmatchIndex(plain)
	if m == nil {
		return NoRole, 0
	}
	for i, l := range labelWords {
		if m[2+2*i] >= 0 {
			return l.role, m[1]
		}
	}
	return NoRole, 0
}

// mayMatch is the quick test of a matcher that runs on every item: s
// holds one of words (lower case ASCII without 'k' or 's', which (?i)
// also folds with KELVIN SIGN and LONG S), any case. An unanchored
// expression without a literal prefix tries every offset of its text;
// most texts hold none of its words.
func mayMatch(s string, words ...string) bool {
	for _, w := range words {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// isAboutNext reports whether a title or line is about the next meeting
// or an election.
func isAboutNext(s string) bool { return mayMatch(s, "next", "elect") && nextRe().MatchString(s) }

// mentionsOtherDate reports whether a text may hold another date than the
// meeting's: the next meeting, events, deadlines, previous meetings.
func mentionsOtherDate(s string) bool {
	return mayMatch(s, "next", "upcoming", "event", "deadline", "previou") && otherDateRe().MatchString(s)
}

// isMeetingDetails reports whether a section title is the meeting's own
// details (agenda, minutes, "Online meeting").
func isMeetingDetails(s string) bool {
	return mayMatch(s, "meeting", "agenda", "minute", "bi-wee") && detailsRe().MatchString(s)
}

// isNextLine reports whether a line starts "Next meeting" or "Time".
func isNextLine(s string) bool { return nextLineRe().MatchString(s) }

// saysNextMeeting reports whether a line starts by saying when the next
// meeting is: "Next meeting …", "The next meeting will be …".
func saysNextMeeting(s string) bool {
	return isNextLine(s) && !strings.HasPrefix(strings.ToLower(s), "time")
}

// saysMeetingWas reports whether a line starts "Meeting was on" or
// "Meeting is on".
func saysMeetingWas(s string) bool { return meetingWasRe().MatchString(s) }

// mentionsAttendance reports whether a title names who attended.
func mentionsAttendance(s string) bool { return attendanceRe().MatchString(s) }

// approvedBy returns the rest of the line after "approved ... by".
func approvedBy(s string) (rest string, ok bool) {
	m := approvalRe().FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// approvalNames returns the span of the names in "approved by A, B and C,
// and merged by D" or "approved in PR#56 by A.": after the blanks that
// follow "by", up to ", and merged by" or a final "." or the end.
func approvalNames(s string) (start, end int, ok bool) {
	m := approvalNamesRe().FindStringSubmatchIndex(s)
	if m == nil {
		return 0, 0, false
	}
	return m[4], m[5], true
}

// welcomeChair returns the handle of "Welcome – @sjn", the 2024 timed
// format's chair.
func welcomeChair(s string) (handle string, ok bool) {
	m := welcomeRe().FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// minutesTaker returns the handle of "@timlegge took minutes", the scribe.
func minutesTaker(s string) (handle string, ok bool) {
	m := tookMinutesRe().FindStringSubmatch(s)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// splitList splits a written list of names at commas, semicolons, "&",
// "and" and "nor".
func splitList(text string) []string { return namesSepRe().Split(text, -1) }

// replaceLinks turns Markdown links into their text: what
// linkRe().ReplaceAllString(s, "$1") does (TestReplaceLinksAsRegexp), in
// one pass. The expression's machine took 300 ns a byte, a tenth of
// reading the facts of 512 KB of "[a](" (issue 13); the scan remembers
// where the next "]" and ")" are, so that unclosed links do not make it
// rescan the rest of the text.
func replaceLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s // most texts have no link
	}
	var b strings.Builder
	from := 0        // s[from:] is not written yet
	rb, rp := -1, -1 // the next ']' and ')' found, at or after where they were looked for
	next := func(c byte, at int, cached *int) int {
		if *cached == len(s) || *cached >= at {
			return *cached // len(s): none after an earlier at, so none after this one
		}
		if i := strings.IndexByte(s[at:], c); i >= 0 {
			*cached = at + i
		} else {
			*cached = len(s)
		}
		return *cached
	}
	for i := strings.IndexByte(s, '['); i >= 0 && i < len(s); {
		// The only match at i: the text up to the first ']', then '('
		// and the address up to the first ')'.
		j := next(']', i+1, &rb)
		if j+1 < len(s) && s[j+1] == '(' {
			if k := next(')', j+2, &rp); k < len(s) {
				b.WriteString(s[from:i])
				b.WriteString(s[i+1 : j])
				from = k + 1
				i = k + 1
				if n := strings.IndexByte(s[i:], '['); n >= 0 {
					i += n
				} else {
					break
				}
				continue
			}
		}
		if n := strings.IndexByte(s[i+1:], '['); n >= 0 {
			i += 1 + n
		} else {
			break
		}
	}
	if from == 0 {
		return s
	}
	b.WriteString(s[from:])
	return b.String()
}

// labelEnd returns where the names start in a label item's text.
func labelEnd(raw string) (int, bool) {
	m := labelEndRe().FindStringIndex(raw)
	if m == nil {
		return 0, false
	}
	return m[1], true
}
