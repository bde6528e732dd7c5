package when

import (
	"errors"
	"testing"
	"time"
)

func TestParseMeetingTime(t *testing.T) {
	tests := []struct {
		in, want, extra string
		bad             bool
	}{
		{in: "February 24th, 2024 15:00 UTC", want: "2024-02-24 15:00 UTC"},
		{in: "July 03, 2024 17:00 UTC", want: "2024-07-03 17:00 UTC"},
		{in: "July 18, 2024 17:00 UTC", want: "2024-07-18 17:00 UTC"},
		{in: "April 10th 2024, 17:00 UTC", want: "2024-04-10 17:00 UTC"},
		{in: "April 10th, 2024 17:00 UTC", want: "2024-04-10 17:00 UTC"},
		{in: "August 1st, 2024 17:00 UTC", want: "2024-08-01 17:00 UTC"},
		{in: "October 2nd, 2024 17:00 UTC", want: "2024-10-02 17:00 UTC"},
		{in: "2025-06-18 16:00 UTC", want: "2025-06-18 16:00 UTC"},
		{in: "  2025-06-18 16:00 UTC  ", want: "2025-06-18 16:00 UTC"},
		{in: "2025-06-18", want: "2025-06-18"},
		{in: "2025-06-18 16:00", want: "2025-06-18 16:00"},
		{in: "June 4th 2025 16:00 UTC", want: "2025-06-04 16:00 UTC"},
		{in: "March 27th, 2024 17:00 UTC FIXME", want: "2024-03-27 17:00 UTC", extra: "FIXME"},
		{in: "2025-06-18 16:00 UTC (Wednesday)", want: "2025-06-18 16:00 UTC", extra: "(Wednesday)"},
		{in: "FIXME", bad: true},
		{in: "", bad: true},
		{in: "next Wednesday", bad: true},
		{in: "2025-02-30 16:00 UTC", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			w, err := ParseMeetingTime(tt.in)
			var extra *ExtraTextError
			switch {
			case tt.bad:
				if err == nil || errors.As(err, &extra) || !w.IsZero() {
					t.Fatalf("ParseMeetingTime(%q) = %s, %v; want a plain error", tt.in, w, err)
				}
			case tt.extra != "":
				if !errors.As(err, &extra) || extra.Extra != tt.extra {
					t.Fatalf("ParseMeetingTime(%q) error = %v, want extra %q", tt.in, err, tt.extra)
				}
			case err != nil:
				t.Fatalf("ParseMeetingTime(%q): %v", tt.in, err)
			}
			if !tt.bad && w.String() != tt.want {
				t.Errorf("ParseMeetingTime(%q) = %s, want %s", tt.in, w, tt.want)
			}
		})
	}
}

func TestParseDateAndClock(t *testing.T) {
	if w, err := ParseDate("2025-06-18"); err != nil || w != Date(2025, time.June, 18) {
		t.Errorf("ParseDate = %v, %v", w, err)
	}
	for _, bad := range []string{"2025-6-18", "18-06-2025", "2025-06-31", "2025-06-18 16:00", ""} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded", bad)
		}
	}
	clocks := []struct{ in, want string }{
		{"16:00", "16:00"}, {"9:30", "09:30"}, {"16:00 UTC", "16:00 UTC"}, {"17:00UTC", "17:00 UTC"},
		{"16:00 utc", "16:00 UTC"}, {"1700 UTC", "17:00 UTC"}, {"18:00 Europe/Amsterdam", "18:00 Europe/Amsterdam"},
		{"16:00 CET", "16:00 CET"}, {"16:00 UTC+1", "16:00 UTC+1"},
	}
	for _, c := range clocks {
		got, err := ParseClock(c.in)
		if err != nil || got.String() != c.want {
			t.Errorf("ParseClock(%q) = %v, %v; want %s", c.in, got, err, c.want)
		}
	}
	for _, bad := range []string{"24:00", "16:60", "1600", "16", "16:00 tomorrow", "noon", ""} {
		if c, err := ParseClock(bad); err == nil {
			t.Errorf("ParseClock(%q) = %v, want an error", bad, c)
		}
	}
}

func TestParseHeadingTime(t *testing.T) {
	tests := []struct {
		in, clock, sep, rest string
	}{
		{"16:00 UTC – Meeting start", "16:00 UTC", "–", "Meeting start"},
		{"17:04 UTC - Meeting start", "17:04 UTC", "-", "Meeting start"},
		{"16:30 UTC –\u00a0Pre-meeting socializing", "16:30 UTC", "–", "Pre-meeting socializing"},
		{"16:30 UTC -\u00a0Pre-meeting socializing", "16:30 UTC", "-", "Pre-meeting socializing"},
		{"17:30  UTC – End", "17:30 UTC", "–", "End"},
		{"15:00 UTC — Meeting begin (~~timeboxed~~)", "15:00 UTC", "—", "Meeting begin (~~timeboxed~~)"},
		{"16:00–Meeting", "16:00", "–", "Meeting"},
		{"16:00 UTC Meeting start", "16:00 UTC", "", "Meeting start"},
		{" 16:00 UTC", "16:00 UTC", "", ""},
	}
	for _, tt := range tests {
		h, ok := ParseHeadingTime(tt.in)
		if !ok {
			t.Errorf("ParseHeadingTime(%q) failed", tt.in)
			continue
		}
		if h.Clock.String() != tt.clock || h.Sep != tt.sep || h.Rest != tt.rest {
			t.Errorf("ParseHeadingTime(%q) = %q %q %q, want %q %q %q", tt.in, h.Clock, h.Sep, h.Rest, tt.clock, tt.sep, tt.rest)
		}
		if tt.in[h.SepStart:h.SepEnd] != h.Sep || tt.in[h.RestStart:] != h.Rest {
			t.Errorf("ParseHeadingTime(%q): offsets do not delimit the parts: %+v", tt.in, h)
		}
		if got, err := ParseClock(tt.in[h.Start:h.End]); err != nil || got != h.Clock {
			t.Errorf("ParseHeadingTime(%q): time text %q reads %v, %v", tt.in, tt.in[h.Start:h.End], got, err)
		}
	}
	for _, no := range []string{"2025 Forecast", "2024 Retrospective", "Welcome", "16:00x", "Meeting start 16:00 UTC", ""} {
		if h, ok := ParseHeadingTime(no); ok {
			t.Errorf("ParseHeadingTime(%q) = %+v, want no time", no, h)
		}
	}
}

func TestFromFileName(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"cpansec-minutes-2024-11-15.md", "2024-11-15"},
		{"meetings/cpansec-minutes-2025-06-18.md", "2025-06-18"},
		{"../shared/corpus/cpansec-minutes-2024-11-15@ff5825f.md", ""}, // a corpus copy's name: see corpustest.Name
		{`C:\minutes\cpansec-minutes-2026-02-19.MD`, "2026-02-19"},
		{"cpansec-minutes-2024-02-10.html", "2024-02-10"},
		{"2024-02-10.md", "2024-02-10"},
		{"minutes-template@4c8a6a0.md", ""},
		{"cpansec-minutes-2024-02-30.md", ""},
		{"cpansec-minutes-12024-02-10.md", ""},
		{"cpansec-minutes-2024-02-10-draft.md", ""},
	}
	for _, tt := range tests {
		w, ok := FromFileName(tt.in)
		if ok != (tt.want != "") || w.String() != tt.want {
			t.Errorf("FromFileName(%q) = %s, %v; want %q", tt.in, w, ok, tt.want)
		}
	}
}

func TestFormat(t *testing.T) {
	w := At(2024, time.January, 6, 12, 0)
	for _, r := range []struct{ got, want string }{
		{w.DateString(), "2024-01-06"},
		{w.TimeString(), "12:00 UTC"},
		{w.String(), "2024-01-06 12:00 UTC"},
		{w.WeekdayName(), "Saturday"},
		{w.MonthName(), "January"},
		{w.OrdinalDay(), "6th"},
		{w.OrdinalDate(), "January 6th, 2024"},
		{w.LongDate(), "Saturday January 6th, 2024"},
		{Date(0, time.March, 13).String(), "--03-13"},
		{Date(0, time.March, 13).LongDate(), "March 13th"},
		{Date(0, time.March, 13).WeekdayName(), ""},
		{When{}.String(), ""},
		{Date(2025, time.June, 18).TimeString(), ""},
		{w.WithClock(Clock{18, 0, "Europe/Amsterdam"}).String(), "2024-01-06 18:00 Europe/Amsterdam"},
	} {
		if r.got != r.want {
			t.Errorf("got %q, want %q", r.got, r.want)
		}
	}
	ordinals := map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 23: "23rd", 30: "30th", 31: "31st", 111: "111th"}
	for n, want := range ordinals {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestArithmetic(t *testing.T) {
	w := At(2025, time.December, 11, 16, 0)
	if got := w.AddDays(28); got != At(2026, time.January, 8, 16, 0) {
		t.Errorf("AddDays(28) = %s", got)
	}
	if got := Date(0, time.January, 8).InYearNear(w); got != Date(2026, time.January, 8) {
		t.Errorf("InYearNear(December 2025) = %s, want 2026-01-08", got)
	}
	if got := Date(0, time.March, 13).InYearNear(Date(2024, time.February, 24)); got != Date(2024, time.March, 13) {
		t.Errorf("InYearNear = %s, want 2024-03-13", got)
	}
	if got := Date(0, time.February, 29).InYearNear(Date(2025, time.March, 1)); got != Date(2024, time.February, 29) {
		t.Errorf("Feb 29 near 2025-03-01 = %s, want 2024-02-29", got)
	}
	if got := Date(0, time.May, 1).InYearNear(When{}); got.Year != 0 {
		t.Errorf("InYearNear(zero) filled the year: %s", got)
	}
	if w.Compare(w.AddDays(1)) != -1 || w.AddDays(1).Compare(w) != 1 || w.Compare(w) != 0 {
		t.Error("Compare disagrees with AddDays")
	}
	if !w.SameDate(Date(2025, time.December, 11)) || !Date(0, time.December, 11).SameDate(w) || w.SameDate(w.AddDays(7)) {
		t.Error("SameDate")
	}
	if c := (Clock{16, 0, UTC}).Add(-30); c != (Clock{15, 30, UTC}) {
		t.Errorf("Clock.Add(-30) = %v", c)
	}
	if c := (Clock{23, 30, UTC}).Add(90); c != (Clock{1, 0, UTC}) {
		t.Errorf("Clock.Add(90) = %v", c)
	}
	if d, ok := w.Weekday(); !ok || d != time.Thursday {
		t.Errorf("Weekday = %v, %v", d, ok)
	}
	if got := FromTime(time.Date(2026, 11, 22, 13, 5, 0, 0, time.FixedZone("CET", 3600))); got != At(2026, time.November, 22, 12, 5) {
		t.Errorf("FromTime = %s", got)
	}
	if !(When{}).IsZero() || w.IsZero() || !w.HasYear() || Date(0, 1, 1).HasYear() {
		t.Error("IsZero/HasYear")
	}
	if Date(2023, time.February, 29).Valid() || !Date(0, time.February, 29).Valid() || (When{Year: 2024, Month: 13, Day: 1}).Valid() {
		t.Error("Valid")
	}
}

func TestInFileName(t *testing.T) {
	for name, want := range map[string]string{
		"_minutes/2022-02-17-wecg.md":                   "2022-02-17",
		"_minutes_2023-09-11-2023-09-14-tpac-extra.md":  "2023-09-11",
		"2021_DevelopersMeeting20211209Japan.md":        "2021-12-09",
		"design-meeting-minutes_2021-04-21-wasm-abi.md": "2021-04-21",
		"main_2018_CG-11-27.md":                         "2018-11-27",
		"notes-v2.md":                                   "",
		"build-12345678.md":                             "",
		"notes-1999.md":                                 "",
		"2019/sept-19.md":                               "",
	} {
		w, ok := InFileName(name)
		if got := w.DateString(); ok != (want != "") || ok && got != want {
			t.Errorf("InFileName(%q) = %s, %v; want %q", name, got, ok, want)
		}
	}
}
