package when

import "strings"

// The scanners below read s at byte offset i and return where they stopped.
// They never look further than a few bytes past what they accept, which
// keeps every search linear in the length of its input.

// nbsp is U+00A0 NO-BREAK SPACE in UTF-8, common in minutes pasted from a
// web pad.
const nbsp = "\u00a0"

// maxBlanks is the most blanks accepted between two words of a date.
const maxBlanks = 3

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }

// boundaryBefore reports whether a word or number may start at i: at the
// start of s or after a byte that is not an ASCII letter or digit.
func boundaryBefore(s string, i int) bool { return i == 0 || !isAlnum(s[i-1]) }

// endsWord reports whether a word or number ending at i ends there: at the
// end of s or before a byte that is not an ASCII letter or digit.
func endsWord(s string, i int) bool { return i >= len(s) || !isAlnum(s[i]) }

// blanks skips at most max spaces, tabs and no-break spaces from i and
// returns the new offset and how many it skipped.
func blanks(s string, i, max int) (end, n int) {
	for n < max && i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case strings.HasPrefix(s[i:], nbsp):
			i += len(nbsp)
		default:
			return i, n
		}
		n++
	}
	return i, n
}

// allBlanks skips every space, tab and no-break space from i.
func allBlanks(s string, i int) int {
	for {
		j, n := blanks(s, i, 1)
		if n == 0 {
			return i
		}
		i = j
	}
}

// word returns the end of the run of ASCII letters starting at i.
func word(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// number reads between min and max decimal digits at i. It fails when fewer
// than min digits are there or when more than max digits follow in a row.
func number(s string, i, min, max int) (n, end int, ok bool) {
	j := i
	for j < len(s) && j-i < max && isDigit(s[j]) {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i < min || (j < len(s) && isDigit(s[j])) {
		return 0, i, false
	}
	return n, j, true
}

// hasWordAt reports whether the word w (ASCII, matched case-insensitively)
// is at i and ends there.
func hasWordAt(s string, i int, w string) bool {
	return len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) && endsWord(s, i+len(w))
}
