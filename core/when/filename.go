package when

import (
	"strings"
	"time"
)

// FromFileName returns the date in a minutes file name such as
// "cpansec-minutes-2024-11-15.md", or a path ending in one. The date must
// end the name once the extension (".md", ".markdown", ".html") is
// removed, and must not be glued to a letter or digit before it. Other
// names (a date then more, "2022-02-17-wecg.md") are InFileName's.
func FromFileName(name string) (When, bool) {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	for _, ext := range []string{".md", ".markdown", ".html"} {
		if strings.HasSuffix(strings.ToLower(base), ext) {
			base = base[:len(base)-len(ext)]
			break
		}
	}
	const isoLen = len("2006-01-02")
	if len(base) < isoLen {
		return When{}, false
	}
	i := len(base) - isoLen
	if !boundaryBefore(base, i) {
		return When{}, false
	}
	w, end, ok := isoAt(base, i)
	if !ok || end != len(base) || !w.Valid() {
		return When{}, false
	}
	return w, true
}

// InFileName returns the first date written anywhere in a file name's
// base, for groups whose names do not end with it: "2022-02-17-wecg.md",
// "2023-09-11-2023-09-14-tpac-extra.md", or, as eight digits between
// non-digits, "DevelopersMeeting20211209Japan.md". FromFileName, which
// wants the date at the end, is tried first by callers.
func InFileName(name string) (When, bool) {
	base := name[strings.LastIndexAny(name, `/\`)+1:]
	for i := 0; i+8 <= len(base); i++ {
		if !isDigit(base[i]) || i > 0 && isDigit(base[i-1]) {
			continue
		}
		if w, _, ok := isoAt(base, i); ok && boundaryBefore(base, i) && w.Valid() {
			return w, true
		}
		if w, ok := compactDate(base, i); ok {
			return w, true
		}
	}
	return yearThenDay(base)
}

// yearThenDay reads a date split in a name by a folder year: a four-digit
// year, then later a month and day "MM-DD" ("main_2018_CG-11-27.md", from
// main/2018/CG-11-27.md).
func yearThenDay(s string) (When, bool) {
	year := 0
	for i := 0; i+4 <= len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isDigit(s[i-1]) {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		switch {
		case j-i == 4 && year == 0:
			if y := atoi(s[i:j]); y >= 1990 && y <= 2100 {
				year = y
			}
		case j-i == 2 && year != 0 && j+3 <= len(s) && s[j] == '-' && isDigit(s[j+1]) && isDigit(s[j+2]) && (j+3 == len(s) || !isDigit(s[j+3])):
			w := Date(year, time.Month(atoi(s[i:j])), atoi(s[j+1:j+3]))
			if w.Valid() {
				return w, true
			}
		}
		i = j - 1
	}
	return When{}, false
}

func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n = n*10 + int(c-'0')
	}
	return n
}

// compactDate reads YYYYMMDD at i, eight digits between non-digits.
func compactDate(s string, i int) (When, bool) {
	if i+8 > len(s) || i > 0 && isDigit(s[i-1]) || i+8 < len(s) && isDigit(s[i+8]) {
		return When{}, false
	}
	n := 0
	for _, c := range []byte(s[i : i+8]) {
		if !isDigit(c) {
			return When{}, false
		}
		n = n*10 + int(c-'0')
	}
	y, m, d := n/10000, n/100%100, n%100
	if y < 1990 || y > 2100 {
		return When{}, false
	}
	w := Date(y, time.Month(m), d)
	return w, w.Valid()
}
