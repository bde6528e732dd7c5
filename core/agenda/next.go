package agenda

import (
	"errors"
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

// ErrNoDate is returned when the minutes state no meeting date and no
// next meeting, and no date was given.
var ErrNoDate = errors.New("the minutes give neither their meeting's date nor the next meeting's: give the date")

// Option configures Next.
type Option func(*config)

type config struct {
	date     when.When
	clock    when.Clock
	clockSet bool
	profile  *profile.Profile
	carried  func(text string) int
}

// WithDate sets the new meeting's date, overriding the minutes'
// next-meeting line. A time of day in d is used as by WithClock.
func WithDate(d when.When) Option {
	return func(c *config) {
		c.date = d.DateOnly()
		if d.HasTime {
			WithClock(d.Clock)(c)
		}
	}
}

// WithClock sets the new meeting's time (a clock without a zone is UTC).
func WithClock(t when.Clock) Option {
	return func(c *config) {
		if t.Zone == "" {
			t.Zone = when.UTC
		}
		c.clock, c.clockSet = t, true
	}
}

// WithProfile sets the group whose cadence and usual time apply (the
// built-in CPANSec profile by default).
func WithProfile(p *profile.Profile) Option { return func(c *config) { c.profile = p } }

// Result is the agenda made from minutes, with what was done.
type Result struct {
	// Doc is the agenda.
	Doc *core.Document
	// Report says what the rule did, line by line.
	Report Report
}

// Bytes returns the agenda's Markdown.
func (r *Result) Bytes() []byte { return r.Doc.Bytes() }

// Next makes the agenda of the next meeting from minutes d, by the group's
// rule: checked items go with their sub-items, repeated items keep one
// copy, everything else stays in place — except in a format whose
// template resets sections (the 2026 compact format's Attending and
// Minutes), which start afresh from the template; attendance, chair, scribe and
// approvals are cleared and the previous minutes are put up for approval;
// every statement of the meeting's date and time moves to the new meeting,
// and the next-meeting line to the meeting after it. Each step is a
// core.Change applied in turn, so lines the rule does not touch are kept
// byte for byte.
func Next(d *core.Document, opts ...Option) (*Result, error) {
	cfg := config{}
	for _, o := range opts {
		o(&cfg)
	}
	if cfg.profile == nil {
		cfg.profile = profile.Default()
	}
	r := &Result{}
	e := &editor{doc: d, report: &r.Report}
	if info, ok := templates.Match(d); ok {
		e.format = &info
	}
	if err := schedule(d.Facts(), cfg, &r.Report); err != nil {
		return nil, err
	}
	steps := []func() error{
		e.dropItems,
		func() error { return e.carryActions(cfg.profile) },
		func() error { return e.applyRules(cfg.profile) },
		e.clearPeople,
		func() error {
			if !cfg.profile.Meeting.ApprovePrevious {
				return nil // the group's agendas do not approve the previous minutes
			}
			return e.approval()
		},
		e.moveDates,
		e.moveLinks,
		e.moveHeadingTimes,
		func() error { return e.moveNextLine(cfg.profile) },
		func() error { return e.resetSections(cfg.profile) },
		e.dropNotes,
		func() error { return e.markStale(cfg.carried, cfg.profile.Meeting.Stale()) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("%s: next agenda: %w", d.Name(), err)
		}
	}
	e.lines()
	r.Doc = e.doc
	return r, nil
}

// cadence returns the days between meetings.
func cadence(p *profile.Profile) int {
	if p.Meeting.CadenceDays > 0 {
		return p.Meeting.CadenceDays
	}
	return 14
}

// schedule decides the new meeting's date and time: the date given, else
// the next-meeting line when it is after the meeting, else a cadence after
// the meeting; the time given, else the next-meeting line's, else the
// meeting's, else the group's usual time.
func schedule(f *core.Facts, cfg config, r *Report) error {
	if cfg.clockSet && !cfg.clock.Valid() {
		return fmt.Errorf("the time %s is not a time of day", cfg.clock)
	}
	if !cfg.date.IsZero() && (!cfg.date.HasYear() || !cfg.date.Valid()) {
		return fmt.Errorf("the date %s is not a calendar date", cfg.date.DateString())
	}
	prev, next := f.When, f.Next
	r.Previous = prev
	nextOK := next.HasYear() && next.Valid() && (prev.IsZero() || next.DateOnly().Compare(prev.DateOnly()) > 0)
	switch {
	case !cfg.date.IsZero():
		r.When, r.From = cfg.date, "--date"
	case nextOK:
		r.When, r.From = next.DateOnly(), fmt.Sprintf("the minutes' next-meeting line %d", f.NextLine)
	case prev.HasYear():
		r.When, r.From = prev.DateOnly().AddDays(cadence(cfg.profile)), fmt.Sprintf("%d days after %s", cadence(cfg.profile), prev.DateString())
		if !cfg.profile.HasCadence() {
			r.Notes = append(r.Notes, fmt.Sprintf("the profile gives no cadence and the minutes no next meeting: %d days assumed; give --date or the profile's meeting.cadence_days", cadence(cfg.profile)))
		}
		if !next.IsZero() {
			r.Notes = append(r.Notes, fmt.Sprintf("the minutes' next-meeting line %d gives %s, not after their meeting (%s): not used", f.NextLine, next.DateString(), prev.DateString()))
		}
	default:
		return ErrNoDate
	}
	clock := cfg.profile.Clock()
	switch {
	case cfg.clockSet && cfg.clock.Valid():
		clock = cfg.clock
	case nextOK && next.HasTime:
		clock = next.Clock
	case prev.HasTime:
		clock = prev.Clock
	}
	if clock.Zone == "" {
		clock.Zone = when.UTC
	}
	r.When = r.When.WithClock(clock)
	return nil
}

// dropItems removes the checked items with their sub-items and the second
// copies of repeated items, all found in the minutes as they were.
func (e *editor) dropItems() error {
	// The approval line is rewritten, not dropped, even when checked.
	keep := map[*core.Item]bool{}
	if l := approvalList(e.doc); l != nil {
		keep[l.Label] = true
	}
	checked := checkedItems(e.doc, keep)
	repeated := repeatedItems(e.doc)
	for _, c := range checked {
		e.report.Dropped = append(e.report.Dropped, *c.report)
	}
	for _, c := range repeated {
		e.report.Repeated = append(e.report.Repeated, *c.report)
	}
	return e.removeAll(append(checked, repeated...))
}

// errLost reports an item that could not be found again after an edit: a
// bug, not a problem of the input.
func errLost(it *core.Item) error {
	return fmt.Errorf("item of line %d lost during the edits", it.Line)
}
