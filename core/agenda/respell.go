package agenda

import (
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/when"
)

// respell writes the date w (and its time, when keepTime is false and w has
// one) in the spelling of the match m found in line: the same form, month
// and weekday names full or abbreviated as written, the same case, ordinal
// suffix, zero padding and punctuation. It returns the text that replaces
// line[m.Start:m.End]. A weekday written before the old date is rewritten
// as the new date's weekday.
func respell(line string, m when.Match, w when.When, setTime bool) string {
	var b strings.Builder
	pos := m.Start
	if m.HasWeekday {
		b.WriteString(line[pos:m.WeekdayStart])
		b.WriteString(weekdayLike(line[m.WeekdayStart:m.WeekdayEnd], m.Weekday, w))
		pos = m.WeekdayEnd
	}
	b.WriteString(line[pos:m.DateStart])
	b.WriteString(dateLike(line[m.DateStart:m.DateEnd], m.Form, w))
	pos = m.DateEnd
	if m.When.HasTime && m.TimeEnd > m.TimeStart {
		b.WriteString(line[pos:m.TimeStart])
		t := line[m.TimeStart:m.TimeEnd]
		// w's time is UTC: a time written in another zone ("11a - Noon
		// (Pacific Time)") stays as written rather than get UTC's digits.
		if z := m.When.Clock.Zone; setTime && w.HasTime && (z == "" || z == when.UTC) {
			t = clockLike(t, w.Clock)
		}
		b.WriteString(t)
		pos = m.TimeEnd
	}
	b.WriteString(line[pos:m.End])
	return b.String()
}

// dateLike writes w's date in the spelling of old, a date of the given form.
func dateLike(old string, form when.Form, w when.When) string {
	switch form {
	case when.FormISO:
		return w.DateString()
	case when.FormDMY:
		parts := strings.SplitN(old, "-", 3)
		if len(parts) != 3 {
			return w.DateString()
		}
		if len(parts[0]) == 2 || len(parts[1]) == 2 {
			return pad2(w.Day) + "-" + pad2(int(w.Month)) + "-" + strconv.Itoa(w.Year)
		}
		return strconv.Itoa(w.Day) + "-" + strconv.Itoa(int(w.Month)) + "-" + strconv.Itoa(w.Year)
	case when.FormYMD:
		// "2019.10.17", "2021/12/09", "2019-9-25": the separator and the
		// padding as written.
		if len(old) < 5 {
			return w.DateString()
		}
		sep := old[4:5]
		parts := strings.SplitN(old, sep, 3)
		if len(parts) != 3 {
			return w.DateString()
		}
		return strconv.Itoa(w.Year) + sep + padLike(parts[1], int(w.Month)) + sep + padLike(parts[2], w.Day)
	}
	return wordsLike(old, w)
}

// wordsLike rewrites a date written with a month name ("February 24th,
// 2024", "26th Oct 2024", "Sept. 30th") token by token: the month word,
// the day with its suffix, and the year; everything else is kept.
func wordsLike(old string, w when.When) string {
	var b strings.Builder
	for i := 0; i < len(old); {
		j := i
		switch {
		case isLetter(old[i]):
			for j < len(old) && isLetter(old[j]) {
				j++
			}
			b.WriteString(monthLike(old[i:j], w.Month))
		case isDigit(old[i]):
			for j < len(old) && isDigit(old[j]) {
				j++
			}
			if j-i == 4 {
				b.WriteString(strconv.Itoa(w.Year))
			} else {
				b.WriteString(zeroLike(old[i:j], w.Day))
				// An ordinal suffix follows the day directly.
				k := j
				for k < len(old) && isLetter(old[k]) {
					k++
				}
				if suf := old[j:k]; isOrdinalSuffix(suf) {
					b.WriteString(caseLike(suf, when.Ordinal(w.Day)[len(strconv.Itoa(w.Day)):]))
					j = k
				}
			}
		default:
			j++
			b.WriteString(old[i:j])
		}
		i = j
	}
	return b.String()
}

// monthLike writes month m as old writes its month: the full name, "Sept",
// or the three-letter abbreviation, in old's case. A word that is not a
// month is returned unchanged.
func monthLike(old string, m time.Month) string {
	full := m.String()
	lw := strings.ToLower(old)
	if !isMonthWord(lw) {
		return old
	}
	out := full
	switch {
	case len(lw) == 4 && lw == "sept" && m == time.September:
		out = "Sept"
	case len(lw) < len(strings.ToLower(monthOf(lw).String())):
		out = full[:3]
	}
	return caseLike(old, out)
}

// weekdayLike writes w's weekday as old writes weekday was: full, three
// letters, or the longer abbreviations ("Tues", "Thurs"), in old's case.
func weekdayLike(old string, was time.Weekday, w when.When) string {
	d, ok := w.Weekday()
	if !ok {
		return old
	}
	full := d.String()
	out := full
	switch {
	case strings.EqualFold(old, was.String()):
	case len(old) == 3:
		out = full[:3]
	default:
		out = map[time.Weekday]string{time.Tuesday: "Tues", time.Thursday: "Thurs"}[d]
		if out == "" {
			out = full[:3]
		}
	}
	return caseLike(old, out)
}

// clockLike writes clock c in the shape of old, a time as written
// ("17:00UTC", "16:00 UTC", "9:30", "1700 UTC"): the digits change, the
// zone and spacing stay.
func clockLike(old string, c when.Clock) string {
	i := 0
	for i < len(old) && (isDigit(old[i]) || old[i] == ':') {
		i++
	}
	digits := old[:i]
	if rest := strings.TrimLeft(old[i:], " "); i == 0 || rest != "" && strings.ContainsRune("aApP", rune(rest[0])) && !strings.HasPrefix(strings.ToUpper(rest), "UTC") {
		return old // "5pm UTC", "noon": not in the digits' shape; left as written
	}
	var s string
	if h, _, ok := strings.Cut(digits, ":"); ok {
		s = padLike(h, c.Hour) + ":" + pad2(c.Minute)
	} else {
		s = pad2(c.Hour) + pad2(c.Minute)
	}
	return s + old[i:]
}

// padLike writes n with a leading zero when old has one (or is two digits
// long).
func padLike(old string, n int) string {
	if len(old) >= 2 {
		return pad2(n)
	}
	return strconv.Itoa(n)
}

// zeroLike writes n with a leading zero when old has one ("July 03").
func zeroLike(old string, n int) string {
	if strings.HasPrefix(old, "0") {
		return pad2(n)
	}
	return strconv.Itoa(n)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// caseLike writes s in the case of old: all capitals, all lower case, or
// as s is (capitalised).
func caseLike(old, s string) string {
	switch {
	case old == strings.ToUpper(old) && len(old) > 1:
		return strings.ToUpper(s)
	case old == strings.ToLower(old):
		return strings.ToLower(s)
	}
	return s
}

func isOrdinalSuffix(s string) bool {
	switch strings.ToLower(s) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// monthNames are the month words when.Find reads, lower case.
var monthNames = func() map[string]time.Month {
	m := map[string]time.Month{"sept": time.September}
	for mo := time.January; mo <= time.December; mo++ {
		name := strings.ToLower(mo.String())
		m[name], m[name[:3]] = mo, mo
	}
	return m
}()

func isMonthWord(lw string) bool { _, ok := monthNames[lw]; return ok }

func monthOf(lw string) time.Month { return monthNames[lw] }

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
