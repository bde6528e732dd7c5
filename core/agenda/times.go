package agenda

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// The scheduled times of the timed headings, in minutes from the meeting
// time, as the group's templates write them.
const (
	preMeeting = -30 // "16:30 UTC – Pre-meeting socializing"
	meetingEnd = 60  // "18:00 UTC – Meeting end"
	finalEnd   = 90  // "18:30 UTC – End"
)

// headingOffset returns the scheduled minutes from the meeting time of a
// timed heading's title, and false for a heading the templates do not
// schedule.
func headingOffset(title string) (int, bool) {
	switch t := strings.TrimSpace(title); {
	case core.StartsMeeting(t):
		return 0, true
	case isMeetingEndTitle(t):
		return meetingEnd, true
	case core.EndsMeeting(t):
		return finalEnd, true // "End", "Post-meeting socializing end"
	case isPreMeetingTitle(t):
		return preMeeting, true
	}
	return 0, false
}

// moveHeadingTimes gives the timed headings back their scheduled times
// from the new meeting time: start at the meeting time, pre-meeting half an
// hour before, "Meeting end" an hour after and the final "End" an hour and
// a half after. Another timed heading keeps its distance from the start.
func (e *editor) moveHeadingTimes() error {
	w := e.report.When
	oldStart, haveStart := e.oldStart()
	// Every time is written in one change: a heading's time is its own
	// line's, which no other edit sees.
	var eds []pendingEdit
	for _, s := range e.doc.Sections() {
		if s.Time == "" {
			continue
		}
		old, err := when.ParseClock(s.Time)
		if err != nil {
			continue
		}
		off, ok := headingOffset(s.Title)
		if !ok {
			if !haveStart {
				continue
			}
			off = minutes(old) - minutes(oldStart)
		}
		t := clockLike(s.Time, w.Clock.Add(off))
		if t == s.Time {
			continue
		}
		c, err := e.doc.SetSectionTime(s, t)
		if err != nil {
			return err
		}
		eds = append(eds, pendingEdit{c, "time", s.Time, t})
	}
	return e.editAll(eds)
}

// oldStart returns the time the minutes' meeting started: its start
// heading's, else the previous meeting's time, if any.
func (e *editor) oldStart() (when.Clock, bool) {
	for _, s := range e.doc.Sections() {
		if off, ok := headingOffset(s.Title); ok && off == 0 && s.Time != "" {
			if c, err := when.ParseClock(s.Time); err == nil {
				return c, true
			}
		}
	}
	if e.report.Previous.HasTime {
		return e.report.Previous.Clock, true
	}
	return when.Clock{}, false
}

func minutes(c when.Clock) int { return c.Hour*60 + c.Minute }
