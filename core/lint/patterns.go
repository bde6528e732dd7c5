package lint

import (
	"strings"

	"github.com/cpansec/minutes/core/internal/lazyre"
)

// The regular expressions of the checks. They compile on first use (see
// core/internal/lazyre); patterns_test.go holds a table of real lines for
// each. The checks run them on every line, so each first looks for a
// word its expression cannot match without.

var (
	notDateRe     = lazyre.New(`chair|secretar|organi[sz]er|deputy|agenda|scribe|['’]s\b`)
	placeholderRe = lazyre.New(`@?\bFIXME\b|\bXXX+\b`)
	byLetterRe    = lazyre.New(`(?i:approved|merged)\b[^.\n]*?\bby ([XYZ])\b`)
	ellipsisRe    = lazyre.New(`^(?:[^:]{1,40}:\s*)?(…|\.\.\.)$`)
	bareLabelRe   = lazyre.New(`^[^:\n]{1,40}:$`)
)

// isAboutOtherThanDate marks "next meeting" lines about something else
// than its date (who chairs it, its agenda).
func isAboutOtherThanDate(s string) bool { return notDateRe().MatchString(s) }

// placeholderWords finds template words: FIXME (also as @FIXME) and XXX.
func placeholderWords(s string) [][]int {
	if !strings.Contains(s, "FIXME") && !strings.Contains(s, "XXX") {
		return nil
	}
	return placeholderRe().FindAllStringIndex(s, -1)
}

// byLetters finds the template's "approved by X, and merged by Y": each
// match's start and end, then the letter's.
func byLetters(s string) [][]int {
	if !strings.Contains(s, "by ") {
		return nil
	}
	return byLetterRe().FindAllStringSubmatchIndex(s, -1)
}

// ellipsis finds a text that is only "…" or "...", alone or after a
// label ("Chair: …"), and returns where the dots start.
func ellipsis(s string) (start int, ok bool) {
	if !strings.HasSuffix(s, "…") && !strings.HasSuffix(s, "...") {
		return 0, false
	}
	m := ellipsisRe().FindStringSubmatchIndex(s)
	if m == nil {
		return 0, false
	}
	return m[2], true
}

// isBareLabel reports whether an item text is only a label ("Meeting
// chair:", "**Time**:").
func isBareLabel(s string) bool { return strings.HasSuffix(s, ":") && bareLabelRe().MatchString(s) }
