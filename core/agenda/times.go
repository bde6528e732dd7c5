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
	oldStart, haveStart := when.Clock{}, false
	for _, s := range e.doc.Sections() {
		if off, ok := headingOffset(s.Title); ok && off == 0 && s.Time != "" {
			if c, err := when.ParseClock(s.Time); err == nil {
				oldStart, haveStart = c, true
				break
			}
		}
	}
	if !haveStart && e.report.Previous.HasTime {
		oldStart, haveStart = e.report.Previous.Clock, true
	}
	// Each edit makes a new document: its sections are found again by
	// their place, from one list per edit, not one per section.
	sections := e.doc.Sections()
	for i := range sections {
		s := sections[i]
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
		before := e.doc
		if err := e.setSectionTime(s, t); err != nil {
			return err
		}
		if e.doc != before {
			sections = e.doc.Sections()
		}
	}
	return nil
}

func minutes(c when.Clock) int { return c.Hour*60 + c.Minute }

// setSectionTime writes time t into section s's heading, unless it is
// there already, and reports the change.
func (e *editor) setSectionTime(s *core.Section, t string) error {
	if t == s.Time {
		return nil
	}
	c, err := e.doc.SetSectionTime(s, t)
	if err != nil {
		return err
	}
	return e.edit(c, "time", s.Time, t)
}
