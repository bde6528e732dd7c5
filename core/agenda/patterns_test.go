package agenda

import (
	"regexp"
	"testing"

	"github.com/cpansec/minutes/core/internal/match/matchtest"
)

// The expressions the matchers of patterns.go replace, as they were.
var (
	oldApprovalSectionRe = regexp.MustCompile(`(?i)\bapprov`)
	oldAgendaSectionRe   = regexp.MustCompile(`(?i)^(agenda\b|meeting details)`)
	oldAttendSectionRe   = regexp.MustCompile(`(?i)attend|regrets|absent|present|participants`)
	oldApprovalTitleRe   = regexp.MustCompile("^" + approvalTitle + "$")
	oldStartRe           = regexp.MustCompile(`(?i)\b(start|begin)`)
	oldPreRe             = regexp.MustCompile(`(?i)\bpre-?meeting|socializ`)
	oldMEndRe            = regexp.MustCompile(`(?i)\bmeeting end\b`)
	oldEndRe             = regexp.MustCompile(`(?i)\bend?\b`)
	oldLabelRe           = regexp.MustCompile(`(?i)^\W*(partly (attending|present|absent)|attendees?|attending|present|participants|attendance|council members|observers|guests|regrets|apologies|excused|unavailable|absents?|absentees|not (attending|present)|(meeting )?(chair|chaired by|organi[sz]er|secretary|scribe|minute[- ]?taker)|facilitator|facilitated by|moderator|scribes|minutes (taken )?by|note[- ]?takers?|welcome)\b[ \t]*([:–—-])?`)
	oldNextRoleRe        = regexp.MustCompile(`(?i)^\W*(meeting )?(chair|organi[sz]er|secretary|scribe)\b[ \t]*[:–—-][ \t]*`)
	oldLinkDateRe        = regexp.MustCompile(`year=(\d{4})(&(?:amp;)?)month=(\d{1,2})(&(?:amp;)?)day=(\d{1,2})(?:(&(?:amp;)?)hour=(\d{1,2})(&(?:amp;)?)min=(\d{1,2}))?`)
	oldIsoLinkRe         = regexp.MustCompile(`iso=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})`)
)

var patternWords = []string{
	"approve", "Approve previous meeting minutes", "agenda", "meeting details", "attend", "regrets", "absent", "present", "participants",
	"start", "begin", "pre-meeting", "premeeting", "socializing", "meeting end", "end", "en", "welcome", "attendees", "partly",
	"not", "chair", "chaired by", "organiser", "organizer", "secretary", "scribe", "minute-taker", "minutes taken by", "meeting",
	":", "–", "—", "-", " ", "\t", "year=", "2024", "1", "12", "123", "&", "&amp;", "month=", "day=", "hour=", "min=", "iso=", "20240718", "T", "170000",
}

var tricky = []string{
	"", "Approve previous meeting minutes", "Approval", "disapprove", "Agenda", "Agendas", "Meeting details", "The agenda",
	"16:00 UTC – Meeting start", "Beginning", "restart", "Pre-meeting socializing", "premeeting", "Meeting end", "End", "en",
	"Post-meeting socializing end", "Weekend", "Attendees: @a", "Welcome – @sjn", "welcomed", "**Chair**: @a", "Meeting chair -  @a",
	"Organizer: @oalders", "organiser:@o", "Meeting secretary — @s", "Chair @a", "chairs: @a", "\u212Aattendees",
	"https://www.timeanddate.com/worldclock/fixedtime.html?year=2024&month=2&day=24&hour=15&min=0&sec=0",
	"year=2024&amp;month=12&amp;day=5&amp;hour=7&amp;min=30", "year=20245&month=1&day=1", "year=2024&month=123&day=1",
	"year=2024&month=1&day=123&hour=1&min=1", "year=2024&month=1&day=1&hour=123&min=1", "year=2024&month=1&day=1&hour=1&min=",
	"year=2024&month=1&day=1&hour=1&min=123", "year=2024&amp;month=1&day=1&amp;hour=1&min=1", "year=year=2024&month=1&day=1",
	"iso=20240718T170000", "iso=20240718T17000", "iso=20240718t170000", "iso=iso=20240718T1700001 iso=20250101T000000",
}

func TestPatternsMatchTheirExpressions(t *testing.T) {
	inputs := append(append(tricky, matchtest.Lines(t)...), matchtest.Texts(2, 30000, patternWords)...)
	for _, p := range []struct {
		name string
		re   *regexp.Regexp
		f    func(string) bool
	}{
		{"isApprovalTitle", oldApprovalSectionRe, isApprovalTitle},
		{"isAgendaTitle", oldAgendaSectionRe, isAgendaTitle},
		{"isAttendanceTitle", oldAttendSectionRe, isAttendanceTitle},
		{"isApprovalSection", oldApprovalTitleRe, isApprovalSection},
		{"isStartTitle", oldStartRe, isStartTitle},
		{"isPreMeetingTitle", oldPreRe, isPreMeetingTitle},
		{"isMeetingEndTitle", oldMEndRe, isMeetingEndTitle},
		{"isEndTitle", oldEndRe, isEndTitle},
	} {
		matchtest.Compare(t, p.name, inputs, p.re.MatchString, p.f)
	}
	end := func(re *regexp.Regexp) func(string) []any {
		return func(s string) []any {
			if m := re.FindStringIndex(s); m != nil {
				return []any{m[1], true}
			}
			return []any{0, false}
		}
	}
	pair := func(f func(string) (int, bool)) func(string) []any {
		return func(s string) []any { n, ok := f(s); return []any{n, ok} }
	}
	matchtest.Compare(t, "labelEnd", inputs, end(oldLabelRe), pair(labelEnd))
	matchtest.Compare(t, "nextRoleEnd", inputs, end(oldNextRoleRe), pair(nextRoleEnd))
	all := func(re *regexp.Regexp) func(string) [][]int {
		return func(s string) [][]int { return re.FindAllStringSubmatchIndex(s, -1) }
	}
	matchtest.Compare(t, "linkDates", inputs, all(oldLinkDateRe), linkDates)
	matchtest.Compare(t, "isoLinks", inputs, all(oldIsoLinkRe), isoLinks)
}
