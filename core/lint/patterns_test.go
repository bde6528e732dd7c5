package lint

import (
	"fmt"
	"testing"
)

// The lines of these tables are the minutes' and templates' own, with a
// few that the expressions must refuse.

func TestPatterns(t *testing.T) {
	const forty = "a label of forty characters, exactly  .."
	for _, p := range []struct {
		name     string
		f        func(string) bool
		yes, not []string
	}{
		{"isAboutOtherThanDate", isAboutOtherThanDate,
			[]string{"next meeting: @a chairs", "next meeting agenda", "next meeting’s date", "next meeting's secretary"},
			[]string{"next meeting: 2024-07-18", "next meeting'sx", "Chair"}},
		{"isBareLabel", isBareLabel,
			[]string{"Meeting chair:", "**Time**:", "é:", forty + ":"},
			[]string{":", "a::", "a\nb:", forty + "x:", "Chair: @a"}},
	} {
		for _, s := range p.yes {
			if !p.f(s) {
				t.Errorf("%s(%q) = false", p.name, s)
			}
		}
		for _, s := range p.not {
			if p.f(s) {
				t.Errorf("%s(%q) = true", p.name, s)
			}
		}
	}
	for in, want := range map[string]string{
		"Chair: FIXME":                   "[[7 12]]",
		"approved in PR# FIXME by FIXME": "[[16 21] [25 30]]",
		"@FIXME, XXX and XXXX":           "[[0 6] [8 11] [16 20]]",
		"FIXMEs, _FIXME, XX, aXXX":       "[]",
	} {
		if got := fmt.Sprint(placeholderWords(in)); got != want {
			t.Errorf("placeholderWords(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"Previous minutes approved by X, and merged by Y": "[[17 30 29 30] [36 47 46 47]]",
		"approved by x":   "[]",
		"approved. by X":  "[]",
		"approved\nby X":  "[]",
		"approvedby X":    "[]",
		"APPROVED by Y":   "[[0 13 12 13]]",
		"approved by XY":  "[]",
		"unapproved by Z": "[[2 15 14 15]]",
	} {
		if got := fmt.Sprint(byLetters(in)); got != want {
			t.Errorf("byLetters(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]int{
		"…": 0, "...": 0, "Chair: …": 7, "Chair:\t\n...": 8, "Secretary: …": 11,
		"....": -1, "Chair: … ": -1, ": …": -1, "a:b: …": -1, forty + "x: …": -1,
	} {
		start, ok := ellipsis(in)
		if ok != (want >= 0) || ok && start != want {
			t.Errorf("ellipsis(%q) = %d, %v; want %d", in, start, ok, want)
		}
	}
}
