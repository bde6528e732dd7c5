package lint

import (
	"regexp"
	"testing"

	"github.com/cpansec/minutes/core/internal/match/matchtest"
)

// The expressions the matchers of patterns.go replace, as they were.
var (
	oldNotDateRe     = regexp.MustCompile(`chair|secretar|organi[sz]er|deputy|agenda|scribe|['’]s\b`)
	oldPlaceholderRe = regexp.MustCompile(`@?\bFIXME\b|\bXXX+\b`)
	oldByLetterRe    = regexp.MustCompile(`(?i:approved|merged)\b[^.\n]*?\bby ([XYZ])\b`)
	oldEllipsisRe    = regexp.MustCompile(`^(?:[^:]{1,40}:\s*)?(…|\.\.\.)$`)
	oldLabelRe       = regexp.MustCompile(`^[^:\n]{1,40}:$`)
)

var patternWords = []string{
	"chair", "secretary", "organiser", "organizer", "deputy", "agenda", "scribe", "'s", "’s", "next meeting",
	"FIXME", "@FIXME", "XXX", "XXXX", "XX", "X", "approved", "merged", "unapproved", "by", "by X", "by Y", "by Z", "by x", " by ",
	"…", "...", "..", ":", ": ", "Chair", "Meeting chair", "**Time**", strings40,
}

const strings40 = "a label of forty characters, exactly  .."

var tricky = []string{
	"", "next meeting: @a chairs", "next meeting agenda", "next meeting’s date", "next meeting's", "next meeting'sx", "Chair",
	"FIXME", "@FIXME", "a@FIXME", "FIXMEs", "_FIXME", "@@FIXME", "XXX", "XXXX", "XXXa", "aXXX", "XX", "XXX XXX", "@XXX",
	"Previous minutes approved by X, and merged by Y", "approved by x", "approved by X.", "approved. by X", "approved\nby X",
	"unapproved by Z", "approvedby X", "APPROVED by Y", "approved BY X", "approved by XY", "merged by Y approved by Z",
	"approved approved by X", "approved by  X", "approved byX", "approved by X_", "appro\u212Aed by X",
	"…", "...", "....", "Chair: …", "Chair:…", "Chair:\t\n...", "Chair: … ", ": …", "a:b: …", strings40 + "x: …", strings40 + ": …",
	"Meeting chair:", "**Time**:", ":", "a::", "a\nb:", strings40 + ":", strings40 + "x:", "é:",
}

func TestPatternsMatchTheirExpressions(t *testing.T) {
	inputs := append(append(tricky, matchtest.Lines(t)...), matchtest.Texts(3, 30000, patternWords)...)
	matchtest.Compare(t, "isAboutOtherThanDate", inputs, oldNotDateRe.MatchString, isAboutOtherThanDate)
	matchtest.Compare(t, "placeholderWords", inputs, func(s string) [][]int { return oldPlaceholderRe.FindAllStringIndex(s, -1) }, placeholderWords)
	matchtest.Compare(t, "byLetters", inputs, func(s string) [][]int { return oldByLetterRe.FindAllStringSubmatchIndex(s, -1) }, byLetters)
	matchtest.Compare(t, "ellipsis", inputs, func(s string) []any {
		if m := oldEllipsisRe.FindStringSubmatchIndex(s); m != nil {
			return []any{m[2], true}
		}
		return []any{0, false}
	}, func(s string) []any {
		start, ok := ellipsis(s)
		if !ok {
			start = 0
		}
		return []any{start, ok}
	})
	matchtest.Compare(t, "isBareLabel", inputs, oldLabelRe.MatchString, isBareLabel)
}
