package yamlite

import "strings"

// rubySpace is what \s matches in a Ruby regular expression.
const rubySpace = " \t\n\v\f\r"

// timestamp holds the fields of a date and time as Psych's TIME pattern
// reads them.
type timestamp struct {
	month, day, hour, minute, second int
	// zone is the text after the seconds (and fraction): "", "Z" or an
	// offset such as "+05:30".
	zone string
	// split is true when the date and time are separated by a T, a t or
	// spaces with at least one ' ' (see timeTag).
	split bool
}

// isTime matches Psych's TIME:
// ^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$
func isTime(s string) bool {
	_, ok := scanTime(s)
	return ok
}

// scanTime matches TIME and returns the fields.
func scanTime(s string) (t timestamp, ok bool) {
	c := cursor{s: s}
	c.byte("-")
	if _, n := c.digits(4); n != 4 || !c.byte("-") {
		return t, false
	}
	var n, m, k int
	t.month, n = c.digits(2)
	if n == 0 || !c.byte("-") {
		return t, false
	}
	t.day, n = c.digits(2)
	sep := c.i
	if n == 0 || !c.byte("Tt") && c.run(rubySpace) == 0 {
		return t, false
	}
	t.split = strings.ContainsAny(s[sep:c.i], " tT")
	t.hour, n = c.digits(2)
	if !c.byte(":") {
		return t, false
	}
	t.minute, m = c.digits(2)
	if !c.byte(":") {
		return t, false
	}
	t.second, k = c.digits(2)
	if n == 0 || m != 2 || k != 2 {
		return t, false
	}
	if c.byte(".") {
		c.run("0123456789")
	}
	c.run(rubySpace)
	t.zone = s[c.i:]
	switch {
	case c.done():
		return t, strings.TrimRight(s, rubySpace) == s // \s* belongs to the zone group
	case c.byte("Z"):
		return t, c.done()
	case c.byte("+-"):
		return t, isOffset(s[c.i:])
	}
	return t, false
}

// isOffset matches \d{1,2}:?(?:\d\d)?$ (the part after the sign).
func isOffset(s string) bool {
	c := cursor{s: s}
	_, n := c.digits(0)
	if c.byte(":") {
		_, m := c.digits(0)
		return n >= 1 && n <= 2 && (m == 0 || m == 2) && c.done()
	}
	return n >= 1 && n <= 4 && c.done()
}

// timeTag is the tag of a string that matches TIME: a timestamp when
// Ruby's Time accepts the fields (Psych falls back to a string when it
// raises ArgumentError), an error where Psych itself fails.
func timeTag(s string) (string, error) {
	// Psych splits at the first space, t or T and reads the time after it;
	// when the date and time are separated by tabs alone it finds no time
	// there and fails.
	t, _ := scanTime(s)
	if !t.split {
		return "", errorString("Psych fails on a timestamp with a tab before the time; quote it")
	}
	hourOK := t.hour < 24 || t.hour == 24 && t.minute == 0 && t.second == 0
	if t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31 || !hourOK || t.minute > 59 || t.second > 60 || !validOffset(t.zone) {
		return StrTag, nil
	}
	return TimestampTag, nil
}

// validOffset reports whether Ruby accepts the zone of a timestamp. Psych
// reads an offset as /^([+\-]?\d{1,2}):?(\d{1,2})?$/ (so "+530" is 53 hours
// and 0 minutes) and Ruby refuses a day or more.
func validOffset(zone string) bool {
	zone = strings.TrimLeft(zone, rubySpace)
	if zone == "" || zone == "Z" {
		return true
	}
	c := cursor{s: zone[1:]}
	hours, _ := c.digits(2)
	c.byte(":")
	minutes, _ := c.digits(2)
	offset := hours*3600 + minutes*60
	if zone[0] == '-' && hours != 0 {
		// Ruby subtracts the minutes only from a negative hour count:
		// "-0:30" is half an hour ahead.
		offset = -offset
	}
	return offset > -86400 && offset < 86400
}

// isDate matches Psych's date pattern
// ^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$.
func isDate(s string) bool {
	c := cursor{s: s}
	if _, n := c.digits(4); n != 4 || !c.byte("-") {
		return false
	}
	month, n := c.digits(2)
	if n == 0 || n == 2 && (s[5] > '1' || month > 12) || !c.byte("-") {
		return false
	}
	start := c.i
	day, n := c.digits(2)
	return n > 0 && c.done() && !(n == 2 && (s[start] > '3' || s[start] == '3' && day > 31))
}

// validDate reports whether Ruby's Date.strptime reads the date (which
// matches isDate): Julian before 15 October 1582, Gregorian after, with
// the ten days between missing.
func validDate(s string) bool {
	c := cursor{s: s}
	year, _ := c.digits(4)
	c.byte("-")
	month, _ := c.digits(2)
	c.byte("-")
	day, _ := c.digits(2)
	if month < 1 || month > 12 || day < 1 || day > daysIn(year, month) {
		return false
	}
	return !(year == 1582 && month == 10 && day >= 5 && day <= 14)
}

// daysIn returns the length of a month in Ruby's default calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		julian := year < 1582 || year == 1582 && month < 10
		if year%4 == 0 && (julian || year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
