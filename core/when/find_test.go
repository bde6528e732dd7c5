package when

import (
	"strings"
	"testing"
	"time"
)

// found is the expected reading of one match: its text, its value as
// String() writes it, and the weekday written before it ("" for none).
type found struct {
	text, value, weekday string
}

// Every spelling below is taken from the group's minutes and templates.
var findTests = []struct {
	line string
	want []found
}{
	// Titles and headings.
	{"Minutes 2024-11-15", []found{{"2024-11-15", "2024-11-15", ""}}},
	{"Meeting Minutes 2024-02-24", []found{{"2024-02-24", "2024-02-24", ""}}},
	{"CPANSec bi-weekly meeting 2025-12-11", []found{{"2025-12-11", "2025-12-11", ""}}},
	{"Agenda & Meeting Details 2025-03-26", []found{{"2025-03-26", "2025-03-26", ""}}},
	{"Minutes 2024-", nil},
	{"Minutes 2024-FIXME", nil},
	// Meeting sentences and detail lines.
	{"Meeting was on Saturday January 6th, 2024, at 12:00 UTC.", []found{{"Saturday January 6th, 2024, at 12:00 UTC", "2024-01-06 12:00 UTC", "Saturday"}}},
	{"Meeting was on Saturday February 10th 2024, at 15:00 UTC, on the TPRF Slack server", []found{{"Saturday February 10th 2024, at 15:00 UTC", "2024-02-10 15:00 UTC", "Saturday"}}},
	{"Meeting was on Saturday FIXME at 15:00 UTC.", nil},
	{"- 2026-01-08 @ 16:00 UTC.", []found{{"2026-01-08 @ 16:00 UTC", "2026-01-08 16:00 UTC", ""}}},
	{"* 2024-11-15 16:08 UTC on #cpansec-discussion on Matrix", []found{{"2024-11-15 16:08 UTC", "2024-11-15 16:08 UTC", ""}}},
	{"* August 1st, 2024 17:00 UTC on #cpansec-discussion on Matrix", []found{{"August 1st, 2024 17:00 UTC", "2024-08-01 17:00 UTC", ""}}},
	{"* **Time**: on February 24, 2024, at 15:00 UTC. [Other timezones](https://www.timeanddate.com/worldclock/meetingdetails.html?year=2024&month=2&day=24&hour=15)", []found{{"February 24, 2024, at 15:00 UTC", "2024-02-24 15:00 UTC", ""}}},
	{"* **Time**: on March 13th 2024, at 17:00 UTC.", []found{{"March 13th 2024, at 17:00 UTC", "2024-03-13 17:00 UTC", ""}}},
	{"* **Time**: on FIXME, at 15:00 UTC.", nil},
	{"2024-06-19 16:00 UTC @ TPRF Slack #cpan-security channel", []found{{"2024-06-19 16:00 UTC", "2024-06-19 16:00 UTC", ""}}},
	{"Thurs 2024-07-18 17:00 UTC @ https://matrix.to", []found{{"Thurs 2024-07-18 17:00 UTC", "2024-07-18 17:00 UTC", "Thursday"}}},
	{"Thu 2024-07-18 17:00 UTC @ #cpansec-discussion", []found{{"Thu 2024-07-18 17:00 UTC", "2024-07-18 17:00 UTC", "Thursday"}}},
	{"1. July 03, 2024 1700 UTC", []found{{"July 03, 2024 1700 UTC", "2024-07-03 17:00 UTC", ""}}},
	{"1. Aug 1, 2024 at 17:00 UTC, #cpansec-discussion on matrix.org", []found{{"Aug 1, 2024 at 17:00 UTC", "2024-08-01 17:00 UTC", ""}}},
	// Next meeting lines.
	{"*   Next meeting is Wednesday 2024-11-27 @ 17:00UTC in #cpansec-discussion on Matrix (18:00 Europe/Amsterdam)", []found{{"Wednesday 2024-11-27 @ 17:00UTC", "2024-11-27 17:00 UTC", "Wednesday"}}},
	{"- Time: Feb 24th 2024, at 15:00 UTC on TPRF Slack", []found{{"Feb 24th 2024, at 15:00 UTC", "2024-02-24 15:00 UTC", ""}}},
	{"- Next meeting is FIXME @ 17:00UTC in #cpan-security on TPRF Slack.", nil},
	{"Next meeting is Wed March 13th @ 17:00UTC on TPRF Slack.", []found{{"Wed March 13th @ 17:00UTC", "--03-13 17:00 UTC", "Wednesday"}}},
	{"- Next meeting is March 27 @ 17:00UTC on TPRF Slack.", []found{{"March 27 @ 17:00UTC", "--03-27 17:00 UTC", ""}}},
	{"*   Next meeting is June 5th @ 16:00 UTC on TPRF Slack #cpan-security channel", []found{{"June 5th @ 16:00 UTC", "--06-05 16:00 UTC", ""}}},
	{"*   Next meeting is 2024-10-16 (16 Oct 2024) @ 16:00UTC in #cpansec-discussion", []found{{"2024-10-16", "2024-10-16", ""}, {"16 Oct 2024", "2024-10-16", ""}}},
	{"*   Next meeting is 2024-09-12 (12th Sep) @ 17:00UTC (18:00 Amsterdam)", []found{{"2024-09-12", "2024-09-12", ""}, {"12th Sep", "--09-12", ""}}},
	{"*   Next meeting is 29-08-2024 (29th Aug) @ 16:00UTC in #cpansec-discussion on Matrix", []found{{"29-08-2024", "2024-08-29", ""}, {"29th Aug", "--08-29", ""}}},
	{"*   Next meeting is Friday 2025-01-08 (8 Jan 2025) @ 16:00UTC (17:00 Europe/Amsterdam)", []found{{"Friday 2025-01-08", "2025-01-08", "Friday"}, {"8 Jan 2025", "2025-01-08", ""}}},
	{"- [ ] @sjn - next meeting in 4 weeks exactly, January 8, 2026 @ 16:00 UTC ([iCal](https://calendar.google.com/x))", []found{{"January 8, 2026 @ 16:00 UTC", "2026-01-08 16:00 UTC", ""}}},
	// Events and other dates in the body.
	{"1. [London Perl Workshop](https://act.yapc.eu/lpw2024/) - Saturday 26th October 2024 - talks", []found{{"Saturday 26th October 2024", "2024-10-26", "Saturday"}}},
	{"1. [PostgreSQL Lowlands 2024 NL](https://kangaroot.net/events/pg-day-lowlands-2024-nl) - Fri 13 Sep 2024", []found{{"Fri 13 Sep 2024", "2024-09-13", "Friday"}}},
	{"- [ ] (Germany) [All Systems Go](https://all-systems-go.io/) - Sept. 30th - Oct. 1st 2025, Berlin", []found{{"Sept. 30th", "--09-30", ""}, {"Oct. 1st 2025", "2025-10-01", ""}}},
	{"1. [PTS 2025](https://perltoolchainsummit.org/pts2025/) - Thursday May 1st to Sunday May 4th 2025 in Leipzig", []found{{"Thursday May 1st", "--05-01", "Thursday"}, {"Sunday May 4th 2025", "2025-05-04", "Sunday"}}},
	{"- (Norway) IGF - Monday 2025-06-23 … Saturday 2025-06-28 in Lillestrøm, Norway; (Registration closes June 8th)", []found{{"Monday 2025-06-23", "2025-06-23", "Monday"}, {"Saturday 2025-06-28", "2025-06-28", "Saturday"}, {"June 8th", "--06-08", ""}}},
	{"1. TPRF Community Representatives meeting 2023-02-16 @ 17:30 UTC on TPRF Slack", []found{{"2023-02-16 @ 17:30 UTC", "2023-02-16 17:30 UTC", ""}}},
	{"1.  @sjn – TPRF community representatives meeting Friday May 17th @ 17:30 UTC", []found{{"Friday May 17th @ 17:30 UTC", "--05-17 17:30 UTC", "Friday"}}},
	{"the Cyber Resilience Act coming into effect Dec 10th 2024. This may include", []found{{"Dec 10th 2024", "2024-12-10", ""}}},
	{"  - [x] @sjn - Only one consumer of Filter::Crypto - now 0 (as of 4 June 2025)", []found{{"4 June 2025", "2025-06-04", ""}}},
	{"2. PTS 2024 ([April 25-28 2024 in Lisbon, Portugal](https://blogs.perl.org/x))", []found{{"April 25", "--04-25", ""}}},
	{"- [cpansec-minutes-2024-01-06](cpansec-minutes-2024-02-06.md)", []found{{"2024-01-06", "2024-01-06", ""}, {"2024-02-06", "2024-02-06", ""}}},
	// Not dates.
	{"@timlegge may 15 things", nil},
	{"Aim to be ready medio January 2026", nil},
	{"We meet at 16:00 UTC", nil},
	{"2024-02-30 is no day", nil},
	{"12024-01-01 and 2024-01-011", nil},
	{"version 1.2024-01-01", []found{{"2024-01-01", "2024-01-01", ""}}},
}

func TestFind(t *testing.T) {
	for _, tt := range findTests {
		t.Run(tt.line, func(t *testing.T) {
			got := Find(tt.line)
			if len(got) != len(tt.want) {
				t.Fatalf("Find found %d dates, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, m := range got {
				w := tt.want[i]
				if m.Text != w.text || m.When.String() != w.value {
					t.Errorf("match %d = %q (%s), want %q (%s)", i, m.Text, m.When, w.text, w.value)
				}
				if m.Text != tt.line[m.Start:m.End] {
					t.Errorf("match %d: Text %q is not line[%d:%d]", i, m.Text, m.Start, m.End)
				}
				wd := ""
				if m.HasWeekday {
					wd = m.Weekday.String()
					if got := strings.ToLower(tt.line[m.WeekdayStart:m.WeekdayEnd]); !strings.HasPrefix(strings.ToLower(wd), got) {
						t.Errorf("match %d: weekday text %q does not name %s", i, got, wd)
					}
				}
				if wd != w.weekday {
					t.Errorf("match %d: weekday %q, want %q", i, wd, w.weekday)
				}
				if m.When.HasTime && tt.line[m.TimeStart:m.TimeEnd] == "" {
					t.Errorf("match %d: empty time range", i)
				}
			}
		})
	}
}

func TestFindOffsets(t *testing.T) {
	line := "Meeting was on Saturday January 6th, 2024, at 12:00 UTC."
	m := Find(line)[0]
	for _, r := range []struct{ name, got, want string }{
		{"weekday", line[m.WeekdayStart:m.WeekdayEnd], "Saturday"},
		{"date", line[m.DateStart:m.DateEnd], "January 6th, 2024"},
		{"time", line[m.TimeStart:m.TimeEnd], "12:00 UTC"},
	} {
		if r.got != r.want {
			t.Errorf("%s = %q, want %q", r.name, r.got, r.want)
		}
	}
	if m.Start != 15 || m.End != len(line)-1 {
		t.Errorf("match at [%d:%d], want [15:%d]", m.Start, m.End, len(line)-1)
	}
}

func TestFindNBSP(t *testing.T) {
	line := "Next meeting is Wednesday\u00a02024-11-27\u00a0@\u00a017:00\u00a0UTC"
	ms := Find(line)
	if len(ms) != 1 || ms[0].When != At(2024, time.November, 27, 17, 0) || !ms[0].HasWeekday {
		t.Fatalf("Find(%q) = %+v", line, ms)
	}
}

func TestWeekdayOK(t *testing.T) {
	ref := Date(2024, time.February, 24)
	tests := []struct {
		line string
		ok   bool
	}{
		{"Meeting was on Saturday January 6th, 2024", true},
		{"Meeting was on Friday January 6th, 2024", false},
		{"Next meeting is Friday 2025-01-22 (22 Jan 2025)", false},
		{"Next meeting is Wednesday 2025-01-22", true},
		{"Next meeting is Wed March 13th @ 17:00UTC", true}, // 2024-03-13, from ref
		{"Next meeting is Thu March 13th @ 17:00UTC", false},
		{"2024-03-13", true}, // no weekday written
	}
	for _, tt := range tests {
		m, ok := First(tt.line)
		if !ok {
			t.Fatalf("no date in %q", tt.line)
		}
		if got := m.WeekdayOK(ref); got != tt.ok {
			t.Errorf("WeekdayOK(%q) = %v, want %v", tt.line, got, tt.ok)
		}
	}
	// Without a year and without a reference the weekday cannot be checked.
	m, _ := First("Thu March 13th")
	if !m.WeekdayOK(When{}) {
		t.Error("a yearless date without a reference must not be reported")
	}
}

func TestDateTimeIn(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"*   Next meeting is 2024-10-16 (16 Oct 2024) @ 16:00UTC in #cpansec-discussion", "2024-10-16 16:00 UTC", true},
		{"*   Next meeting is Friday 2025-01-08 (8 Jan 2025) @ 16:00UTC (17:00 Europe/Amsterdam)", "2025-01-08 16:00 UTC", true},
		{"*   Next meeting is 15-08-2024 (15th Aug) @ 16:00UTC (if peterk can attend, 17:00UTC if not)", "2024-08-15 16:00 UTC", true},
		{"- Next meeting is Wednesday 2025-07-02 @ 16:00UTC in #cpansec-discussion on Matrix (18:00 Europe/Amsterdam)", "2025-07-02 16:00 UTC", true},
		{"*   Next meeting is in-person at PTS. New online meeting date will be decided then.", "", false},
		{"- Next meeting is FIXME @ 17:00UTC", "", false},
		{"- 2025-12-11 only a date", "2025-12-11", true},
	}
	for _, tt := range tests {
		w, ok := DateTimeIn(tt.line)
		if ok != tt.ok || w.String() != tt.want {
			t.Errorf("DateTimeIn(%q) = %s, %v; want %s, %v", tt.line, w, ok, tt.want, tt.ok)
		}
	}
}

func TestFindTimes(t *testing.T) {
	line := "- Next meeting is FIXME @ 17:00UTC in #cpan-security (18:00 Europe/Amsterdam, 1900 CEST, 10:16:00 no)"
	var got []string
	for _, m := range FindTimes(line) {
		got = append(got, m.Clock.String()+"="+line[m.Start:m.End])
	}
	want := []string{"17:00 UTC=17:00UTC", "18:00 Europe/Amsterdam=18:00 Europe/Amsterdam", "19:00 CEST=1900 CEST"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("FindTimes = %q, want %q", got, want)
	}
}

// TestClockShapesOfOtherGroups reads the times other groups write
// (Kubernetes SIGs' "11a - Noon (Pacific Time)", "noon ET", "12pm PT")
// and converts them to UTC; an hour with a bare "a" and no zone or range
// ("item 1a") is no time.
func TestClockShapesOfOtherGroups(t *testing.T) {
	winter, summer := Date(2016, 12, 14), Date(2024, 7, 10)
	for _, tt := range []struct {
		in   string
		on   When
		want string // the UTC clock, "" for no time
		text string // what is read
	}{
		{"11a - Noon (Pacific Time)", winter, "19:00 UTC", "11a - Noon (Pacific Time)"},
		{"11am PT", summer, "18:00 UTC", "11am PT"},
		{"11a PT", winter, "19:00 UTC", "11a PT"},
		{"noon ET", summer, "16:00 UTC", "noon ET"},
		{"Noon ET", winter, "17:00 UTC", "Noon ET"},
		{"12pm PT", summer, "19:00 UTC", "12pm PT"},
		{"12p-1p PT", summer, "19:00 UTC", "12p-1p PT"},
		{"9a-10a", summer, "", "9a-10a"},
		{"11a", summer, "", ""},
		{"1a)", summer, "", ""},
		{"noonday", summer, "", ""},
	} {
		c, end, ok := clockAt(tt.in, 0)
		if got := tt.in[:end]; !ok && tt.text != "" || ok && got != tt.text {
			t.Errorf("%q: read %q (%v), want %q", tt.in, got, ok, tt.text)
			continue
		}
		u, conv := c.UTC(tt.on)
		if got := ""; conv {
			got = u.String()
			if got != tt.want {
				t.Errorf("%q on %s = %s, want %s", tt.in, tt.on.DateString(), got, tt.want)
			}
		} else if tt.want != "" {
			t.Errorf("%q on %s: not converted, want %s", tt.in, tt.on.DateString(), tt.want)
		}
	}
	var got []string
	for _, m := range FindTimes("Time: noon ET (11a PT); see item 1a at noonday") {
		got = append(got, m.Text)
	}
	if strings.Join(got, "|") != "noon ET|11a PT" {
		t.Errorf("FindTimes = %q", got)
	}
}
