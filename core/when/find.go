package when

import (
	"strings"
	"time"
)

// Form is the spelling of a date found in text.
type Form int

// The date spellings Find recognises.
const (
	FormISO      Form = iota + 1 // 2024-11-15
	FormDMY                      // 29-08-2024
	FormMonthDay                 // February 24th, 2024
	FormDayMonth                 // 26th October 2024
	FormYMD                      // 2019.10.17, 2021/12/09, 2019-9-25: year first, another separator or no padding
)

// String returns the name of the form.
func (f Form) String() string {
	switch f {
	case FormISO:
		return "YYYY-MM-DD"
	case FormDMY:
		return "DD-MM-YYYY"
	case FormMonthDay:
		return "Month Day, Year"
	case FormDayMonth:
		return "Day Month Year"
	case FormYMD:
		return "YYYY.MM.DD"
	}
	return "unknown"
}

// Match is a date found in a line of text, with its optional weekday and
// time. Offsets are byte offsets into the line; an offset pair delimits
// line[start:end].
type Match struct {
	// When is the date and time as written (Year 0 when no year was written).
	When When
	// Form is how the date was spelled.
	Form Form
	// Start and End delimit the whole match: weekday, date and time.
	Start, End int
	// Text is line[Start:End].
	Text string
	// HasWeekday reports whether a weekday was written before the date;
	// Weekday is that weekday, between WeekdayStart and WeekdayEnd.
	HasWeekday               bool
	Weekday                  time.Weekday
	WeekdayStart, WeekdayEnd int
	// DateStart and DateEnd delimit the date proper.
	DateStart, DateEnd int
	// TimeStart and TimeEnd delimit the time and zone, when When.HasTime.
	TimeStart, TimeEnd int
}

// WeekdayOK reports whether the weekday written before the date is the
// date's weekday. It is true when no weekday was written, and when the year
// is neither written nor resolvable from ref (pass the zero When when there
// is no reference date).
func (m Match) WeekdayOK(ref When) bool {
	if !m.HasWeekday {
		return true
	}
	d, ok := m.When.InYearNear(ref).Weekday()
	return !ok || d == m.Weekday
}

// Find returns every date in line, in order, with the weekday written
// before it and the time written after it. Matches do not overlap. See the
// package documentation for the spellings recognised.
func Find(line string) []Match {
	var out []Match
	for i := 0; i < len(line); i++ {
		if !boundaryBefore(line, i) || !isAlnum(line[i]) {
			continue
		}
		if m, ok := matchAt(line, i); ok {
			out = append(out, m)
			i = m.End - 1
		}
	}
	return out
}

// First returns the first date in line.
func First(line string) (Match, bool) {
	for i := 0; i < len(line); i++ {
		if boundaryBefore(line, i) && isAlnum(line[i]) {
			if m, ok := matchAt(line, i); ok {
				return m, true
			}
		}
	}
	return Match{}, false
}

// DateTimeIn returns the first date in line with its time. When the date
// has no time of its own, the first time written after it in the line is
// taken, so that "Next meeting is 2024-10-16 (16 Oct 2024) @ 16:00UTC" and
// "Friday 2025-01-08 (8 Jan 2025) @ 16:00UTC (17:00 Europe/Amsterdam)"
// give the UTC meeting time.
func DateTimeIn(line string) (When, bool) {
	m, ok := First(line)
	if !ok {
		return When{}, false
	}
	w := m.When
	if !w.HasTime {
		if ts := FindTimes(line[m.End:]); len(ts) > 0 {
			w = w.WithClock(ts[0].Clock)
		}
	}
	return w, true
}

// matchAt reads a date, with an optional weekday before it and an optional
// time after it, starting exactly at i.
func matchAt(s string, i int) (Match, bool) {
	if isLetter(s[i]) {
		e := word(s, i)
		if d, abbrev, ok := weekdayWord(s[i:e]); ok {
			j := e
			if abbrev && j < len(s) && s[j] == '.' {
				j++
			}
			if j < len(s) && s[j] == ',' {
				j++
			}
			if k, n := blanks(s, j, maxBlanks); n > 0 {
				if m, ok := dateAt(s, k); ok {
					m.Start, m.HasWeekday, m.Weekday = i, true, d
					m.WeekdayStart, m.WeekdayEnd = i, e
					m.Text = s[m.Start:m.End]
					return m, true
				}
			}
		}
	}
	return dateAt(s, i)
}

// dateAt reads a date and an optional time starting exactly at i.
func dateAt(s string, i int) (Match, bool) {
	var w When
	var end int
	var form Form
	var ok bool
	if i >= len(s) {
		return Match{}, false
	}
	if isDigit(s[i]) {
		form = FormISO
		if w, end, ok = isoAt(s, i); !ok {
			form = FormYMD
			w, end, ok = ymdAt(s, i)
		}
		if !ok {
			form = FormDMY
			if w, end, ok = dmyAt(s, i); !ok {
				form = FormDayMonth
				w, end, ok = dayFirstAt(s, i)
			}
		}
	} else {
		form = FormMonthDay
		w, end, ok = monthFirstAt(s, i)
	}
	if !ok || !w.Valid() {
		return Match{}, false
	}
	m := Match{When: w, Form: form, Start: i, End: end, DateStart: i, DateEnd: end}
	if c, ts, te, ok := timeAfter(s, end); ok {
		m.When = m.When.WithClock(c)
		m.TimeStart, m.TimeEnd, m.End = ts, te, te
	}
	m.Text = s[m.Start:m.End]
	return m, true
}

// isoAt reads YYYY-MM-DD.
func isoAt(s string, i int) (When, int, bool) {
	y, j, ok := number(s, i, 4, 4)
	if !ok || y < 1000 || j >= len(s) || s[j] != '-' {
		return When{}, i, false
	}
	m, j, ok := number(s, j+1, 2, 2)
	if !ok || j >= len(s) || s[j] != '-' {
		return When{}, i, false
	}
	d, j, ok := number(s, j+1, 2, 2)
	if !ok || !endsWord(s, j) {
		return When{}, i, false
	}
	return Date(y, time.Month(m), d), j, true
}

// ymdAt reads a year-first date that is not strict ISO: the year, then
// month and day of one or two digits, separated by one of "-", "." or "/"
// used twice ("2019.10.17" in Rust's minutes, "2021/12/09" in Ruby's,
// "2019-9-25"). A fourth number after another separator ("2019.10.17.1")
// makes it a version, not a date.
func ymdAt(s string, i int) (When, int, bool) {
	y, j, ok := number(s, i, 4, 4)
	if !ok || y < 1000 || j >= len(s) || strings.IndexByte("-./", s[j]) < 0 {
		return When{}, i, false
	}
	sep := s[j]
	m, j, ok := number(s, j+1, 1, 2)
	if !ok || j >= len(s) || s[j] != sep {
		return When{}, i, false
	}
	d, j, ok := number(s, j+1, 1, 2)
	if !ok || !endsWord(s, j) || j+1 < len(s) && s[j] == sep && isDigit(s[j+1]) {
		return When{}, i, false
	}
	return Date(y, time.Month(m), d), j, true
}

// dmyAt reads DD-MM-YYYY (day first, as the group writes it).
func dmyAt(s string, i int) (When, int, bool) {
	d, j, ok := number(s, i, 1, 2)
	if !ok || j >= len(s) || s[j] != '-' {
		return When{}, i, false
	}
	m, j, ok := number(s, j+1, 1, 2)
	if !ok || j >= len(s) || s[j] != '-' {
		return When{}, i, false
	}
	y, j, ok := number(s, j+1, 4, 4)
	if !ok || y < 1000 || !endsWord(s, j) {
		return When{}, i, false
	}
	return Date(y, time.Month(m), d), j, true
}

// dayAt reads a day of the month with an optional ordinal suffix: "6",
// "06", "6th", "22nd".
func dayAt(s string, i int) (day, end int, ok bool) {
	d, j, ok := number(s, i, 1, 2)
	if !ok || d < 1 || d > 31 {
		return 0, i, false
	}
	if len(s)-j >= 2 {
		switch sfx := s[j : j+2]; {
		case (equalFold2(sfx, "st") || equalFold2(sfx, "nd") || equalFold2(sfx, "rd") || equalFold2(sfx, "th")) && endsWord(s, j+2):
			return d, j + 2, true
		}
	}
	if !endsWord(s, j) {
		return 0, i, false
	}
	return d, j, true
}

func equalFold2(a, b string) bool { return a[0]|0x20 == b[0] && a[1]|0x20 == b[1] }

// monthAt reads a month name at i, with the period after an abbreviation
// ("Sept.").
func monthAt(s string, i int) (time.Month, int, bool) {
	if i >= len(s) || !isLetter(s[i]) {
		return 0, i, false
	}
	e := word(s, i)
	m, abbrev, ok := monthWord(s[i:e])
	if !ok {
		return 0, i, false
	}
	if abbrev && e < len(s) && s[e] == '.' {
		e++
	}
	return m, e, true
}

// yearAfter reads an optional ", YYYY" or " YYYY" at i.
func yearAfter(s string, i int) (year, end int) {
	j := i
	if j < len(s) && s[j] == ',' {
		j++
	}
	j, n := blanks(s, j, maxBlanks)
	if n == 0 {
		return 0, i
	}
	y, k, ok := number(s, j, 4, 4)
	if !ok || y < 1000 || !endsWord(s, k) || (k < len(s) && s[k] == ':') {
		return 0, i
	}
	return y, k
}

// monthFirstAt reads "February 24th, 2024", "Feb 24th 2024", "July 03",
// "Sept. 30th".
func monthFirstAt(s string, i int) (When, int, bool) {
	m, j, ok := monthAt(s, i)
	if !ok {
		return When{}, i, false
	}
	j, n := blanks(s, j, maxBlanks)
	if n == 0 {
		return When{}, i, false
	}
	d, j, ok := dayAt(s, j)
	if !ok {
		return When{}, i, false
	}
	y, j := yearAfter(s, j)
	return Date(y, m, d), j, true
}

// dayFirstAt reads "26th October 2024", "13 Sep 2024", "12th Sep".
func dayFirstAt(s string, i int) (When, int, bool) {
	d, j, ok := dayAt(s, i)
	if !ok {
		return When{}, i, false
	}
	j, n := blanks(s, j, maxBlanks)
	if n == 0 {
		return When{}, i, false
	}
	m, j, ok := monthAt(s, j)
	if !ok {
		return When{}, i, false
	}
	y, k := yearAfter(s, j)
	if y == 0 {
		// "1 Aug 1, 2024": the month starts a month-first date; leave it be.
		if b, n := blanks(s, j, maxBlanks); n > 0 {
			if _, _, isDay := dayAt(s, b); isDay {
				return When{}, i, false
			}
		}
	}
	return Date(y, m, d), k, true
}

// timeAfter reads the time written after a date ending at i: blanks, an
// optional comma, an optional "at" or "@", then a clock. It returns where
// the clock starts and ends.
func timeAfter(s string, i int) (c Clock, start, end int, ok bool) {
	j, n := blanks(s, i, maxBlanks)
	sep := n > 0
	if j < len(s) && s[j] == ',' {
		j, _ = blanks(s, j+1, maxBlanks)
		sep = true
	}
	if hasWordAt(s, j, "at") {
		k, nb := blanks(s, j+2, maxBlanks)
		if nb == 0 {
			return Clock{}, i, i, false
		}
		j, sep = k, true
	} else if j < len(s) && s[j] == '@' {
		j, _ = blanks(s, j+1, maxBlanks)
		sep = true
	}
	if !sep || j >= len(s) {
		return Clock{}, i, i, false
	}
	c, e, ok := clockAt(s, j)
	if !ok {
		return Clock{}, i, i, false
	}
	return c, j, e, true
}

// TimeMatch is a time of day found in a line of text.
type TimeMatch struct {
	Clock Clock
	// Start and End delimit the time and its zone; Text is line[Start:End].
	Start, End int
	Text       string
}

// FindTimes returns every time of day in line ("17:00UTC", "16:00 UTC",
// "18:00 Europe/Amsterdam", "1700 UTC", "noon ET", "11a PT"), in order. Use it for lines that
// give a time without a date ("Next meeting is FIXME @ 17:00UTC").
func FindTimes(line string) []TimeMatch {
	var out []TimeMatch
	for i := 0; i < len(line); i++ {
		if !isDigit(line[i]) && line[i]|0x20 != 'n' || !boundaryBefore(line, i) {
			continue
		}
		if c, e, ok := clockAt(line, i); ok {
			out = append(out, TimeMatch{Clock: c, Start: i, End: e, Text: line[i:e]})
			i = e - 1
		}
	}
	return out
}
