package preview

import (
	"strconv"
	"strings"
	"time"
)

// This file reproduces what the website's Ruby does with a date in front
// matter: Liquid's date filters call Time.parse on the lower-cased string
// (Date._parse is lenient: it finds a date, a time and a zone anywhere in
// the text), and strftime formats the result. The subset covers the
// spellings minutes use ("February 24th, 2024 15:00 UTC", "July 03, 2024
// 17:00 UTC", "2025-06-18 16:00 UTC") and the usual variations. The site
// is built on GitHub's runners, whose local time zone is UTC.

// rubyTime is a Ruby Time (or Date) as far as strftime can tell.
type rubyTime struct {
	t time.Time
	// zone is what %Z prints: "UTC" for UTC and local times, "" for a time
	// with a numeric or US zone offset, "+00:00" for a Date.
	zone string
	date bool // a Date (from a YAML date), not a Time
}

var monthNames = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// usZones are the zone names Ruby's Time.zone_offset knows besides UTC.
var usZones = map[string]int{
	"est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
}

// parseRubyTime imitates Time.parse(s.downcase) with now as the current
// time; ok is false where Ruby raises ArgumentError.
func parseRubyTime(s string, now time.Time) (rubyTime, bool) {
	s = strings.ToLower(s)
	var year, mon, day, hour, min, sec = -1, -1, -1, -1, -1, -1
	zoneUTC, offset, hasOffset := false, 0, false
	toks := tokenizeDate(s)
	for i := 0; i < len(toks); i++ {
		tok := toks[i]
		switch {
		case isDateISO(tok, &year, &mon, &day):
			if t := strings.IndexByte(tok, 't'); t > 0 {
				clock := tok[t+1:]
				isClock(clock, nil, new(int), &hour, &min, &sec)
				if strings.HasSuffix(clock, "z") {
					zoneUTC = true
				} else if k := strings.LastIndexAny(clock, "+-"); k > 0 {
					offset, hasOffset = numericOffset(clock[k:])
				}
			}
		case isDateSlash(tok, &year, &mon, &day):
		case isClock(tok, toks, &i, &hour, &min, &sec):
		case isMonthName(tok) != 0:
			mon = int(isMonthName(tok))
			// "june 18th, 2025" or "18 june 2025"
			if i+1 < len(toks) && ordinalNumber(toks[i+1]) > 0 && day < 0 {
				day = ordinalNumber(toks[i+1])
				i++
			}
			if i+1 < len(toks) && isYear(toks[i+1]) && year < 0 {
				year, _ = strconv.Atoi(toks[i+1])
				i++
			}
		case ordinalNumber(tok) > 0 && i+1 < len(toks) && isMonthName(toks[i+1]) != 0 && day < 0:
			day = ordinalNumber(tok)
		case isYear(tok) && year < 0 && mon > 0:
			year, _ = strconv.Atoi(tok)
		case tok == "utc" || tok == "gmt" || tok == "ut" || tok == "z":
			zoneUTC = true
		case usZones[tok] != 0:
			offset, hasOffset = usZones[tok]*3600, true
		case (tok[0] == '+' || tok[0] == '-') && len(tok) > 1 && isDigit(tok[1]):
			if off, ok := numericOffset(tok); ok && !zoneUTC {
				offset, hasOffset = off, true
			}
		}
	}
	if year < 0 && mon < 0 && day < 0 && hour < 0 && min < 0 && sec < 0 {
		return rubyTime{}, false
	}
	// Missing leading parts come from now; missing trailing ones are zero.
	if year < 0 {
		year = now.Year()
		if mon < 0 {
			mon = int(now.Month())
			if day < 0 {
				day = now.Day()
			}
		}
	}
	if mon < 0 {
		mon = 1
	}
	if day < 0 {
		day = 1
	}
	hour, min, sec = max(hour, 0), max(min, 0), max(sec, 0)
	if mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 24 || min > 59 || sec > 60 {
		return rubyTime{}, false
	}
	loc, zone := time.UTC, "UTC"
	if hasOffset && !zoneUTC {
		loc, zone = time.FixedZone("", offset), ""
	}
	return rubyTime{t: time.Date(year, time.Month(mon), day, hour, min, sec, 0, loc), zone: zone}, true
}

// tokenizeDate splits at spaces and commas, keeping "+hh:mm" offsets and
// clock times whole.
func tokenizeDate(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
}

func isMonthName(tok string) time.Month {
	tok = strings.TrimSuffix(tok, ".")
	if len(tok) < 3 {
		return 0
	}
	m := monthNames[tok[:3]]
	if m == 0 {
		return 0
	}
	full := strings.ToLower(time.Month(m).String())
	if tok == tok[:3] || strings.HasPrefix(full, tok) || (tok == "sept") {
		return m
	}
	return 0
}

// ordinalNumber reads "18", "18th", "1st", "03": a day of the month.
func ordinalNumber(tok string) int {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		tok = strings.TrimSuffix(tok, suf)
	}
	if len(tok) == 0 || len(tok) > 2 {
		return 0
	}
	n, err := strconv.Atoi(tok)
	if err != nil {
		return 0
	}
	return n
}

func isYear(tok string) bool {
	if len(tok) != 4 {
		return false
	}
	_, err := strconv.Atoi(tok)
	return err == nil
}

// isDateISO reads "2025-06-18", possibly followed by "t16:00..." (ISO 8601).
func isDateISO(tok string, year, mon, day *int) bool {
	date := tok
	if t := strings.IndexByte(tok, 't'); t > 0 {
		date = tok[:t]
	}
	parts := strings.Split(date, "-")
	if len(parts) != 3 || len(parts[0]) != 4 {
		return false
	}
	y, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	d, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil {
		return false
	}
	*year, *mon, *day = y, m, d
	return true
}

// isDateSlash reads "2024/7/3" and the European "18/06/2025" and "18.06.2025".
func isDateSlash(tok string, year, mon, day *int) bool {
	sep := "/"
	if strings.Count(tok, ".") == 2 {
		sep = "."
	}
	parts := strings.Split(tok, sep)
	if len(parts) != 3 {
		return false
	}
	n := make([]int, 3)
	for k, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return false
		}
		n[k] = v
	}
	if len(parts[0]) == 4 {
		*year, *mon, *day = n[0], n[1], n[2]
	} else {
		*day, *mon, *year = n[0], n[1], n[2]
	}
	return true
}

// isClock reads "16:00", "16:00:30", "4:05pm", "5pm", "4:05 pm", and an
// offset glued to it ("16:00+02:00", "16:00z").
func isClock(tok string, toks []string, i *int, hour, min, sec *int) bool {
	if t := strings.IndexByte(tok, 't'); t > 0 && strings.Count(tok[:t], "-") == 2 {
		tok = tok[t+1:]
	}
	rest := tok
	for _, z := range []string{"z", "utc"} {
		rest = strings.TrimSuffix(rest, z)
	}
	if k := strings.IndexAny(rest, "+-"); k > 0 {
		rest = rest[:k]
	}
	pm, am := strings.HasSuffix(rest, "pm"), strings.HasSuffix(rest, "am")
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "pm"), "am")
	parts := strings.Split(rest, ":")
	if len(parts) > 3 || (len(parts) == 1 && !pm && !am) {
		return false
	}
	v := []int{0, 0, 0}
	for k, p := range parts {
		if p == "" || len(p) > 2 {
			return false
		}
		n, err := strconv.Atoi(p)
		if err != nil {
			return false
		}
		v[k] = n
	}
	if !pm && !am && *i+1 < len(toks) {
		switch toks[*i+1] {
		case "pm":
			pm = true
			*i++
		case "am":
			am = true
			*i++
		}
	}
	if pm && v[0] < 12 {
		v[0] += 12
	}
	if am && v[0] == 12 {
		v[0] = 0
	}
	*hour, *min, *sec = v[0], v[1], v[2]
	return true
}

// numericOffset reads "+02:00", "-0500", "+2".
func numericOffset(tok string) (int, bool) {
	sign := 1
	if tok[0] == '-' {
		sign = -1
	}
	d := strings.ReplaceAll(tok[1:], ":", "")
	if len(d) == 0 || len(d) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(d)
	if err != nil {
		return 0, false
	}
	h, m := n, 0
	if len(d) > 2 {
		h, m = n/100, n%100
	}
	return sign * (h*3600 + m*60), true
}

// strftime formats t with Ruby's directives, flags "-" (no padding) and
// "^" (upper case).
func strftime(rt rubyTime, format string) string {
	t := rt.t
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		j := i + 1
		noPad, upper, colon := false, false, false
		for j < len(format) && strings.IndexByte("-^_0#:", format[j]) >= 0 {
			switch format[j] {
			case '-':
				noPad = true
			case '^':
				upper = true
			case ':':
				colon = true
			}
			j++
		}
		if j >= len(format) {
			b.WriteString(format[i:])
			break
		}
		num := func(n, width int) string {
			s := strconv.Itoa(n)
			if noPad {
				return s
			}
			for len(s) < width {
				s = "0" + s
			}
			return s
		}
		var s string
		switch format[j] {
		case 'Y':
			s = strconv.Itoa(t.Year())
		case 'C':
			s = num(t.Year()/100, 2)
		case 'y':
			s = num(t.Year()%100, 2)
		case 'm':
			s = num(int(t.Month()), 2)
		case 'd':
			s = num(t.Day(), 2)
		case 'e':
			s = strconv.Itoa(t.Day())
			if !noPad && len(s) < 2 {
				s = " " + s
			}
		case 'j':
			s = num(t.YearDay(), 3)
		case 'H':
			s = num(t.Hour(), 2)
		case 'k':
			s = strconv.Itoa(t.Hour())
			if !noPad && len(s) < 2 {
				s = " " + s
			}
		case 'I', 'l':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			s = num(h, 2)
			if format[j] == 'l' && !noPad && h < 10 {
				s = " " + strconv.Itoa(h)
			}
		case 'M':
			s = num(t.Minute(), 2)
		case 'S':
			s = num(t.Second(), 2)
		case 'L':
			s = num(t.Nanosecond()/1e6, 3)
		case 'p':
			s = "AM"
			if t.Hour() >= 12 {
				s = "PM"
			}
		case 'P':
			s = "am"
			if t.Hour() >= 12 {
				s = "pm"
			}
		case 'A':
			s = t.Weekday().String()
		case 'a':
			s = t.Weekday().String()[:3]
		case 'B':
			s = t.Month().String()
		case 'b', 'h':
			s = t.Month().String()[:3]
		case 'u':
			s = strconv.Itoa((int(t.Weekday())+6)%7 + 1)
		case 'w':
			s = strconv.Itoa(int(t.Weekday()))
		case 's':
			s = strconv.FormatInt(t.Unix(), 10)
		case 'Z':
			s = rt.zone
		case 'z':
			_, off := t.Zone()
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			sep := ""
			if colon {
				sep = ":"
			}
			s = sign + num(off/3600, 2) + sep + num(off%3600/60, 2)
		case 'F':
			s = strftime(rt, "%Y-%m-%d")
		case 'T':
			s = strftime(rt, "%H:%M:%S")
		case 'R':
			s = strftime(rt, "%H:%M")
		case 'D':
			s = strftime(rt, "%m/%d/%y")
		case 'c':
			s = strftime(rt, "%a %b %e %H:%M:%S %Y")
		case '%':
			s = "%"
		case 'n':
			s = "\n"
		case 't':
			s = "\t"
		default:
			s = format[i : j+1]
		}
		if upper {
			s = strings.ToUpper(s)
		}
		b.WriteString(s)
		i = j
	}
	return b.String()
}

// rubyTimeString is Time#to_s: "2025-06-18 16:00:00 UTC" or "... +0000".
func rubyTimeString(rt rubyTime) string {
	if rt.date {
		return strftime(rt, "%Y-%m-%d")
	}
	if rt.zone == "UTC" {
		return strftime(rt, "%Y-%m-%d %H:%M:%S +0000")
	}
	return strftime(rt, "%Y-%m-%d %H:%M:%S %z")
}
