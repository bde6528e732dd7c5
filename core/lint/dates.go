package lint

import (
	"errors"
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// meetingTime reports a meeting_time the website cannot use: empty,
// unreadable, without a year, not a real date, with text after the time,
// or without a time.
func (c *checker) meetingTime() {
	fld := c.d.FrontMatter.Field("meeting_time")
	if fld == nil || c.d.FrontMatter.Err != nil {
		return
	}
	off := c.valueOffset(fld.Line)
	const want = "write it as YYYY-MM-DD HH:MM UTC"
	if !fld.Scalar || strings.TrimSpace(fld.Value) == "" {
		c.add(off, "meeting-time", Error, "meeting_time is empty: the page shows no date; "+want, nil)
		return
	}
	v := fld.Value
	w, err := when.ParseMeetingTime(v)
	var extra *when.ExtraTextError
	switch {
	case errors.As(err, &extra):
		c.add(off+strings.Index(v, extra.Extra), "meeting-time", Warning,
			fmt.Sprintf("meeting_time has %q after the date and time: remove it", extra.Extra), nil)
	case w.IsZero():
		c.add(off, "meeting-time", Error, fmt.Sprintf("meeting_time %q is not a date and time the website can read: %s", v, want), nil)
	case err != nil || !w.HasYear():
		c.add(off, "meeting-time", Error, fmt.Sprintf("meeting_time %q has no year: Jekyll takes the year of the build; %s", v, want), nil)
	case !w.Valid():
		c.add(off, "meeting-time", Error, fmt.Sprintf("meeting_time %q is not a real date or time: %s", v, want), nil)
	case !w.HasTime:
		c.add(off, "meeting-time", Warning, fmt.Sprintf("meeting_time %q has no time of day: the page shows the meeting at 00:00; %s", v, want), nil)
	}
}

// valueOffset returns the offset of the value on a "key: value" line.
func (c *checker) valueOffset(line int) int {
	start := c.d.LineStart(line)
	text := c.lineText(line)
	i := strings.IndexByte(text, ':')
	if i < 0 {
		return start
	}
	i++
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	return start + i
}

// lineText returns line n of the source without its line ending.
func (c *checker) lineText(n int) string {
	start := c.d.LineStart(n)
	end := start
	for end < len(c.src) && c.src[end] != '\n' {
		end++
	}
	return strings.TrimSuffix(string(c.src[start:end]), "\r")
}

// dateMismatch reports the statements of the meeting's date that disagree
// with the date most of them state (on a tie, the most trusted one:
// meeting_time, title, headings, body, file name).
func (c *checker) dateMismatch() {
	dates := c.d.Facts().Dates
	ref, agree := consensus(dates)
	if ref == nil || c.d.Facts().IsLog() {
		return
	}
	for i := range dates {
		st := &dates[i]
		if !st.When.HasYear() || st.When.SameDate(ref.When) {
			continue
		}
		others := fmt.Sprintf("%s %s", joinSources(agree), verb(len(agree)))
		if st.From == "file name" {
			at := c.statementOffset(ref)
			c.add(at, "date-mismatch", Error, fmt.Sprintf(
				"the file name says %s, but %s %s: rename the file or correct the date",
				st.When.DateString(), others, ref.When.DateString()), nil)
			continue
		}
		c.add(c.statementOffset(st), "date-mismatch", Error, fmt.Sprintf(
			"%s says %s, but %s %s: correct whichever is wrong",
			describeSource(st.From), st.When.DateString(), others, ref.When.DateString()), nil)
	}
}

// consensus returns the statement of the date most statements agree on,
// and the sources that agree with it. On a tie the side of the file name
// wins (a file is named when it is made, while front matter and headings
// are often copied from the previous minutes unchanged), else the most
// trusted statement's.
func consensus(dates []core.DateStatement) (*core.DateStatement, []string) {
	score := map[string]int{}
	for _, o := range dates {
		if o.When.HasYear() {
			score[o.When.DateString()] += 2
			if o.From == "file name" {
				score[o.When.DateString()]++
			}
		}
	}
	var best *core.DateStatement
	for i := range dates {
		if dates[i].When.HasYear() && (best == nil || score[dates[i].When.DateString()] > score[best.When.DateString()]) {
			best = &dates[i]
		}
	}
	if best == nil {
		return nil, nil
	}
	var agree []string
	seen := map[string]bool{}
	for _, o := range dates {
		if o.When.HasYear() && o.When.SameDate(best.When) && !seen[o.From] {
			seen[o.From] = true
			agree = append(agree, o.From)
		}
	}
	return best, agree
}

// statementOffset returns where a date statement is in the source: its
// span, or for a front matter value, the date within the value.
func (c *checker) statementOffset(st *core.DateStatement) int {
	switch {
	case st.Span.End > st.Span.Start:
		return st.Span.Start
	case st.Line > 0:
		off := c.valueOffset(st.Line)
		if st.From == "title" {
			off += st.Match.Start
		}
		return off
	}
	if fld := c.d.FrontMatter.Field("meeting_time"); fld != nil {
		return c.valueOffset(fld.Line)
	}
	return 0
}

// describeSource names where a date statement is, for a message about
// that statement.
func describeSource(from string) string {
	switch from {
	case "heading":
		return "this heading"
	case "body":
		return "this line"
	case "meeting_time":
		return from
	}
	return "the " + from
}

// joinSources names the places that agree on a date.
func joinSources(s []string) string {
	names := make([]string, len(s))
	for i, f := range s {
		names[i] = f
		if f != "meeting_time" {
			names[i] = "the " + f
		}
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func verb(n int) string {
	if n == 1 {
		return "says"
	}
	return "say"
}

// weekdays reports a weekday written before a date that is not that date's
// weekday, anywhere in the front matter and the text. A date without a year
// is taken in the year nearest the meeting.
func (c *checker) weekdays() {
	ref := c.d.Facts().When
	check := func(start int, text string) {
		for _, m := range when.Find(text) {
			if !m.HasWeekday || m.WeekdayOK(ref) {
				continue
			}
			w := m.When.InYearNear(ref)
			c.add(start+m.WeekdayStart, "weekday", Error, fmt.Sprintf(
				"%s is a %s, not a %s: correct the weekday or the date",
				w.DateString(), w.WeekdayName(), m.Weekday), nil)
		}
	}
	if fm := c.d.FrontMatter; fm != nil && fm.Err == nil {
		for _, f := range fm.Fields {
			if f.Scalar {
				check(c.d.LineStart(f.Line), c.lineText(f.Line))
			}
		}
	}
	for _, l := range c.lines {
		check(l.start, l.masked)
	}
}

// nextMeeting reports minutes that do not say when the next meeting is, or
// name a date that is not after this meeting.
func (c *checker) nextMeeting() {
	f := c.d.Facts()
	suggest := c.nextSuggestion(f.When)
	if f.Next.IsZero() {
		line := c.nextMeetingLine()
		if line > 0 {
			c.addAt(line, 1, "next-meeting", Warning, "the next meeting line gives no date: write its date and time when they are known"+suggest, nil)
			return
		}
		if !c.profile.HasCadence() || !c.profile.Format.NextMeeting {
			return // a group may not write the next meeting: only its profile says it does
		}
		at := 0
		if fld := c.d.FrontMatter.Field("meeting_time"); fld != nil {
			at = c.d.LineStart(fld.Line)
		}
		c.add(at, "next-meeting", Warning, "the minutes do not say when the next meeting is: add a line \"Next meeting: DATE TIME\""+suggest, nil)
		return
	}
	if !f.When.HasYear() || f.Next.DateOnly().Compare(f.When.DateOnly()) > 0 {
		return
	}
	off := c.d.LineStart(f.NextLine)
	for _, m := range when.Find(c.lineText(f.NextLine)) {
		if m.When.InYearNear(f.When).SameDate(f.Next) {
			off += m.Start
			break
		}
	}
	c.add(off, "next-meeting", Error, fmt.Sprintf("the next meeting (%s) is not after this meeting (%s): update its date%s",
		f.Next.DateString(), f.When.DateString(), suggest), nil)
}

// nextSuggestion proposes the next meeting date from the group's cadence.
func (c *checker) nextSuggestion(w when.When) string {
	if !w.HasYear() || !c.profile.HasCadence() {
		return ""
	}
	next := w.AddDays(c.profile.Meeting.CadenceDays)
	if !next.HasTime && c.profile.HasMeetingTime() {
		next = next.WithClock(c.profile.Clock())
	}
	return fmt.Sprintf(" (the usual cadence gives %s %s)", next.WeekdayName(), next)
}

// nextMeetingLine returns the line that announces the next meeting without
// a date: a line of text starting "Next meeting", else a heading that does,
// else 0.
func (c *checker) nextMeetingLine() int {
	heading := 0
	for _, l := range c.lines {
		t := strings.TrimLeft(l.masked, " \t")
		isHeading := strings.HasPrefix(t, "#")
		t = strings.ToLower(strings.TrimLeft(t, " \t-*+#[]x0123456789.)"))
		if !strings.HasPrefix(t, "next meeting") || isAboutOtherThanDate(t) {
			continue
		}
		if !isHeading {
			return l.n
		}
		if heading == 0 {
			heading = l.n
		}
	}
	return heading
}
