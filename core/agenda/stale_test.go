package agenda

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

func TestMarkStale(t *testing.T) {
	src := "---\nmeeting_time: \"2025-03-05 16:00 UTC\"\n---\n\n## Items\n\n" +
		"- [ ] @a - long carried topic\n" +
		"- [ ] @b - short topic\n" +
		"- [ ] @c - marked before (carried 6 meetings)\n" +
		"- [x] @d - done topic\n" +
		"- [ ] @e - a topic\n  written on two lines\n  - [ ] a sub-item carried long\n"
	counts := map[string]int{
		"@a - long carried topic":              7,
		"@b - short topic":                     5,
		"@c - marked before":                   8,
		"@d - done topic":                      9,
		"@e - a topic\n  written on two lines": 6,
		"a sub-item carried long":              12,
	}
	d, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Default() // stale after 6 meetings
	r, err := Next(d, WithProfile(p), WithCarried(func(text string) int { return counts[text] }))
	if err != nil {
		t.Fatal(err)
	}
	got := string(r.Bytes())
	for _, want := range []string{
		"- [ ] @a - long carried topic (carried 7 meetings)\n",
		"- [ ] @b - short topic\n",
		"- [ ] @c - marked before (carried 8 meetings)\n",
		"- [ ] @e - a topic\n  written on two lines (carried 6 meetings)\n  - [ ] a sub-item carried long (carried 12 meetings)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("agenda lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "done topic") {
		t.Errorf("the checked item stayed:\n%s", got)
	}
	rep := r.Report.String()
	for _, want := range []string{`stale: added " (carried 7 meetings)"`, "stale:  (carried 6 meetings) ->  (carried 8 meetings)"} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
	// The agenda made from the agenda, with the same counts, keeps one mark.
	again, err := Next(r.Doc, WithProfile(p), WithCarried(func(text string) int { return counts[text] }))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(again.Bytes()), "(carried"); n != 4 {
		t.Errorf("%d marks after a second agenda:\n%s", n, again.Bytes())
	}
	// Without registers, nothing is marked.
	plain, err := Next(d, WithProfile(p))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(string(plain.Bytes()), "(carried") != 1 {
		t.Errorf("marks without registers:\n%s", plain.Bytes())
	}
}

func TestStripCarried(t *testing.T) {
	for _, c := range []struct {
		in, text string
		n        int
	}{
		{"@a - topic (carried 7 meetings)", "@a - topic", 7},
		{"@a - topic", "@a - topic", 0},
		{"@a - (carried 7 meetings) in the middle", "@a - (carried 7 meetings) in the middle", 0},
	} {
		if text, n := StripCarried(c.in); text != c.text || n != c.n {
			t.Errorf("StripCarried(%q) = %q, %d", c.in, text, n)
		}
	}
}
