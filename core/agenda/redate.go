package agenda

import (
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// Redate moves minutes d to the meeting at w and changes nothing else: it
// is what a scribe means by correcting the meeting's date or time in a
// form. meeting_time is written "YYYY-MM-DD HH:MM UTC" (or "YYYY-MM-DD"
// when w has no time); it is added to the front matter when the document
// states its date nowhere else, so that the date has a home. Every other
// statement of the meeting's date — the title, headings such as "Agenda &
// Meeting Details 2025-03-26", body lines such as "- 2026-02-19 @ 16:00
// UTC.", timeanddate.com link queries — keeps its own spelling with w's
// date, weekday and time. When w's time differs from the meeting's, the
// timed headings ("16:04 UTC – Meeting start") move by as many minutes.
// A next-meeting line that gave the cadence date (the meeting's date plus
// the group's cadence) moves with it; one that names another date is the
// group's choice and stays. Items and attendance are left as they are.
//
// The Report's Edits list the lines rewritten and its Notes what the
// scribe should check (a time given in another zone). Like Next, Redate
// applies each step as a core.Change, so lines it does not touch are kept
// byte for byte; a caller that wants one undoable edit turns the result
// into one change with core.Diff(d.Bytes(), r.Bytes()).
func Redate(d *core.Document, w when.When, opts ...Option) (*Result, error) {
	cfg := config{}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.profile == nil {
		cfg.profile = profile.Default()
	}
	if !w.HasYear() || !w.Valid() {
		return nil, fmt.Errorf("the date %s is not a calendar date", w.DateString())
	}
	if w.HasTime {
		if !w.Clock.Valid() {
			return nil, fmt.Errorf("the time %s is not a time of day", w.Clock)
		}
		if w.Clock.Zone == "" {
			w.Clock.Zone = when.UTC
		}
	}
	f := d.Facts()
	r := &Result{Report: Report{When: w, From: "redate", Previous: f.When}}
	e := &editor{doc: d, report: &r.Report}
	steps := []func() error{e.homeForDate, e.moveDates, e.moveLinks, e.shiftHeadingTimes,
		func() error { return e.followNextLine(cfg.profile) }}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("%s: redate: %w", d.Name(), err)
		}
	}
	e.lines()
	r.Doc = e.doc
	return r, nil
}

// followNextLine moves the next-meeting line by as much as the meeting
// moved, when it stated the cadence date after the meeting.
func (e *editor) followNextLine(p *profile.Profile) error {
	f, prev := e.doc.Facts(), e.report.Previous
	if f.Next.IsZero() || f.NextLine == 0 || !prev.HasYear() || !f.Next.SameDate(prev.AddDays(cadence(p))) {
		return nil
	}
	next := e.report.When.AddDays(cadence(p)).DateOnly()
	if f.Next.HasTime {
		next = next.WithClock(f.Next.Clock)
	}
	return e.moveLine(f.NextLine, "next meeting", f.Next, next, f.Next)
}

// homeForDate adds meeting_time when the document states its meeting's
// date nowhere but perhaps in its file name: moveDates only rewrites
// statements that exist.
func (e *editor) homeForDate() error {
	if e.doc.FrontMatter.Field("meeting_time") != nil {
		return nil
	}
	for _, st := range e.doc.Facts().Dates {
		if st.Line > 0 {
			return nil
		}
	}
	c, err := e.doc.SetField("meeting_time", e.report.When.String())
	if err != nil {
		return err
	}
	return e.insert(c, "meeting_time", "meeting_time: "+e.report.When.String())
}

// shiftHeadingTimes moves every UTC time heading by the change of the
// meeting's time, keeping each heading's distance from the meeting time
// (a meeting that started at 16:04 instead of 16:00 still did, an hour
// later). Headings in another zone are left, with a note.
func (e *editor) shiftHeadingTimes() error {
	prev, w := e.report.Previous, e.report.When
	if !prev.HasTime || !w.HasTime {
		return nil
	}
	delta := minutes(w.Clock) - minutes(prev.Clock)
	if delta == 0 {
		return nil
	}
	var eds []pendingEdit // one change: each time is its own line's
	for _, s := range e.doc.Sections() {
		if s.Time == "" {
			continue
		}
		old, err := when.ParseClock(s.Time)
		if err != nil {
			continue
		}
		if old.Zone != "" && old.Zone != when.UTC {
			e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d gives its time as %s: check it", s.Line, s.Time))
			continue
		}
		if t := clockLike(s.Time, old.Add(delta)); t != s.Time {
			c, err := e.doc.SetSectionTime(s, t)
			if err != nil {
				return err
			}
			eds = append(eds, pendingEdit{c, "time", s.Time, t})
		}
	}
	return e.editAll(eds)
}
