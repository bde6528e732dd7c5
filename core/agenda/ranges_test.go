package agenda

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// TestRangeEndMoves moves a range of days written after the next
// meeting's date with it, keeping its length; a range whose end falls in
// another month, or an end that is no day alone, is left as written.
func TestRangeEndMoves(t *testing.T) {
	for _, tt := range []struct{ next, date, want string }{
		{"Nov 19 - 21 at PayPal", "2013-12-03", "Dec 3 - 5 at PayPal"},
		{"Nov 19–21 at PayPal", "2013-12-10", "Dec 10–12 at PayPal"},
		{"Nov 19 - 21 at PayPal", "2013-12-30", "Dec 30 - 21 at PayPal"}, // Jan 1: checked by hand
		{"Nov 19 - 21st at PayPal", "2013-12-03", "Dec 3 - 21st at PayPal"},
		{"2013-11-19 - 13:00 UTC", "2013-12-03", "2013-12-03 - 13:00 UTC"},
	} {
		src := "# Notes 2013-09-19\n\nNext meeting: " + tt.next + "\n"
		d, err := core.Parse([]byte(src), core.WithName("2013-09-19.md"))
		if err != nil {
			t.Fatal(err)
		}
		w, _ := when.ParseDate(tt.date)
		// The next meeting's line gives the meeting after the new one: a
		// date after it moves the line by the cadence from there.
		r, err := Next(d, WithProfile(profile.Generic()), WithDate(w.AddDays(-14)))
		if err != nil {
			t.Fatal(err)
		}
		got := r.Doc.String()
		if !strings.Contains(got, "Next meeting: "+tt.want+"\n") {
			t.Errorf("%q moved to %s: got\n%s", tt.next, tt.date, got)
		}
	}
}
