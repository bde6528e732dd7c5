package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
)

// TestFixAllRounds checks a fix that only shows after another (an em space
// hides a broken box), and that fixed findings keep the lines of the
// input although an earlier line was removed.
func TestFixAllRounds(t *testing.T) {
	src := "---\nmeeting_time: 2025-06-18 16:00 UTC\n---\n\n" +
		"- \n" + // line 5: empty item, removed
		"- Next meeting: 2025-07-02 16:00 UTC\n" +
		"- []\u2003x\n" + // line 7: em space, then "[]"
		"- see https://example.org\n" // line 8
	d, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	fixed, done, err := FixAll(d)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range done {
		got = append(got, fmt.Sprintf("%d %s", f.Line, f.Rule))
	}
	want := []string{"5 empty-item", "7 invisible-space", "8 bare-url", "7 broken-box"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("fixed %v, want %v", got, want)
	}
	wantSrc := "---\nmeeting_time: 2025-06-18 16:00 UTC\n---\n\n" +
		"- Next meeting: 2025-07-02 16:00 UTC\n- [ ] x\n- see <https://example.org>\n"
	if string(fixed.Bytes()) != wantSrc {
		t.Errorf("fixed source:\n%s\nwant:\n%s", fixed.Bytes(), wantSrc)
	}
	for _, f := range Check(fixed) {
		t.Errorf("left after FixAll: %d:%d: %s: %s", f.Line, f.Column, f.Rule, f.Message)
	}
}

// TestFixesSkipsOverlaps checks that Fixes leaves out a fix that overlaps
// one already taken, and reports only the findings it took.
func TestFixesSkipsOverlaps(t *testing.T) {
	fs := []Finding{
		{Line: 1, Rule: "a", Fix: core.Change{{Start: 0, End: 4, Text: "x"}}},
		{Line: 1, Rule: "b", Fix: core.Change{{Start: 2, End: 6, Text: "y"}}},
		{Line: 1, Rule: "c", Fix: core.Change{{Start: 4, End: 4, Text: "z"}}},
		{Line: 1, Rule: "d"},
	}
	change, taken := Fixes(fs)
	if len(change) != 2 || len(taken) != 2 || taken[0].Rule != "a" || taken[1].Rule != "c" {
		t.Errorf("Fixes took %v, change %v", taken, change)
	}
}

// TestUnknownHandleSubject: the handle an unknown-handle finding is about
// is data (Subject), not only words of its message.
func TestUnknownHandleSubject(t *testing.T) {
	d, err := core.Parse([]byte("# Minutes 2025-06-04\n\n- [ ] @stigstp and @nobodyknows review\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range Check(d) {
		if f.Rule == "unknown-handle" {
			got = append(got, f.Subject)
		}
	}
	if strings.Join(got, " ") != "@stigstp @nobodyknows" {
		t.Errorf("subjects %q", got)
	}
}
