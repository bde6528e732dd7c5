package when

import "testing"

// TestOtherGroupsShapes: dates and times as other groups write them, and
// their times in UTC.
func TestOtherGroupsShapes(t *testing.T) {
	for _, c := range []struct{ line, date, clock, utc string }{
		{"- Date: 2019.10.17", "2019-10-17", "", ""},
		{"* 2021/12/09 (Thu) 13:00-17:00 JST @ Online", "2021-12-09", "13:00 JST", "04:00 UTC"},
		{"Meeting date: 2019-9-25 at 8:30 AM PST", "2019-09-25", "08:30 PST", "16:30 UTC"},
		{"2023-12-06 at 11am PT", "2023-12-06", "11:00 PT", "19:00 UTC"},
		{"2023-01-10 at 11am PT", "2023-01-10", "11:00 PT", "19:00 UTC"},
		{"2023-07-10 at 11am PT", "2023-07-10", "11:00 PT", "18:00 UTC"},
		{"2024-03-20 16:00 CET", "2024-03-20", "16:00 CET", "15:00 UTC"},
		{"2024-07-03 18:00 Europe/Amsterdam", "2024-07-03", "18:00 Europe/Amsterdam", "16:00 UTC"},
		{"November 27, 2018, 5pm-6pm UTC", "2018-11-27", "17:00 UTC", "17:00 UTC"},
		{"2020-05-26, 9am-10am Pacific Daylight Time", "2020-05-26", "09:00 Pacific Daylight Time", "16:00 UTC"},
		{"2022-02-17 at 12:00 p.m. EST", "2022-02-17", "12:00 EST", "17:00 UTC"},
		{"version 2019.10.17.1", "", "", ""},
	} {
		w, ok := DateTimeIn(c.line)
		if c.date == "" {
			if ok {
				t.Errorf("%q: got %s, want no date", c.line, w)
			}
			continue
		}
		if !ok || w.DateString() != c.date || w.TimeString() != c.clock {
			t.Errorf("%q: got %s %s, want %s %s", c.line, w.DateString(), w.TimeString(), c.date, c.clock)
			continue
		}
		if c.utc == "" {
			continue
		}
		if u, ok := w.Clock.UTC(w); !ok || u.String() != c.utc {
			t.Errorf("%q in UTC: got %s %v, want %s", c.line, u, ok, c.utc)
		}
	}
}
