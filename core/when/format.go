package when

import (
	"fmt"
	"strconv"
)

// DateString returns the date as "YYYY-MM-DD", or "--MM-DD" (the ISO 8601
// form for a day of a year not given) when the year is unknown, or "" for
// the zero When.
func (w When) DateString() string {
	if w.IsZero() {
		return ""
	}
	if w.Year == 0 {
		return fmt.Sprintf("--%02d-%02d", int(w.Month), w.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d", w.Year, int(w.Month), w.Day)
}

// TimeString returns the time as "HH:MM UTC" (see [Clock.String]), or ""
// when w has no time.
func (w When) TimeString() string {
	if !w.HasTime {
		return ""
	}
	return w.Clock.String()
}

// String returns "YYYY-MM-DD HH:MM UTC", or the date alone when w has no
// time: the form the group's front matter uses since 2024-11.
func (w When) String() string {
	if !w.HasTime {
		return w.DateString()
	}
	return w.DateString() + " " + w.Clock.String()
}

// WeekdayName returns the English name of the day of the week ("Saturday"),
// or "" when the year is unknown.
func (w When) WeekdayName() string {
	d, ok := w.Weekday()
	if !ok {
		return ""
	}
	return d.String()
}

// MonthName returns the English name of the month ("January"), or "" for an
// invalid month.
func (w When) MonthName() string {
	if w.Month < 1 || w.Month > 12 {
		return ""
	}
	return w.Month.String()
}

// OrdinalDay returns the day of the month with its English ordinal suffix
// ("1st", "2nd", "6th", "11th", "22nd").
func (w When) OrdinalDay() string { return Ordinal(w.Day) }

// OrdinalDate returns the date as "January 6th, 2024" ("January 6th" when
// the year is unknown).
func (w When) OrdinalDate() string {
	s := w.MonthName() + " " + w.OrdinalDay()
	if w.Year != 0 {
		s += ", " + strconv.Itoa(w.Year)
	}
	return s
}

// LongDate returns the date as the 2024 minutes wrote it: "Saturday January
// 6th, 2024". Without a known year the weekday and year are left out.
func (w When) LongDate() string {
	if w.Year == 0 {
		return w.OrdinalDate()
	}
	return w.WeekdayName() + " " + w.OrdinalDate()
}

// Ordinal returns n with its English ordinal suffix: 1st, 2nd, 3rd, 4th,
// 11th, 12th, 13th, 21st, 22nd, 23rd, 31st.
func Ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}
