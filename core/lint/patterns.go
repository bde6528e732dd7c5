package lint

import (
	"strings"
	"unicode/utf8"

	"github.com/cpansec/minutes/core/internal/match"
)

// The hand-written matchers of this file replace regular expressions (the
// WebAssembly build keeps regexp out of the code it owns: see
// core/internal/match). Each says which expression it matches exactly as
// Go's regexp did; patterns_test.go compares them.

// isAboutOtherThanDate marks "next meeting" lines about something else
// than its date (who chairs it, its agenda): it matches
// chair|secretar|organi[sz]er|deputy|agenda|scribe|['’]s\b.
func isAboutOtherThanDate(s string) bool {
	return match.Any(s, "chair", "secretar", "organiser", "organizer", "deputy", "agenda", "scribe", `'s\b`, `’s\b`)
}

// placeholderWords finds template words, FIXME (also as @FIXME) and XXX,
// as FindAllStringIndex of @?\bFIXME\b|\bXXX+\b did.
func placeholderWords(s string) [][]int {
	var out [][]int
	for i := 0; i < len(s); {
		end := -1
		switch {
		case s[i] == '@' && isFixme(s, i+1):
			end = i + len("@FIXME")
		case isFixme(s, i):
			end = i + len("FIXME")
		default:
			end = xxxEnd(s, i)
		}
		if end < 0 {
			i++
			continue
		}
		out = append(out, []int{i, end})
		i = end
	}
	return out
}

// isFixme reports whether \bFIXME\b matches at i.
func isFixme(s string, i int) bool {
	return strings.HasPrefix(s[i:], "FIXME") && match.Boundary(s, i) && match.Boundary(s, i+len("FIXME"))
}

// xxxEnd returns the end of \bXXX+\b at i, or -1.
func xxxEnd(s string, i int) int {
	end := i
	for end < len(s) && s[end] == 'X' {
		end++
	}
	if end-i < 3 || !match.Boundary(s, i) || !match.Boundary(s, end) {
		return -1
	}
	return end
}

// byLetters finds the template's "approved by X, and merged by Y", as
// FindAllStringSubmatchIndex of
// (?i:approved|merged)\b[^.\n]*?\bby ([XYZ])\b did: each match's start
// and end, then the letter's.
func byLetters(s string) [][]int {
	var out [][]int
	failedStop := -1 // no "by X" between a failed word and this offset
	for i := 0; i < len(s); {
		start, end := nextApprovedOrMerged(s, i)
		if start < 0 {
			break
		}
		stop := strings.IndexAny(s[end:], ".\n")
		if stop < 0 {
			stop = len(s)
		} else {
			stop += end
		}
		if stop != failedStop {
			if letter := byLetterIn(s, end, stop); letter >= 0 {
				out = append(out, []int{start, letter + 1, letter, letter + 1})
				i = letter + 1
				continue
			}
			failedStop = stop
		}
		i = start + 1
	}
	return out
}

// nextApprovedOrMerged returns the first (?i:approved|merged)\b from i.
func nextApprovedOrMerged(s string, i int) (start, end int) {
	start, end = match.IndexFrom(s, i, len(s), `approved\b`, true)
	if ms, me := match.IndexFrom(s, i, len(s), `merged\b`, true); ms >= 0 && (start < 0 || ms < start) {
		start, end = ms, me
	}
	return start, end
}

// byLetterIn returns the offset of the letter of the first \bby ([XYZ])\b
// that starts in s[from:stop], or -1.
func byLetterIn(s string, from, stop int) int {
	for i := from; i < stop; i++ {
		start, end := match.IndexFrom(s, i, stop, `\bby `, false)
		if start < 0 {
			return -1
		}
		if end < len(s) && strings.IndexByte("XYZ", s[end]) >= 0 && match.Boundary(s, end+1) {
			return end
		}
		i = start
	}
	return -1
}

// ellipsis finds a text that is only "…" or "...", alone or after a
// label ("Chair: …"): it returns the start of the dots as group 1 of
// ^(?:[^:]{1,40}:\s*)?(…|\.\.\.)$.
func ellipsis(s string) (start int, ok bool) {
	dots := func(t string) bool { return t == "…" || t == "..." }
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return 0, dots(s)
	}
	if n := utf8.RuneCountInString(s[:colon]); n < 1 || n > 40 {
		return 0, false
	}
	start = match.SkipSpace(s, colon+1)
	if !dots(s[start:]) {
		return 0, false
	}
	return start, true
}

// isBareLabel reports whether an item text is only a label ("Meeting
// chair:", "**Time**:"): it matches ^[^:\n]{1,40}:$.
func isBareLabel(s string) bool {
	label, ok := strings.CutSuffix(s, ":")
	n := utf8.RuneCountInString(label)
	return ok && n >= 1 && n <= 40 && !strings.ContainsAny(label, ":\n")
}
