package agenda

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// moveDates writes the new meeting's date and time wherever the minutes
// state their meeting's: meeting_time (as "YYYY-MM-DD HH:MM UTC"), and the
// title, headings and body lines in their own spelling, weekday included.
func (e *editor) moveDates() error {
	w := e.report.When
	f := e.doc.Facts()
	if fld := e.doc.FrontMatter.Field("meeting_time"); fld != nil && fld.Value != w.String() {
		c, err := e.doc.SetField("meeting_time", w.String())
		if err != nil {
			return err
		}
		if err := e.edit(c, "meeting_time", fld.Value, w.String()); err != nil {
			return err
		}
	}
	// The lines first: a rewrite keeps the lines but moves the offsets.
	type target struct {
		line int
		date when.When
	}
	var targets []target
	done := map[int]bool{}
	stated := false
	for _, st := range f.Dates {
		if st.Line == 0 || st.From == "meeting_time" {
			continue
		}
		stated = true
		// A heading or paragraph may run over several lines: the date's
		// line is where its span starts.
		line := st.Line
		if st.Span.End > st.Span.Start {
			line = e.doc.Line(st.Span.Start)
		}
		if !done[line] {
			done[line] = true
			targets = append(targets, target{line, st.When})
		}
	}
	log := f.IsLog()
	for _, t := range targets {
		if prev := e.report.Previous; log && !t.date.SameDate(prev) {
			continue // a log of meetings: the other meetings keep their dates
		}
		if prev := e.report.Previous; !t.date.SameDate(prev) && !prev.IsZero() {
			e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d gave %s, not the meeting's date %s: moved to the new date too", t.line, t.date.DateString(), prev.DateString()))
		}
		if err := e.moveLine(t.line, "date", t.date, w, e.report.Previous); err != nil {
			return err
		}
	}
	if !stated && e.doc.FrontMatter.Field("meeting_time") == nil {
		e.report.Notes = append(e.report.Notes, "the minutes state their date nowhere but in the file name: the agenda's date is in its file name only")
	}
	return nil
}

// moveLine rewrites, in line n, every date that is old as the date of w
// in its own spelling, the time written with it as w's time, and any
// other UTC time equal to oldClock's as w's time.
func (e *editor) moveLine(n int, what string, old, w, oldClock when.When) error {
	line, start := e.lineText(n)
	var c core.Change
	var covered []span
	for _, m := range when.Find(line) {
		if !m.When.InYearNear(old).SameDate(old) {
			continue
		}
		covered = append(covered, span{m.Start, m.End})
		if s := respell(line, m, w, true); s != m.Text {
			c = append(c, core.Splice{Start: start + m.Start, End: start + m.End, Text: s})
			c = append(c, e.rangeEnd(line, start, m.End, m.When.InYearNear(old), w, n)...)
		}
	}
	if len(covered) == 0 {
		return nil
	}
	if oldClock.HasTime && w.HasTime {
		for _, t := range when.FindTimes(line) {
			if inside(covered, t.Start) {
				continue
			}
			if t.Clock.Zone != "" && t.Clock.Zone != when.UTC {
				if t.Clock != w.Clock {
					e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d also gives the time as %s: check it", n, t.Text))
				}
				continue
			}
			if t.Clock.Hour == oldClock.Clock.Hour && t.Clock.Minute == oldClock.Clock.Minute {
				if s := clockLike(t.Text, w.Clock); s != t.Text {
					c = append(c, core.Splice{Start: start + t.Start, End: start + t.End, Text: s})
				}
			}
		}
	}
	if len(c) == 0 {
		return nil
	}
	sortSplices(c)
	newLine := string(shifted(c, start).Apply([]byte(line)))
	return e.edit(c, what, strings.TrimSpace(line), strings.TrimSpace(newLine))
}

// span is a byte range of a line.
type span struct{ start, end int }

func inside(spans []span, off int) bool {
	for _, s := range spans {
		if s.start <= off && off < s.end {
			return true
		}
	}
	return false
}

// sortSplices puts splices in order of position (insertion sort: a line
// has few).
func sortSplices(c core.Change) {
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && c[j].Start < c[j-1].Start; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}

// shifted returns c with its offsets moved back by start, to apply it to
// the line that starts there.
func shifted(c core.Change, start int) core.Change {
	out := make(core.Change, len(c))
	for i, s := range c {
		out[i] = core.Splice{Start: s.Start - start, End: s.End - start, Text: s.Text}
	}
	return out
}

// moveLinks rewrites the dates in link queries that give the meeting's
// date: timeanddate.com links, which the 2024 minutes wrote for other
// time zones and calendar downloads (see linkDates and isoLinks).
func (e *editor) moveLinks() error {
	prev, w := e.report.Previous, e.report.When
	if !prev.HasYear() {
		return nil
	}
	src := e.doc.String()
	var c core.Change
	for _, m := range isoLinks(src) {
		num := func(i int) int { n, _ := strconv.Atoi(src[m[2*i]:m[2*i+1]]); return n }
		if num(1) != prev.Year || num(2) != int(prev.Month) || num(3) != prev.Day {
			continue
		}
		text := fmt.Sprintf("iso=%04d%02d%02dT%02d%02d00", w.Year, int(w.Month), w.Day, w.Clock.Hour, w.Clock.Minute)
		if text != src[m[0]:m[1]] {
			c = append(c, core.Splice{Start: m[0], End: m[1], Text: text})
		}
	}
	for _, m := range linkDates(src) {
		num := func(i int) int { n, _ := strconv.Atoi(src[m[2*i]:m[2*i+1]]); return n }
		if num(1) != prev.Year || num(3) != int(prev.Month) || num(5) != prev.Day {
			continue
		}
		text := fmt.Sprintf("year=%d%smonth=%d%sday=%d", w.Year, src[m[4]:m[5]], int(w.Month), src[m[8]:m[9]], w.Day)
		if m[12] >= 0 {
			text += fmt.Sprintf("%shour=%d%smin=%d", src[m[12]:m[13]], w.Clock.Hour, src[m[16]:m[17]], w.Clock.Minute)
		}
		if text != src[m[0]:m[1]] {
			c = append(c, core.Splice{Start: m[0], End: m[1], Text: text})
		}
	}
	sortSplices(c)
	// One edit per link, so that the report names each.
	delta := 0
	for _, sp := range c {
		sp.Start += delta
		sp.End += delta
		old := e.doc.Text(core.Span{Start: sp.Start, End: sp.End})
		if err := e.edit(core.Change{sp}, "link", old, sp.Text); err != nil {
			return err
		}
		delta += len(sp.Text) - (sp.End - sp.Start)
	}
	return nil
}

// moveNextLine moves the next-meeting line on to the meeting after the new
// one: a cadence later, at the new meeting's time.
func (e *editor) moveNextLine(p *profile.Profile) error {
	f := e.doc.Facts()
	if f.Next.IsZero() || f.NextLine == 0 {
		return nil
	}
	after := e.report.When.AddDays(cadence(p))
	before := len(e.report.Edits)
	if err := e.moveLine(f.NextLine, "next meeting", f.Next, after, f.Next); err != nil {
		return err
	}
	if len(e.report.Edits) == before && !f.Next.SameDate(after) {
		e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d: could not move the next meeting's date (%s) on: set it by hand", f.NextLine, f.Next.DateString()))
	}
	return nil
}
