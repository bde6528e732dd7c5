// Package when recognises and writes the dates and times found in meeting
// minutes: the front matter field meeting_time in each of its spellings,
// titles and headings ("Minutes 2024-11-15"), body lines ("Meeting was on
// Saturday January 6th, 2024, at 12:00 UTC", "Next meeting is Wednesday
// 2024-11-27 @ 17:00UTC"), file names (cpansec-minutes-2024-11-15.md) and
// headings that start with a time ("16:00 UTC – Meeting start").
//
// The central type is [When]: a calendar date with an optional time of day.
// A date written without a year ("Wed March 13th") has Year 0; resolve it
// against a known date with [When.InYearNear].
//
// Recognised date spellings (case-insensitive month and weekday names, full
// or abbreviated, "Sept." included; the word "may" counts as a month only
// when capitalised):
//
//	2024-11-15              ISO
//	29-08-2024              day-month-year with dashes (the group's European habit)
//	February 24th, 2024     month first, optional ordinal suffix, comma and year
//	Feb 24th 2024           (also "July 03, 2024", "Sept. 30th")
//	26th October 2024       day first (also "13 Sep 2024", "12th Sep")
//
// Each may be preceded by a weekday ("Saturday", "Sat", "Thurs", "Wed,") and
// followed by a time: optional ",", then optional "at" or "@", then HH:MM
// with an optional zone ("UTC", "17:00UTC", "GMT", "Europe/Amsterdam"), or
// HHMM directly followed by a zone ("1700 UTC").
//
// Bounds: every scan is linear in the length of its input; lookahead at any
// position is bounded (at most three blanks between words), so no input
// makes the scanners slow.
package when

import (
	"fmt"
	"time"
)

// UTC is the zone text of a time in Coordinated Universal Time.
const UTC = "UTC"

// Clock is a time of day. Zone is "UTC" for a UTC time, the zone as written
// for another ("Europe/Amsterdam"), or "" when the text named none.
type Clock struct {
	Hour, Minute int
	Zone         string
}

// String returns the clock as "HH:MM UTC", or "HH:MM" when it has no zone.
func (c Clock) String() string {
	if c.Zone == "" {
		return fmt.Sprintf("%02d:%02d", c.Hour, c.Minute)
	}
	return fmt.Sprintf("%02d:%02d %s", c.Hour, c.Minute, c.Zone)
}

// Valid reports whether the hour and minute are within a day.
func (c Clock) Valid() bool {
	return c.Hour >= 0 && c.Hour < 24 && c.Minute >= 0 && c.Minute < 60
}

// Add returns the clock moved by minutes, wrapping around midnight. The
// zone is kept.
func (c Clock) Add(minutes int) Clock {
	m := ((c.Hour*60+c.Minute+minutes)%(24*60) + 24*60) % (24 * 60)
	return Clock{Hour: m / 60, Minute: m % 60, Zone: c.Zone}
}

// When is a calendar date with an optional time of day. The zero value is
// "no date".
type When struct {
	// Year is 0 when the text gave no year.
	Year  int
	Month time.Month
	Day   int
	// HasTime reports whether Clock holds a time of day.
	HasTime bool
	Clock   Clock
}

// Date returns the date year-month-day without a time.
func Date(year int, month time.Month, day int) When {
	return When{Year: year, Month: month, Day: day}
}

// At returns the date year-month-day at hour:minute UTC.
func At(year int, month time.Month, day, hour, minute int) When {
	return When{Year: year, Month: month, Day: day, HasTime: true, Clock: Clock{hour, minute, UTC}}
}

// FromTime returns the date and time of t in UTC.
func FromTime(t time.Time) When {
	t = t.UTC()
	return At(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())
}

// IsZero reports whether w holds no date.
func (w When) IsZero() bool { return w.Month == 0 && w.Day == 0 }

// HasYear reports whether the year is known.
func (w When) HasYear() bool { return w.Year != 0 }

// Valid reports whether w is a real calendar date (29 February only in a
// leap year, any year for a date without one) with a valid time, if any.
func (w When) Valid() bool {
	if w.Month < time.January || w.Month > time.December || w.Day < 1 {
		return false
	}
	year := w.Year
	if year == 0 {
		year = 2000 // a leap year: "Feb 29" without a year is possible
	}
	if w.Day > daysIn(year, w.Month) {
		return false
	}
	return !w.HasTime || w.Clock.Valid()
}

// daysIn returns the number of days in month of year.
func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// WithClock returns w at the time c.
func (w When) WithClock(c Clock) When {
	w.HasTime, w.Clock = true, c
	return w
}

// DateOnly returns w without its time.
func (w When) DateOnly() When {
	w.HasTime, w.Clock = false, Clock{}
	return w
}

// Time returns w as a time.Time: in UTC, at midnight when w has no time. A
// clock in a zone other than UTC is read as UTC too (the zone text is not a
// location this package knows). ok is false when the year is unknown.
func (w When) Time() (t time.Time, ok bool) {
	if w.Year == 0 {
		return time.Time{}, false
	}
	return time.Date(w.Year, w.Month, w.Day, w.Clock.Hour, w.Clock.Minute, 0, 0, time.UTC), true
}

// AddDays returns w moved by n days; the time is kept. The year must be
// known; a date without one is returned unchanged.
func (w When) AddDays(n int) When {
	t, ok := w.Time()
	if !ok {
		return w
	}
	t = t.AddDate(0, 0, n)
	w.Year, w.Month, w.Day = t.Year(), t.Month(), t.Day()
	return w
}

// Weekday returns the day of the week; ok is false when the year is unknown.
func (w When) Weekday() (d time.Weekday, ok bool) {
	t, ok := w.Time()
	if !ok {
		return 0, false
	}
	return t.Weekday(), true
}

// Compare returns -1, 0 or +1 as w is before, equal to or after v, comparing
// the dates and then the times (a date without a time counts as midnight).
func (w When) Compare(v When) int {
	a := [5]int{w.Year, int(w.Month), w.Day, w.Clock.Hour, w.Clock.Minute}
	b := [5]int{v.Year, int(v.Month), v.Day, v.Clock.Hour, v.Clock.Minute}
	for i := range a {
		switch {
		case a[i] < b[i]:
			return -1
		case a[i] > b[i]:
			return +1
		}
	}
	return 0
}

// SameDate reports whether w and v fall on the same calendar date; an
// unknown year matches any year.
func (w When) SameDate(v When) bool {
	if w.Month != v.Month || w.Day != v.Day {
		return false
	}
	return w.Year == 0 || v.Year == 0 || w.Year == v.Year
}

// InYearNear returns w with its year filled in when the text gave none: the
// year that puts the date closest to ref (so "January 8" written in
// December minutes lands in the next year). A w with a year, or a ref
// without one, is returned unchanged.
func (w When) InYearNear(ref When) When {
	if w.Year != 0 || ref.Year == 0 {
		return w
	}
	rt, _ := ref.DateOnly().Time()
	best, bestDist := w, time.Duration(-1)
	for y := ref.Year - 1; y <= ref.Year+1; y++ {
		c := w
		c.Year = y
		if !c.Valid() {
			continue
		}
		ct, _ := c.DateOnly().Time()
		d := ct.Sub(rt)
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
