package agenda

import (
	"regexp"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/internal/lazyre"
)

// The regular expressions that find the parts of the minutes the next
// agenda changes. They compile on first use (see core/internal/lazyre);
// patterns_test.go holds a table of real lines for each.

var (
	approvalTitleRe   = lazyre.New(`(?i)\bapprov`)
	agendaTitleRe     = lazyre.New(`(?i)^(agenda\b|meeting details)`)
	attendanceTitleRe = lazyre.New(`(?i)attend|regrets|absent|present|participants`)
	preMeetingTitleRe = lazyre.New(`(?i)\bpre-?meeting|socializ`)
	meetingEndTitleRe = lazyre.New(`(?i)\bmeeting end\b`)
	// labelRe is a role's label (core's words, and the timed format's
	// "Welcome – @sjn") with its separator, after emphasis too
	// ("**Chair**:"): what stays when the names go.
	labelRe = lazyre.New(`(?i)^\W*(?:` + core.RoleLabelExpr + `|welcome)\b(?:\W*?[:–—-])?`)
	// nextRoleRe is the label of the next meeting's organizer or
	// secretary ("- Organizer: @oalders" in the 2024 early format).
	nextRoleRe = lazyre.New(`(?i)^\W*(meeting )?(chair|organi[sz]er|secretary|scribe)\b[ \t]*[:–—-][ \t]*`)
	// isoLinkRe is the date and time of a timeanddate.com converter link
	// ("iso=20240718T170000").
	isoLinkRe = lazyre.New(`iso=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})`)
	// linkDateRe is the date and time in the query of a timeanddate.com
	// link ("year=2024&month=2&day=24&hour=15&min=0"), with the "&" or
	// "&amp;" before each field as a group to keep.
	linkDateRe = lazyre.New(`year=(\d{4})(&(?:amp;)?)month=(\d{1,2})(&(?:amp;)?)day=(\d{1,2})(?:(&(?:amp;)?)hour=(\d{1,2})(&(?:amp;)?)min=(\d{1,2}))?`)
)

// isApprovalTitle reports whether a section is about approvals.
func isApprovalTitle(s string) bool { return approvalTitleRe().MatchString(s) }

// isAgendaTitle reports whether a section holds the agenda or the
// meeting's details.
func isAgendaTitle(s string) bool { return agendaTitleRe().MatchString(s) }

// isAttendanceTitle reports whether a section says who attended.
func isAttendanceTitle(s string) bool { return attendanceTitleRe().MatchString(s) }

// isApprovalSection is the title of the approvals section added.
func isApprovalSection(s string) bool { return s == approvalTitle }

// isPreMeetingTitle reports whether a heading is the pre-meeting
// ("Pre-meeting socializing").
func isPreMeetingTitle(s string) bool { return preMeetingTitleRe().MatchString(s) }

// isMeetingEndTitle reports whether a heading is "Meeting end".
func isMeetingEndTitle(s string) bool { return meetingEndTitleRe().MatchString(s) }

// labelEnd returns the end of the label at the start of an item that
// names a role, with its separator.
func labelEnd(raw string) (int, bool) { return end(labelRe(), raw) }

// nextRoleEnd returns where the handle starts after a label of the next
// meeting's organizer or secretary.
func nextRoleEnd(raw string) (int, bool) { return end(nextRoleRe(), raw) }

// end returns the end of re's first match in s.
func end(re *regexp.Regexp, s string) (int, bool) {
	m := re.FindStringIndex(s)
	if m == nil {
		return 0, false
	}
	return m[1], true
}

// isoLinks returns the submatch offsets of every isoLinkRe in s.
func isoLinks(s string) [][]int { return isoLinkRe().FindAllStringSubmatchIndex(s, -1) }

// linkDates returns the submatch offsets of every linkDateRe in s (the
// time's groups are -1 when it is missing).
func linkDates(s string) [][]int { return linkDateRe().FindAllStringSubmatchIndex(s, -1) }
