package learn

import (
	"fmt"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/when"
)

// spelling is a way of writing a date with digits only, and the pattern
// (profile placeholders) and template (templates placeholders) it stands
// for.
type spelling struct {
	layout, pattern, template string
}

// spellings are tried longest first, so that "2019-08-29" is not read as
// "2019-8-29".
var spellings = []spelling{
	{"2006-01-02", "YYYY-MM-DD", "%%date%%"},
	{"2006.01.02", "YYYY.MM.DD", "%%year%%.%%mm%%.%%dd%%"},
	{"2006_01_02", "YYYY_MM_DD", "%%year%%_%%mm%%_%%dd%%"},
	{"2006/01/02", "YYYY/MM/DD", "%%year%%/%%mm%%/%%dd%%"},
	{"20060102", "YYYYMMDD", "%%year%%%%mm%%%%dd%%"},
	{"2006-1-2", "YYYY-M-D", "%%year%%-%%month%%-%%day%%"},
	{"2006.1.2", "YYYY.M.D", "%%year%%.%%month%%.%%day%%"},
}

// findSpelling returns where d is written in s in one of the spellings,
// not glued to a digit.
func findSpelling(s string, d when.When) (start, end int, sp spelling, ok bool) {
	t, ok := d.DateOnly().Time()
	if !ok {
		return 0, 0, spelling{}, false
	}
	for _, sp := range spellings {
		text := t.Format(sp.layout)
		for from := 0; ; {
			i := strings.Index(s[from:], text)
			if i < 0 {
				break
			}
			i += from
			j := i + len(text)
			if (i == 0 || !isDigit(s[i-1])) && (j == len(s) || !isDigit(s[j])) {
				return i, j, sp, true
			}
			from = i + 1
		}
	}
	return 0, 0, spelling{}, false
}

// dateIn returns where the date d is written in s: in a digit spelling,
// else as package when finds dates ("December 14th, 2016"). style is its
// spelling with placeholders ("YYYY.MM.DD", "Month Dth, YYYY") and tmpl
// the template text that writes it for another date.
func dateIn(s string, d when.When) (start, end int, style, tmpl string, ok bool) {
	if i, j, sp, ok := findSpelling(s, d); ok {
		return i, j, sp.pattern, sp.template, true
	}
	for _, m := range when.Find(s) {
		if m.When.Year == d.Year && m.When.Month == d.Month && m.When.Day == d.Day {
			text := s[m.DateStart:m.DateEnd]
			style := styleOf(text, d)
			return m.DateStart, m.DateEnd, style, templateOf(style), true
		}
	}
	return 0, 0, "", "", false
}

// withoutDate returns s with the date d taken out.
func withoutDate(s string, d when.When) string {
	if i, j, _, _, ok := dateIn(s, d); ok {
		return strings.TrimSpace(s[:i] + s[j:])
	}
	return s
}

// withDatePattern returns s with the date d written as its style
// ("Meeting YYYY-MM-DD"), for the section skeleton.
func withDatePattern(s string, d when.When) string {
	if i, j, style, _, ok := dateIn(s, d); ok {
		return s[:i] + style + s[j:]
	}
	return s
}

// withDateTemplate returns s with the date d written as template
// placeholders ("Meeting %%date%%").
func withDateTemplate(s string, d when.When) string {
	if i, j, _, tmpl, ok := dateIn(s, d); ok {
		return s[:i] + tmpl + s[j:]
	}
	return s
}

// styleOf writes text, a spelling of the date d, with placeholders: the
// year YYYY, a month MM (M without its leading zero) or Month (Mon when
// shortened), a day DD (or D), the rest as written: "2019.10.17" gives
// "YYYY.MM.DD", "19th July 2018" "Dth Month YYYY".
func styleOf(text string, d when.When) string {
	var b strings.Builder
	month, day := false, false
	for i := 0; i < len(text); {
		j := i
		switch c := text[i]; {
		case isDigit(c):
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			n := atoi(text[i:j])
			// A leading zero says padded; a number of two digits says
			// nothing, so it follows the other number, or an ordinal
			// suffix ("14th") says not.
			pad := j-i == 2 && text[i] == '0'
			if j-i == 2 && n >= 10 {
				pad = !(j < len(text) && isLetter(text[j])) && !unpadded(text, i, j)
			}
			switch {
			case j-i == 4 && n == d.Year:
				b.WriteString("YYYY")
			case n == int(d.Month) && !month && (n != d.Day || day || strings.Contains(b.String(), "YYYY")):
				// When month and day are the same number, the year
				// written first says month first (2019-05-05).
				month = true
				b.WriteString(map[bool]string{true: "MM", false: "M"}[pad])
			case n == d.Day && !day:
				day = true
				b.WriteString(map[bool]string{true: "DD", false: "D"}[pad])
			default:
				b.WriteString(text[i:j])
			}
		case isLetter(c):
			for j < len(text) && isLetter(text[j]) {
				j++
			}
			w := text[i:j]
			full := time.Month(d.Month).String()
			switch {
			case strings.EqualFold(w, full):
				month = true
				b.WriteString("Month")
			case len(w) >= 3 && strings.HasPrefix(strings.ToLower(full), strings.ToLower(w)):
				month = true
				b.WriteString("Mon")
			default:
				b.WriteString(w)
			}
		default:
			j++
			b.WriteString(text[i:j])
		}
		i = j
	}
	return b.String()
}

// templateOf writes a style as template placeholders; a style the
// placeholders cannot write (an ordinal day, a shortened month) is the
// ISO date.
func templateOf(style string) string {
	switch style {
	case "YYYY-MM-DD":
		return "%%date%%"
	case "Month Dth, YYYY", "Month Dst, YYYY", "Month Dnd, YYYY", "Month Drd, YYYY":
		return "%%ordinal_date%%"
	}
	r := strings.NewReplacer("YYYY", "%%year%%", "Month", "%%month_name%%", "MM", "%%mm%%", "DD", "%%dd%%", "M", "%%month%%", "D", "%%day%%")
	out := r.Replace(style)
	if strings.Contains(style, "Mon") && !strings.Contains(style, "Month") || strings.ContainsAny(strings.NewReplacer("%%year%%", "", "%%month_name%%", "", "%%mm%%", "", "%%dd%%", "", "%%month%%", "", "%%day%%", "").Replace(out), "abcdefghijklmnopqrstuvwxyz") {
		return "%%date%%"
	}
	return out
}

// pathPattern writes the date d into a minutes file's path as profile
// placeholders: "main/2018/CG-11-27.md" gives "main/YYYY/CG-MM-DD.md",
// "2021/DevelopersMeeting20211209Japan.md" gives
// "YYYY/DevelopersMeetingYYYYMMDDJapan.md", a yearly file
// "meeting-notes-2016.md" gives "meeting-notes-YYYY.md".
func pathPattern(p string, d when.When) string {
	segs := strings.Split(p, "/")
	last := len(segs) - 1
	year := fmt.Sprintf("%04d", d.Year)
	yearMonth := fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	for i, s := range segs[:last] {
		switch s {
		case year:
			segs[i] = "YYYY"
		case yearMonth:
			segs[i] = "YYYY-MM"
		}
	}
	name := segs[last]
	if i, j, sp, ok := findSpelling(name, d); ok && sp.pattern != "YYYY-M-D" && sp.pattern != "YYYY.M.D" {
		// A year before the date is a folder year ("2019_2019-12-17.md"
		// when the folders were joined into the name).
		before := name[:i]
		if k := indexNumber(before, year); k >= 0 {
			before = before[:k] + "YYYY" + before[k+4:]
		}
		segs[last] = before + sp.pattern + name[j:]
		return strings.Join(segs, "/")
	}
	// The year and the month and day apart: in the name, or the year in a
	// folder ("CG-11-27.md" in "2018/").
	if i := indexNumber(name, year); i >= 0 {
		name = name[:i] + "YYYY" + name[i+4:]
	}
	if md := fmt.Sprintf("%02d-%02d", d.Month, d.Day); strings.Contains(strings.Join(segs[:last], "/")+"/"+name, "YYYY") {
		if i := indexNumber(name, md); i >= 0 {
			name = name[:i] + "MM-DD" + name[i+len(md):]
		}
	}
	segs[last] = name
	return strings.Join(segs, "/")
}

// indexNumber returns where the digits num stand in s, not glued to
// other digits, or -1.
func indexNumber(s, num string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], num)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(num)
		if (i == 0 || !isDigit(s[i-1])) && (j == len(s) || !isDigit(s[j])) {
			return i
		}
		from = i + 1
	}
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n = n*10 + int(c-'0')
	}
	return n
}

// unpadded reports whether a number of text other than text[i:j] is a
// single digit ("2019-9-25").
func unpadded(text string, i, j int) bool {
	for k := 0; k < len(text); {
		if !isDigit(text[k]) {
			k++
			continue
		}
		e := k
		for e < len(text) && isDigit(text[e]) {
			e++
		}
		if k != i && e-k == 1 {
			return true
		}
		k = e
	}
	return false
}
