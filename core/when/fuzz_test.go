package when

import (
	"errors"
	"strings"
	"testing"
)

// FuzzFind checks that no input makes a scanner panic, that every offset
// lies within the input, and that the text of each match, read on its own,
// gives the same match.
func FuzzFind(f *testing.F) {
	for _, tt := range findTests {
		f.Add(tt.line)
	}
	for _, s := range []string{
		"16:30 UTC –\u00a0Pre-meeting socializing", "March 27th, 2024 17:00 UTC FIXME",
		"cpansec-minutes-2024-11-15@ff5825f.md", "1 Aug 1, 2024", "Sat,\u00a0Feb 29 12:00 utc+1",
		"\xff\xfe2024-01-01", "Thurs. 1st Jan. 2025 at 9:05 Europe/Oslo",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, m := range Find(s) {
			if m.Start < prevEnd || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("match %+v out of order or out of range in %q", m, s)
			}
			prevEnd = m.End
			inside := func(a, b int) bool { return m.Start <= a && a <= b && b <= m.End }
			if !inside(m.DateStart, m.DateEnd) || m.HasWeekday && !inside(m.WeekdayStart, m.WeekdayEnd) || m.When.HasTime && !inside(m.TimeStart, m.TimeEnd) {
				t.Fatalf("part offsets outside match %+v in %q", m, s)
			}
			if !m.When.Valid() {
				t.Fatalf("invalid date %+v from %q", m.When, s)
			}
			checkReparse(t, s, m)
		}
		for _, tm := range FindTimes(s) {
			if tm.Start < 0 || tm.End > len(s) || s[tm.Start:tm.End] != tm.Text {
				t.Fatalf("time %+v out of range in %q", tm, s)
			}
			// A time field (ParseClock) takes digits only; "noon ET" found
			// in a line re-reads through the scanner the line used.
			reread := ParseClock
			if !isDigit(tm.Text[0]) {
				reread = func(text string) (Clock, error) {
					c, end, ok := clockAt(text, 0)
					if !ok || end != len(text) {
						return c, errors.New("not read whole")
					}
					return c, nil
				}
			}
			if c, err := reread(tm.Text); err != nil || c != tm.Clock {
				t.Fatalf("time %q re-reads as %v, %v; want %v", tm.Text, c, err, tm.Clock)
			}
		}
		if h, ok := ParseHeadingTime(s); ok {
			if h.End > len(s) || h.RestStart > len(s) || s[h.SepStart:h.SepEnd] != h.Sep || s[h.RestStart:] != h.Rest {
				t.Fatalf("heading offsets %+v wrong for %q", h, s)
			}
		}
		if w, err := ParseMeetingTime(s); err == nil {
			// A value read without error writes back to a value that reads the same.
			if again, err := ParseMeetingTime(w.String()); err != nil || again != w {
				t.Fatalf("ParseMeetingTime(%q) = %s; writing and reading back gives %s, %v", s, w, again, err)
			}
		}
		FromFileName(s)
		InFileName(s)
		_, _ = DateTimeIn(strings.ToUpper(s))
	})
}

// BenchmarkFindLongLine measures a 1 MB line full of near-dates; the time
// per byte stays constant as the line grows.
func BenchmarkFindLongLine(b *testing.B) {
	line := strings.Repeat("Sat 12 Sept. 2024-1 1:00 Wed, ", 1<<15)
	b.SetBytes(int64(len(line)))
	for b.Loop() {
		Find(line)
		FindTimes(line)
	}
}
