package when_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/cpansec/minutes/core/when"
)

func ExampleParseMeetingTime() {
	for _, v := range []string{
		"February 24th, 2024 15:00 UTC",
		"July 03, 2024 17:00 UTC",
		"April 10th 2024, 17:00 UTC",
		"2025-06-18 16:00 UTC",
	} {
		w, err := when.ParseMeetingTime(v)
		fmt.Println(w, err)
	}
	w, err := when.ParseMeetingTime("March 27th, 2024 17:00 UTC FIXME")
	var extra *when.ExtraTextError
	fmt.Println(w, errors.As(err, &extra), extra.Extra)
	// Output:
	// 2024-02-24 15:00 UTC <nil>
	// 2024-07-03 17:00 UTC <nil>
	// 2024-04-10 17:00 UTC <nil>
	// 2025-06-18 16:00 UTC <nil>
	// 2024-03-27 17:00 UTC true FIXME
}

func ExampleFind() {
	line := "Meeting was on Saturday January 6th, 2024, at 12:00 UTC."
	for _, m := range when.Find(line) {
		fmt.Printf("%q at column %d: %s, weekday %s\n", m.Text, m.Start+1, m.When, m.Weekday)
	}
	// Output:
	// "Saturday January 6th, 2024, at 12:00 UTC" at column 16: 2024-01-06 12:00 UTC, weekday Saturday
}

func ExampleMatch_WeekdayOK() {
	thisMeeting := when.Date(2024, time.November, 15)
	m, _ := when.First("Next meeting is Friday 2024-11-27 @ 17:00UTC")
	fmt.Println(m.When.WeekdayName(), m.WeekdayOK(thisMeeting))
	// Output:
	// Wednesday false
}

func ExampleDateTimeIn() {
	w, _ := when.DateTimeIn("Next meeting is 2024-10-16 (16 Oct 2024) @ 16:00UTC in #cpansec-discussion")
	fmt.Println(w)
	// Output:
	// 2024-10-16 16:00 UTC
}

func ExampleFindTimes() {
	for _, t := range when.FindTimes("Next meeting is FIXME @ 17:00UTC (18:00 Europe/Amsterdam)") {
		fmt.Println(t.Clock)
	}
	// Output:
	// 17:00 UTC
	// 18:00 Europe/Amsterdam
}

func ExampleParseHeadingTime() {
	h, _ := when.ParseHeadingTime("16:30 UTC –\u00a0Pre-meeting socializing")
	fmt.Printf("%s | %s | %s\n", h.Clock, h.Sep, h.Rest)
	// Output:
	// 16:30 UTC | – | Pre-meeting socializing
}

func ExampleFromFileName() {
	w, ok := when.FromFileName("meetings/cpansec-minutes-2024-11-15.md")
	fmt.Println(w, ok)
	// Output:
	// 2024-11-15 true
}

func ExampleWhen_LongDate() {
	w := when.At(2024, time.January, 6, 12, 0)
	fmt.Println(w.LongDate())
	fmt.Println(w.OrdinalDate())
	fmt.Println(w.DateString(), "|", w.TimeString(), "|", w)
	// Output:
	// Saturday January 6th, 2024
	// January 6th, 2024
	// 2024-01-06 | 12:00 UTC | 2024-01-06 12:00 UTC
}

func ExampleWhen_InYearNear() {
	m, _ := when.First("next meeting is Wed March 13th @ 17:00UTC")
	fmt.Println(m.When, "->", m.When.InYearNear(when.Date(2024, time.February, 24)))
	// Output:
	// --03-13 17:00 UTC -> 2024-03-13 17:00 UTC
}

func ExampleWhen_AddDays() {
	fmt.Println(when.At(2025, time.December, 11, 16, 0).AddDays(14))
	// Output:
	// 2025-12-25 16:00 UTC
}

func ExampleParseClock() {
	c, _ := when.ParseClock("17:00UTC")
	fmt.Println(c, c.Add(-30))
	// Output:
	// 17:00 UTC 16:30 UTC
}

func ExampleOrdinal() {
	fmt.Println(when.Ordinal(1), when.Ordinal(12), when.Ordinal(22))
	// Output:
	// 1st 12th 22nd
}
