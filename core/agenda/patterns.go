package agenda

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/internal/match"
)

// The hand-written matchers of this file replace regular expressions (the
// WebAssembly build keeps regexp out of the code it owns: see
// core/internal/match). Each says which expression it matches exactly as
// Go's regexp did; patterns_test.go compares them.

// isApprovalTitle matches (?i)\bapprov.
func isApprovalTitle(s string) bool { return match.AnyFold(s, `\bapprov`) }

// isAgendaTitle matches (?i)^(agenda\b|meeting details).
func isAgendaTitle(s string) bool { return match.AnyFold(s, `^agenda\b`, `^meeting details`) }

// isAttendanceTitle matches (?i)attend|regrets|absent|present|participants.
func isAttendanceTitle(s string) bool {
	return match.AnyFold(s, "attend", "regrets", "absent", "present", "participants")
}

// isApprovalSection is the title of the approvals section added.
func isApprovalSection(s string) bool { return s == approvalTitle }

// isStartTitle is core's rule for a meeting-start heading.
func isStartTitle(s string) bool { return core.StartsMeeting(s) }

// isPreMeetingTitle matches (?i)\bpre-?meeting|socializ.
func isPreMeetingTitle(s string) bool {
	return match.AnyFold(s, `\bpre-meeting`, `\bpremeeting`, "socializ")
}

// isMeetingEndTitle matches (?i)\bmeeting end\b.
func isMeetingEndTitle(s string) bool { return match.AnyFold(s, `\bmeeting end\b`) }

// isEndTitle matches (?i)\bend?\b: the word "end" (or "en").
func isEndTitle(s string) bool { return match.AnyFold(s, `\bend\b`, `\ben\b`) }

// labelEnd returns the end of the label at the start of an item that
// names a role, with its separator (what stays when the names go): the
// match of (?i)^\W*(LABELS|welcome)\b[ \t]*([:–—-])? with LABELS as
// match.RoleLabels.
func labelEnd(raw string) (int, bool) {
	words := make([]string, 0, len(match.RoleLabels)+1)
	for _, w := range append(match.RoleLabels, "welcome") {
		words = append(words, w+`\b`)
	}
	i, ok := match.PrefixFold(raw, match.SkipNonWordFold(raw, 0), words...)
	if !ok {
		return 0, false
	}
	i = match.SkipBlanks(raw, i)
	return i + dashOrColon(raw[i:]), true
}

// dashOrColon returns the length of the ':', '–', '—' or '-' s starts
// with, or 0.
func dashOrColon(s string) int {
	for _, sep := range []string{":", "–", "—", "-"} {
		if strings.HasPrefix(s, sep) {
			return len(sep)
		}
	}
	return 0
}

// nextRoleWords are the role labels of nextRoleEnd.
var nextRoleWords = []string{
	`meeting chair\b`, `meeting organiser\b`, `meeting organizer\b`, `meeting secretary\b`, `meeting scribe\b`,
	`chair\b`, `organiser\b`, `organizer\b`, `secretary\b`, `scribe\b`,
}

// nextRoleEnd returns the end of a label of the next meeting's organizer
// or secretary ("- Organizer: @oalders" in the 2024 early format): the
// match of (?i)^\W*(meeting )?(chair|organi[sz]er|secretary|scribe)\b[ \t]*[:–—-][ \t]*.
func nextRoleEnd(raw string) (int, bool) {
	start := match.SkipNonWordFold(raw, 0)
	for _, w := range nextRoleWords {
		i, ok := match.PrefixFold(raw, start, w)
		if !ok {
			continue
		}
		i = match.SkipBlanks(raw, i)
		if n := dashOrColon(raw[i:]); n > 0 {
			return match.SkipBlanks(raw, i+n), true
		}
	}
	return 0, false
}

// isoLinks returns the matches of the date and time of timeanddate.com
// converter links ("iso=20240718T170000"), as
// FindAllStringSubmatchIndex of iso=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})
// returned them.
func isoLinks(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		k := strings.Index(s[i:], "iso=")
		if k < 0 {
			return out
		}
		start := i + k
		p := start + len("iso=")
		m := []int{start, 0}
		for n, width := range []int{4, 2, 2, 2, 2, 2} {
			if n == 3 {
				if p >= len(s) || s[p] != 'T' {
					break
				}
				p++
			}
			if digits(s, p) < width {
				m = nil
				break
			}
			m = append(m, p, p+width)
			p += width
		}
		if len(m) == 14 {
			m[1] = p
			out = append(out, m)
			i = p
		} else {
			i = start + 1
		}
	}
}

// digits returns how many ASCII digits s has from i.
func digits(s string, i int) int {
	n := 0
	for i+n < len(s) && '0' <= s[i+n] && s[i+n] <= '9' {
		n++
	}
	return n
}

// linkDates returns the matches of the date and time in the query of a
// timeanddate.com link ("year=2024&month=2&day=24&hour=15&min=0"), as
// FindAllStringSubmatchIndex of
// year=(\d{4})(&(?:amp;)?)month=(\d{1,2})(&(?:amp;)?)day=(\d{1,2})(?:(&(?:amp;)?)hour=(\d{1,2})(&(?:amp;)?)min=(\d{1,2}))?
// returned them (the time's groups are -1 when it is missing).
func linkDates(s string) [][]int {
	var out [][]int
	for i := 0; ; {
		k := strings.Index(s[i:], "year=")
		if k < 0 {
			return out
		}
		start := i + k
		if m := linkDateAt(s, start); m != nil {
			out = append(out, m)
			i = m[1]
		} else {
			i = start + 1
		}
	}
}

// linkDateAt matches the link query at start, which holds "year=".
func linkDateAt(s string, start int) []int {
	p := start + len("year=")
	if digits(s, p) < 4 {
		return nil
	}
	m := []int{start, 0, p, p + 4}
	p += 4
	// month and day: "&month=" or "&amp;month=", one or two digits.
	for _, name := range []string{"month=", "day="} {
		sep, ok := querySep(s, p, name)
		if !ok {
			return nil
		}
		p += sep
		// One or two digits (the month's then need the '&' of the day).
		n := min(digits(s, p+len(name)), 2)
		if n == 0 {
			return nil
		}
		m = append(m, p-sep, p, p+len(name), p+len(name)+n)
		p += len(name) + n
	}
	m[1] = p
	// The time is optional: its groups are -1 when it does not match.
	if t := linkTimeAt(s, p); t != nil {
		m[1] = t[len(t)-1]
		return append(m, t...)
	}
	return append(m, -1, -1, -1, -1, -1, -1, -1, -1)
}

// linkTimeAt matches (&(?:amp;)?)hour=(\d{1,2})(&(?:amp;)?)min=(\d{1,2})
// at p and returns its groups' offsets, or nil.
func linkTimeAt(s string, p int) []int {
	var t []int
	for _, name := range []string{"hour=", "min="} {
		sep, ok := querySep(s, p, name)
		if !ok {
			return nil
		}
		// One or two digits (the hour's then need the '&' of the minute).
		n := min(digits(s, p+sep+len(name)), 2)
		if n == 0 {
			return nil
		}
		t = append(t, p, p+sep, p+sep+len(name), p+sep+len(name)+n)
		p += sep + len(name) + n
	}
	return t
}

// querySep returns the length of the "&" or "&amp;" at p that name
// follows.
func querySep(s string, p int, name string) (int, bool) {
	for _, sep := range []string{"&amp;", "&"} {
		if strings.HasPrefix(s[p:], sep+name) {
			return len(sep), true
		}
	}
	return 0, false
}
