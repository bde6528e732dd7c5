package when

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// clockAt reads a time of day at i: "16:00", "9:30", "16:00 UTC",
// "17:00UTC", "18:00 Europe/Amsterdam", four digits directly followed by
// a zone ("1700 UTC"), or a time with AM or PM ("8:30 AM PST", "11am PT",
// "5pm", "noon ET"). A range ("13:00-17:00 JST", "5pm-6pm UTC", "11a -
// Noon (Pacific Time)") is read whole: the zone written after its end is
// its start's. A time must not continue with a digit or another ":NN" (a
// duration or "16:00:00" is not a meeting time). An hour with a bare "a"
// or "p" ("11a") is a time only with a zone or as a range's start, for
// "item 1a" is no time.
func clockAt(s string, i int) (c Clock, end int, ok bool) {
	c, end, ok = oneClockAt(s, i)
	short := false
	if !ok {
		c, end, ok = shortClockAt(s, i)
		short = ok
	}
	if !ok || c.Zone != "" {
		return c, end, ok
	}
	j, _ := blanks(s, end, 1)
	dash := ""
	for _, d := range []string{"-", "–", "to "} {
		if strings.HasPrefix(s[j:], d) {
			dash = d
		}
	}
	if dash == "" {
		if short {
			return Clock{}, i, false
		}
		return c, end, true
	}
	k, _ := blanks(s, j+len(dash), 1)
	if k < len(s) {
		e, ee, ok := oneClockAt(s, k)
		if !ok {
			e, ee, ok = shortClockAt(s, k)
		}
		if ok && e.Zone != "" {
			c.Zone = e.Zone
			return c, ee, true
		}
		if ok && short {
			return c, ee, true
		}
	}
	if short {
		return Clock{}, i, false
	}
	return c, end, true
}

// shortClockAt reads an hour with a bare "a" or "p" ("11a", "12p PT"),
// which clockAt takes only with a zone or in a range.
func shortClockAt(s string, i int) (c Clock, end int, ok bool) {
	if !boundaryBefore(s, i) {
		return Clock{}, i, false
	}
	h, j, ok := number(s, i, 1, 2)
	if !ok || h < 1 || h > 12 || j >= len(s) || s[j]|0x20 != 'a' && s[j]|0x20 != 'p' || !endsWord(s, j+1) {
		return Clock{}, i, false
	}
	h %= 12
	if s[j]|0x20 == 'p' {
		h += 12
	}
	c = Clock{Hour: h}
	c.Zone, end = zoneAfter(s, j+1)
	return c, end, true
}

// oneClockAt reads one time of day at i (see clockAt).
func oneClockAt(s string, i int) (c Clock, end int, ok bool) {
	if !boundaryBefore(s, i) || i > 0 && s[i-1] == ':' {
		return Clock{}, i, false
	}
	if hasWordAt(s, i, "noon") {
		c = Clock{Hour: 12}
		c.Zone, end = zoneAfter(s, i+len("noon"))
		return c, end, true
	}
	h, j, ok := number(s, i, 1, 2)
	if ok && j < len(s) && s[j] == ':' {
		m, k, ok := number(s, j+1, 2, 2)
		if !ok || h > 23 || m > 59 || k < len(s) && s[k] == ':' {
			return Clock{}, i, false
		}
		if h12, e, ok := meridiem(s, k, h); ok {
			h, k = h12, e
		} else if k < len(s) && isLetter(s[k]) && !startsZone(s, k) {
			return Clock{}, i, false
		}
		c = Clock{Hour: h, Minute: m}
		c.Zone, end = zoneAfter(s, k)
		return c, end, true
	}
	if ok {
		// "11am", "8 AM": an hour alone is a time only with AM or PM.
		if h24, e, ok := meridiem(s, j, h); ok {
			c = Clock{Hour: h24}
			c.Zone, end = zoneAfter(s, e)
			return c, end, true
		}
	}
	// "1700 UTC": only with a zone, else any four-digit number would do.
	hm, j, ok := number(s, i, 4, 4)
	if !ok || hm/100 > 23 || hm%100 > 59 {
		return Clock{}, i, false
	}
	c = Clock{Hour: hm / 100, Minute: hm % 100}
	c.Zone, end = zoneAfter(s, j)
	if c.Zone == "" {
		return Clock{}, i, false
	}
	return c, end, true
}

// meridiem reads "am", "pm", "a.m." or "p.m." in any case at i, directly
// or after one blank, and returns hour h (1 to 12) on the 24-hour clock.
func meridiem(s string, i, h int) (hour, end int, ok bool) {
	if h < 1 || h > 12 {
		return 0, i, false
	}
	j, _ := blanks(s, i, 1)
	if j+1 >= len(s) {
		return 0, i, false
	}
	pm := s[j]|0x20 == 'p'
	if !pm && s[j]|0x20 != 'a' {
		return 0, i, false
	}
	k := j + 1
	if s[k] == '.' {
		k++
	}
	if k >= len(s) || s[k]|0x20 != 'm' {
		return 0, i, false
	}
	k++
	if s[k-2] == '.' && k < len(s) && s[k] == '.' {
		k++
	} else if !endsWord(s, k) {
		return 0, i, false
	}
	h %= 12
	if pm {
		h += 12
	}
	return h, k, true
}

// startsZone reports whether a zone name starts right at i ("17:00UTC").
func startsZone(s string, i int) bool {
	z, _ := zoneAt(s, i)
	return z != ""
}

// zoneAfter reads an optional zone after up to two blanks at i, perhaps
// in parentheses ("11a - Noon (Pacific Time)"). It returns the zone (""
// when none) and the end of what it read.
func zoneAfter(s string, i int) (zone string, end int) {
	j, _ := blanks(s, i, 2)
	if z, e := zoneAt(s, j); z != "" {
		return z, e
	}
	if j < len(s) && s[j] == '(' {
		if z, e := zoneAt(s, j+1); z != "" && e < len(s) && s[e] == ')' {
			return z, e + 1
		}
	}
	return "", i
}

// zoneAt reads a zone name at i: "UTC" in any case (with an offset such as
// "UTC+1" kept as written), an upper-case abbreviation such as "CET", or an
// Area/City name such as "Europe/Amsterdam".
func zoneAt(s string, i int) (zone string, end int) {
	e := word(s, i)
	w := s[i:e]
	switch {
	case w == "":
		return "", i
	case strings.EqualFold(w, UTC):
		if e < len(s) && (s[e] == '+' || s[e] == '-') {
			if _, k, ok := number(s, e+1, 1, 2); ok {
				return "UTC" + s[e:k], k
			}
		}
		if endsWord(s, e) {
			return UTC, e
		}
	case zones[w] && endsWord(s, e):
		return w, e
	case longZones[w] != "":
		// "Pacific Time", "Pacific Daylight Time": the words as written.
		for _, tail := range []string{" Time", " Daylight Time", " Standard Time"} {
			if strings.HasPrefix(s[e:], tail) && endsWord(s, e+len(tail)) {
				return s[i : e+len(tail)], e + len(tail)
			}
		}
	case w[0] >= 'A' && w[0] <= 'Z' && len(w) > 1 && e < len(s) && s[e] == '/':
		k := e + 1
		for k < len(s) && (isLetter(s[k]) || s[k] == '_') {
			k++
		}
		if k > e+1 && endsWord(s, k) {
			return s[i:k], k
		}
	}
	return "", i
}

// ParseClock reads a time of day such as "16:00", "16:00 UTC", "9:30 CET"
// or "1700 UTC", with nothing else around it but blanks. The zone is ""
// when s names none; callers that mean UTC set it.
func ParseClock(s string) (Clock, error) {
	t := strings.TrimSpace(strings.ReplaceAll(s, nbsp, " "))
	c, end, ok := clockAt(t, 0)
	if !ok || t == "" || !isDigit(t[0]) { // a time field takes digits, not "noon"
		return Clock{}, errors.New("not a time of day: " + quote(s) + " (want HH:MM, e.g. 16:00 or 16:00 UTC)")
	}
	if end != len(t) {
		return Clock{}, errors.New("unexpected " + quote(t[end:]) + " after the time in " + quote(s))
	}
	return c, nil
}

// quote returns s in double quotes, shortened when long.
func quote(s string) string {
	const max = 60
	if len(s) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return "\"" + s + "\""
}
