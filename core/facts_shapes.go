package core

import (
	"strings"

	"github.com/cpansec/minutes/core/when"
)

// Facts in the shapes other groups write them: a section named for the
// date ("## DateTime and location", "## Date Sept 21 2020"), a time on a
// line of its own ("- **Time:** 8:30 AM PDT", "Time: 8 AM PST = …",
// "**When**: November 27, 5pm-6pm UTC"), converted to UTC.

// namesDate reports whether a section title names the meeting's date or
// time: it starts with "Date", "DateTime", "When" or "Time".
func namesDate(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	for _, w := range []string{"date", "when", "time"} {
		if rest, ok := strings.CutPrefix(t, w); ok && (rest == "" || !isWordByte(rest[0]) || w == "date" && strings.HasPrefix(rest, "time")) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// timeLabels start a line that gives the meeting's time.
var timeLabels = []string{"time", "when", "meeting time", "datetime", "date and time", "date & time"}

// addTimeLine keeps the time of the first line that starts with a time
// label ("Time:", "When:"), for minutes that give no time with their date.
func (f *Facts) addTimeLine(line string) {
	if f.timeFound {
		return
	}
	t := strings.TrimLeft(stripMarkup(line), " \t*-")
	lower := strings.ToLower(t)
	for _, l := range timeLabels {
		rest, ok := strings.CutPrefix(lower, l)
		if !ok || rest == "" || isWordByte(rest[0]) {
			continue
		}
		if ts := when.FindTimes(t[len(l):]); len(ts) > 0 {
			f.timeLine, f.timeFound = ts[0].Clock, true
		}
		return
	}
}

// IsLog reports whether the minutes record several meetings, each under
// its own dated heading or line (a year's archive of meeting notes, the
// days of a conference, a table of contents): three or more headings with
// different dates. Their dates differ by design: lint does not compare
// them and an agenda moves only the meeting's own.
func (f *Facts) IsLog() bool {
	seen := map[string]bool{}
	for _, st := range f.Dates {
		if st.From != "file name" && st.From != "meeting_time" && st.When.HasYear() {
			seen[st.When.DateString()] = true
		}
	}
	return len(seen) >= 3
}

// inUTC converts the meeting's time to UTC when it is written in a zone
// the when package knows ("8:30 AM PDT", "13:00-17:00 JST"); a time in
// another zone, or without one, stays as written.
func (f *Facts) inUTC() {
	if !f.When.HasTime {
		return
	}
	if c, ok := f.When.Clock.UTC(f.When); ok {
		f.When = f.When.WithClock(c)
	}
}
