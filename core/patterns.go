package core

import (
	"strings"
	"unicode/utf8"

	"github.com/cpansec/minutes/core/internal/match"
)

// The hand-written matchers of this file replace regular expressions (the
// WebAssembly build keeps regexp out of the code it owns: see
// core/internal/match). Each says which expression it matches exactly as
// Go's regexp did; patterns_test.go compares them.

// The words of meeting roles, as labels at the start of a text, in the
// order of the alternations they replace (the first that fits wins):
// "(meeting )?" is tried with and then without its words, "s?" and
// "[- ]?" with and then without their character.
var (
	attendeeWords = []string{"partly attending", "partly present", "partly absent", "attendees", "attendee", "attending", "present", "participants",
		"attendance", "council members", "observers", "guests", "members", "visitors"} // other groups' words (Node.js, Rust, Electron)
	regretsWords = []string{"regrets", "apologies", "excused", "unavailable"}
	absentWords  = []string{"absents", "absent", "absentees", "not attending", "not present"}
	chairWords   = []string{"meeting chair", "meeting chaired by", "meeting organiser", "meeting organizer", "chair", "chaired by", "organiser", "organizer",
		"facilitator", "facilitated by", "moderator"}
	scribeWords = []string{
		"meeting secretary", "meeting scribe", "meeting minute-taker", "meeting minute taker", "meeting minutetaker",
		"secretary", "scribes", "scribe", "minute-taker", "minute taker", "minutetaker", "minutes taken by", "minutes by",
		"note-takers", "note-taker", "note takers", "note taker", "notetakers", "notetaker",
	}
)

// withBoundary returns words each followed by `\b`.
func withBoundary(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w + `\b`
	}
	return out
}

// isAboutNext matches (?i)\bnext\b|\belect\b.
func isAboutNext(s string) bool { return match.AnyFold(s, `\bnext\b`, `\belect\b`) }

// mentionsOtherDate matches (?i)\bnext\b|upcoming|events?\b|deadline|previous.
func mentionsOtherDate(s string) bool {
	return match.AnyFold(s, `\bnext\b`, "upcoming", `events\b`, `event\b`, "deadline", "previous")
}

// isMeetingDetails matches (?i)meeting details|online meeting|^agenda\b|^minutes\b|meeting minutes|^meeting\b|bi-weekly.
func isMeetingDetails(s string) bool {
	return match.AnyFold(s, "meeting details", "online meeting", `^agenda\b`, `^minutes\b`, "meeting minutes", `^meeting\b`, "bi-weekly")
}

// isNextLine matches (?i)^(next meeting|time)\b.
func isNextLine(s string) bool { return match.AnyFold(s, `^next meeting\b`, `^time\b`) }

// saysMeetingWas matches (?i)^meeting (was|is) on\b.
func saysMeetingWas(s string) bool {
	return match.AnyFold(s, `^meeting was on\b`, `^meeting is on\b`)
}

// mentionsAttendance matches (?i)attend|regrets|present|participants.
func mentionsAttendance(s string) bool {
	return match.AnyFold(s, "attend", "regrets", "present", "participants")
}

// eachApprovedBy calls try with the end of each "by" that
// (?i)\bapproved\b[^@\n]*?\bby\b reaches, in the order the expression
// tries them (each "approved", then each "by" after it before an '@' or
// a line break), until try returns true. A "by" that several "approved"
// reach is tried once: try would answer the same.
func eachApprovedBy(s string, try func(byEnd int) bool) bool {
	tried := 0 // every "by" before this offset has been tried
	for i := 0; i < len(s); {
		start, end := match.IndexFrom(s, i, len(s), `\bapproved\b`, true)
		if start < 0 {
			return false
		}
		stop := strings.IndexAny(s[end:], "@\n")
		if stop < 0 {
			stop = len(s)
		} else {
			stop += end
		}
		for j := max(end, tried); j < stop; {
			_, byEnd := match.IndexFrom(s, j, stop, `\bby\b`, true)
			if byEnd < 0 {
				break
			}
			if try(byEnd) {
				return true
			}
			j = byEnd
		}
		tried = max(tried, stop)
		i = start + 1
	}
	return false
}

// approvedBy returns the rest of the line after "approved ... by": the
// group of (?i)\bapproved\b[^@\n]*?\bby\b(.*).
func approvedBy(s string) (rest string, ok bool) {
	ok = eachApprovedBy(s, func(by int) bool {
		rest, _, _ = strings.Cut(s[by:], "\n")
		return true
	})
	return rest, ok
}

// approvalNames returns the span of the names in "approved by A, B and C,
// and merged by D" or "approved in PR#56 by A.": group 2 of
// (?i)(\bapproved\b[^@\n]*?\bby\b[ \t]*)(.*?)(,?\s+and merged by.*|\.?$).
// The names start after the blanks that follow "by" and end, within the
// line, at the first ", and merged by" or at a final "." or the end.
func approvalNames(s string) (start, end int, ok bool) {
	failedLine, failedFrom := -1, -1 // the scan of this line from here found nothing
	ok = eachApprovedBy(s, func(by int) bool {
		a := match.SkipBlanks(s, by)
		nl := strings.IndexByte(s[a:], '\n')
		if nl < 0 {
			nl = len(s)
		} else {
			nl += a
		}
		if nl != failedLine || a < failedFrom {
			for q := a; q <= nl; q++ {
				if mergedAt(s, q) || q == len(s) || q == len(s)-1 && s[q] == '.' {
					start, end = a, q
					return true
				}
			}
			failedLine, failedFrom = nl, a
		}
		// Giving one blank back to the names lets "\s+and merged by"
		// start on it.
		if a > by && mergedAt(s, a-1) {
			start, end = a-1, a-1
			return true
		}
		return false
	})
	return start, end, ok
}

// mergedAt reports whether ,?\s+and merged by (case folded) matches at q.
func mergedAt(s string, q int) bool {
	j := q
	if j < len(s) && s[j] == ',' {
		j++
	}
	k := match.SkipSpace(s, j)
	if k == j {
		return false
	}
	_, ok := match.HasPrefixFold(s, k, "and merged by")
	return ok
}

// welcomeChair returns the handle of "Welcome – @sjn", the 2024 timed
// format's chair: the group of (?i)^welcome\s*[–—-]\s*(@\S+)\s*$.
func welcomeChair(s string) (handle string, ok bool) {
	i, ok := match.HasPrefixFold(s, 0, "welcome")
	if !ok {
		return "", false
	}
	i = match.SkipSpace(s, i)
	dash := ""
	for _, d := range []string{"–", "—", "-"} {
		if strings.HasPrefix(s[i:], d) {
			dash = d
		}
	}
	if dash == "" {
		return "", false
	}
	i = match.SkipSpace(s, i+len(dash))
	if i >= len(s) || s[i] != '@' {
		return "", false
	}
	end := i + 1
	for end < len(s) && !match.IsSpace(s[end]) {
		end++
	}
	if end == i+1 || match.SkipSpace(s, end) != len(s) {
		return "", false
	}
	return s[i:end], true
}

// minutesTaker returns the handle of "@timlegge took minutes", the scribe:
// the group of (?i)^(@[\w-]+) (took|takes|is taking) (the )?minutes\b.
func minutesTaker(s string) (handle string, ok bool) {
	if !strings.HasPrefix(s, "@") {
		return "", false
	}
	end := 1
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !match.FoldWordRune(r) {
			break
		}
		end += size
	}
	if end == 1 || !strings.HasPrefix(s[end:], " ") {
		return "", false
	}
	verb, ok := match.PrefixFold(s, end+1, "took ", "takes ", "is taking ")
	if !ok {
		return "", false
	}
	if _, ok := match.PrefixFold(s, verb, `the minutes\b`, `minutes\b`); !ok {
		return "", false
	}
	return s[:end], true
}

// splitList splits a written list of names where namesSep,
// \s*(?:,|;|&|\band\b|\bnor\b)\s*, matches, as its Split(text, -1) did.
func splitList(text string) []string {
	if text == "" {
		return []string{""}
	}
	var out []string
	last := 0 // the end of the previous separator
	for i := 0; i < len(text); i++ {
		sepEnd := listSeparatorAt(text, i)
		if sepEnd < 0 {
			continue
		}
		start := i
		for start > last && match.IsSpace(text[start-1]) {
			start--
		}
		out = append(out, text[last:start])
		last = match.SkipSpace(text, sepEnd)
		i = last - 1
	}
	return append(out, text[last:])
}

// listSeparatorAt returns the end of ",", ";", "&" or the word "and" or
// "nor" at i, or -1.
func listSeparatorAt(s string, i int) int {
	switch s[i] {
	case ',', ';', '&':
		return i + 1
	}
	for _, w := range []string{`\band\b`, `\bnor\b`} {
		if start, end := match.IndexFrom(s, i, i+1, w, false); start == i {
			return end
		}
	}
	return -1
}

// replaceLinks turns Markdown links into their text, as
// linkRe.ReplaceAllString(s, "$1") with linkRe \[([^\]]*)\]\([^)]*\) did.
func replaceLinks(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		close := strings.IndexByte(s[i:], ']')
		if close < 0 {
			break // no ']' after this '[', so none after a later one
		}
		close += i
		if close+1 >= len(s) || s[close+1] != '(' {
			continue
		}
		paren := strings.IndexByte(s[close+2:], ')')
		if paren < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(s[i+1 : close])
		last = close + 2 + paren + 1
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// labelEnd returns where the names start in a label item's text: the end
// of the match of labelEndRe,
// (?i)^\W*(LABELS)\W*?(\s*[:–-])?[ \t]* with match.RoleLabels: after
// the label, its ":" or "-" or "–" (after \s*), and blanks.
func labelEnd(raw string) (int, bool) {
	i, ok := match.PrefixFold(raw, match.SkipNonWordFold(raw, 0), match.RoleLabels...)
	if !ok {
		return 0, false
	}
	// \W*? matches nothing: everything after it is optional.
	j := match.SkipSpace(raw, i)
	for _, sep := range []string{":", "–", "-"} {
		if strings.HasPrefix(raw[j:], sep) {
			i = j + len(sep)
			break
		}
	}
	return match.SkipBlanks(raw, i), true
}
