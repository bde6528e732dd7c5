package core

import (
	"regexp"
	"testing"

	"github.com/cpansec/minutes/core/internal/match"
	"github.com/cpansec/minutes/core/internal/match/matchtest"
)

// The expressions the matchers of patterns.go replace, as they were.
var (
	oldLabelPatterns = []struct {
		role Role
		re   *regexp.Regexp
	}{
		{Attendee, regexp.MustCompile(`(?i)^(partly (attending|present|absent)|attendees?|attending|present|participants|attendance|council members|observers|guests)\b`)},
		{Regrets, regexp.MustCompile(`(?i)^(regrets|apologies|excused|unavailable)\b`)},
		{Absent, regexp.MustCompile(`(?i)^(absents?|absentees|not (attending|present))\b`)},
		{Chair, regexp.MustCompile(`(?i)^((meeting )?(chair|chaired by|organi[sz]er)|facilitator|facilitated by|moderator)\b`)},
		{Scribe, regexp.MustCompile(`(?i)^((meeting )?(secretary|scribes?|minute[- ]?taker)|minutes (taken )?by|note[- ]?takers?)\b`)},
	}
	oldApprovalRe      = regexp.MustCompile(`(?i)\bapproved\b[^@\n]*?\bby\b(.*)`)
	oldWelcomeRe       = regexp.MustCompile(`(?i)^welcome\s*[–—-]\s*(@\S+)\s*$`)
	oldTookMinutesRe   = regexp.MustCompile(`(?i)^(@[\w-]+) (took|takes|is taking) (the )?minutes\b`)
	oldNamesSep        = regexp.MustCompile(`\s*(?:,|;|&|\band\b|\bnor\b)\s*`)
	oldLinkRe          = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	oldLabelEndRe      = regexp.MustCompile(`(?i)^\W*(partly (attending|present|absent)|attendees?|attending|present|participants|attendance|council members|observers|guests|regrets|apologies|excused|unavailable|absents?|absentees|not (attending|present)|(meeting )?(chair|chaired by|organi[sz]er|secretary|scribe|minute[- ]?taker)|facilitator|facilitated by|moderator|scribes|minutes (taken )?by|note[- ]?takers?)\W*?(\s*[:–-])?[ \t]*`)
	oldApprovalNamesRe = regexp.MustCompile(`(?i)(\bapproved\b[^@\n]*?\bby\b[ \t]*)(.*?)(,?\s+and merged by.*|\.?$)`)
	oldAttendanceRe    = regexp.MustCompile(`(?i)attend|regrets|present|participants`)
	oldNextRe          = regexp.MustCompile(`(?i)\bnext\b|\belect\b`)
	oldOtherDateRe     = regexp.MustCompile(`(?i)\bnext\b|upcoming|events?\b|deadline|previous`)
	oldDetailsRe       = regexp.MustCompile(`(?i)meeting details|online meeting|^agenda\b|^minutes\b|meeting minutes|^meeting\b|bi-weekly`)
	oldNextLineRe      = regexp.MustCompile(`(?i)^(next meeting|time)\b`)
	oldMeetingWasRe    = regexp.MustCompile(`(?i)^meeting (was|is) on\b`)
)

// patternWords are the words the expressions look for, to build random
// texts from.
var patternWords = []string{
	"approved", "approved by", "by", " by ", "and merged by", ", and merged by", "welcome", "took", "takes", "is taking", "the", "minutes",
	"next", "elect", "upcoming", "event", "events", "deadline", "previous", "meeting", "details", "online", "agenda", "bi-weekly",
	"time", "was", "is", "on", "attend", "regrets", "present", "participants", "partly", "attending", "absent", "attendees",
	"apologies", "excused", "absentees", "not", "chair", "chaired by", "organiser", "organizer", "secretary", "scribe",
	"minute-taker", "minute taker", "minutetaker", "and", "nor", "[a](b)", "](", "@sjn", "@tim-legge", "Welcome – @sjn",
}

// tricky are inputs the expressions handled in ways easy to get wrong.
var tricky = []string{
	"", "Attendees: @a, @b", "Attendees we know of: @a", "Attendees, absents & regrets", "Attendee", "ATTENDEESs", "attendeesx",
	"Partly present: @x", "Meeting chair - @sjn", "Meeting chaired by @x", "Chaired by @x", "chairs", "Organiser: @o", "ORGANIZER",
	"minute-taker: @t", "Minute taker @t", "minutetaker", "Minutes taken by @x", "minutes by @x", "Absentees: x", "absents",
	"Not present: @z", "not attending", "Regrets – @r", "apologies", "excused:", "Secretary: @s", "Scribe",
	"** Attendees:** @a", "- [x] Regrets: @r", "\u212Aattendees", "atte\u017Fdees", "Regret\u017F: @a", "«Chair» @x",
	"Previous minutes approved by @a, @b and @c, and merged by @d", "approved in PR#56 by @a.", "Approved by X, and merged by Y",
	"approvedby @a", "unapproved by @a", "approved @x by @a", "approved by\n@a", "approved approved by @a by @b", "approved by  and merged by @x\nmore",
	"approved by @a,\tand merged by @b", "approved by @a\n, and merged by @b", "approved by @a.", "approved by @a. More", "approved by by @a",
	"APPROVED BY @A", "appro\u212Aed by", "approved b\u212A @a", "approved\tby\t@a", "approved by   ", "approved by.",
	"Welcome – @sjn", "welcome—@sjn ", "Welcome - @sjn extra", "welcome @sjn", "WELCOME –\t@a\n", "Welcome – @", "Welcome – @a b",
	"@timlegge took minutes", "@tim-legge takes the minutes.", "@a is taking minutes", "@a took the minute", "@a  took minutes",
	"@\u212Aa took minutes", "@ took minutes", "@a took minutesx", "@a TOOK THE MINUTES",
	"@a, @b and @c", "@a and@b", "Brand and Anders", "@a nor @b", "@a ; @b &@c", " , ", "a,,b", "and", "andand and", "@a\nand\n@b", "x \v, y",
	"[@a](https://github.com/a) and [b](c)", "[a [b](c)", "[a] [b](c)", "[a](b", "[](", "](x)", "[a](b)(c)",
	"Next meeting", "nextcloud", "Elections", "elect", "Upcoming events", "prevent", "events:", "Deadline", "PREVIOUS",
	"Meeting details", "online meeting", "Agenda", "The agenda", "Minutes", "minutesx", "Meeting", "meetings", "bi-weekly",
	"Next meeting: 2024-01-01", "Time: 16:00", "Timeline", "Meeting was on Tuesday", "meeting is on", "meeting was once",
	"Attending", "Present", "participants",
}

func TestPatternsMatchTheirExpressions(t *testing.T) {
	inputs := append(append(tricky, matchtest.Lines(t)...), matchtest.Texts(1, 30000, patternWords)...)
	group := func(re *regexp.Regexp, n int) func(string) []any {
		return func(s string) []any {
			m := re.FindStringSubmatch(s)
			if m == nil {
				return []any{"", false}
			}
			return []any{m[n], true}
		}
	}
	matchtest.Compare(t, "classify", inputs, func(s string) []any {
		for _, p := range oldLabelPatterns {
			if m := p.re.FindStringIndex(s); m != nil {
				return []any{p.role, m[1]}
			}
		}
		return []any{NoRole, 0}
	}, func(s string) []any {
		for _, p := range labelPatterns {
			if end, ok := match.PrefixFold(s, 0, p.words...); ok {
				return []any{p.role, end}
			}
		}
		return []any{NoRole, 0}
	})
	matchtest.Compare(t, "approvedBy", inputs, group(oldApprovalRe, 1), pair(approvedBy))
	matchtest.Compare(t, "welcomeChair", inputs, group(oldWelcomeRe, 1), pair(welcomeChair))
	matchtest.Compare(t, "minutesTaker", inputs, group(oldTookMinutesRe, 1), pair(minutesTaker))
	matchtest.Compare(t, "splitList", inputs, func(s string) []string { return oldNamesSep.Split(s, -1) }, splitList)
	matchtest.Compare(t, "replaceLinks", inputs, func(s string) string { return oldLinkRe.ReplaceAllString(s, "$1") }, replaceLinks)
	matchtest.Compare(t, "labelEnd", inputs, func(s string) []any {
		if m := oldLabelEndRe.FindStringIndex(s); m != nil {
			return []any{m[1], true}
		}
		return []any{0, false}
	}, func(s string) []any { end, ok := labelEnd(s); return []any{end, ok} })
	matchtest.Compare(t, "approvalNames", inputs, func(s string) []any {
		if m := oldApprovalNamesRe.FindStringSubmatchIndex(s); m != nil {
			return []any{m[4], m[5], true}
		}
		return []any{0, 0, false}
	}, func(s string) []any { start, end, ok := approvalNames(s); return []any{start, end, ok} })
	for _, p := range []struct {
		name string
		re   *regexp.Regexp
		f    func(string) bool
	}{
		{"mentionsAttendance", oldAttendanceRe, mentionsAttendance},
		{"isAboutNext", oldNextRe, isAboutNext},
		{"mentionsOtherDate", oldOtherDateRe, mentionsOtherDate},
		{"isMeetingDetails", oldDetailsRe, isMeetingDetails},
		{"isNextLine", oldNextLineRe, isNextLine},
		{"saysMeetingWas", oldMeetingWasRe, saysMeetingWas},
	} {
		matchtest.Compare(t, p.name, inputs, p.re.MatchString, p.f)
	}
}

func pair(f func(string) (string, bool)) func(string) []any {
	return func(s string) []any { v, ok := f(s); return []any{v, ok} }
}

func TestPatterns(t *testing.T) {
	if got := splitList("@a, @b and @c & @d"); len(got) != 4 || got[3] != "@d" {
		t.Errorf("splitList = %q", got)
	}
	if got, _ := approvedBy("Previous minutes approved by @a, and merged by @b"); got != " @a, and merged by @b" {
		t.Errorf("approvedBy = %q", got)
	}
	s := "approved in PR#56 by @a and @b."
	if start, end, _ := approvalNames(s); s[start:end] != "@a and @b" {
		t.Errorf("approvalNames = %q", s[start:end])
	}
	if h, _ := welcomeChair("Welcome – @sjn"); h != "@sjn" {
		t.Errorf("welcomeChair = %q", h)
	}
	if end, _ := labelEnd("- Attendees – @a"); end != len("- Attendees – ") {
		t.Errorf("labelEnd = %d", end)
	}
	if got := replaceLinks("[@a](https://github.com/a) and [b](c)"); got != "@a and b" {
		t.Errorf("replaceLinks = %q", got)
	}
}

func TestTimeHeading(t *testing.T) {
	for title, want := range map[string]bool{
		"Meeting start": true, "Start": true, "Begin": true, "Meeting end": true, "End": true,
		"Agenda": false, "Weekend plans": false, "Restart of the CNA": false, "Ending support": false,
	} {
		if got := TimeHeading(title); got != want {
			t.Errorf("TimeHeading(%q) = %v, want %v", title, got, want)
		}
	}
}
