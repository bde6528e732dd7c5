package agenda

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/internal/corpustest"
)

func next(t *testing.T, src string, opts ...Option) (*core.Document, *Result) {
	t.Helper()
	d, err := core.Parse([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Next(d, opts...)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems(d, r) {
		t.Error(p)
	}
	return d, r
}

func TestSchedule(t *testing.T) {
	tests := []struct {
		name, src string
		opts      []Option
		want      string
		note      string
	}{
		{"next line", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Next meeting is 2025-03-27 @ 16:00 UTC\n", nil, "2025-03-27 16:00 UTC", ""},
		{"cadence", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Agenda\n", nil, "2025-03-26 17:00 UTC", ""},
		{"stale next line", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Next meeting is 2025-03-12 @ 17:00 UTC\n", nil, "2025-03-26 17:00 UTC", "not after their meeting"},
		{"no time anywhere", "# Minutes 2025-03-12\n", nil, "2025-03-26 16:00 UTC", ""},
		{"date given", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Next meeting is 2025-03-27 @ 16:00 UTC\n", []Option{WithDate(when.Date(2025, 4, 1))}, "2025-04-01 16:00 UTC", ""},
		{"date and time given", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n", []Option{WithDate(when.Date(2025, 4, 1)), WithClock(when.Clock{Hour: 18})}, "2025-04-01 18:00 UTC", ""},
		{"midnight given", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n", []Option{WithClock(when.Clock{})}, "2025-03-26 00:00 UTC", ""},
		{"date with a time", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n", []Option{WithDate(when.At(2025, 4, 1, 9, 30))}, "2025-04-01 09:30 UTC", ""},
		{"weekly profile", "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n", []Option{WithProfile(weekly(t))}, "2025-03-19 17:00 UTC", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, r := next(t, tt.src, tt.opts...)
			if got := r.Report.When.String(); got != tt.want {
				t.Errorf("new meeting %s, want %s", got, tt.want)
			}
			if notes := strings.Join(r.Report.Notes, "\n"); !strings.Contains(notes, tt.note) {
				t.Errorf("notes %q lack %q", notes, tt.note)
			}
		})
	}
}

func weekly(t *testing.T) *profile.Profile {
	p := profile.Default()
	p.Meeting.CadenceDays = 7
	return p
}

func TestNoDate(t *testing.T) {
	d, _ := core.Parse([]byte("## Agenda\n- [ ] something\n"))
	if _, err := Next(d); !errors.Is(err, ErrNoDate) {
		t.Errorf("got %v, want ErrNoDate", err)
	}
	_, r := next(t, "## Agenda\n- [ ] something\n", WithDate(when.Date(2025, 1, 8)))
	if !strings.Contains(r.Doc.String(), "- [ ] something") || !strings.Contains(r.Doc.String(), "Previous meeting minutes to be approved") {
		t.Errorf("agenda:\n%s", r.Doc)
	}
}

func TestBadOptions(t *testing.T) {
	d, _ := core.Parse([]byte("---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n"))
	for _, o := range []Option{WithClock(when.Clock{Hour: 25}), WithDate(when.Date(2025, 2, 30)), WithDate(when.Date(0, 2, 3))} {
		if _, err := Next(d, o); err == nil {
			t.Error("bad option accepted")
		}
	}
}

func TestDropCounts(t *testing.T) {
	_, r := next(t, `---
meeting_time: 2025-03-12 17:00 UTC
---
- [x] parent
  - [ ] open child
  - [x] checked child
    - [ ] open grandchild
  - note
- [ ] kept
  - [x] checked child of an open item
  - [ ] open child of an open item
`)
	want := []Removed{{Line: 4, Text: "parent", Below: 4, OpenBelow: 2}, {Line: 10, Text: "checked child of an open item"}}
	if len(r.Report.Dropped) != len(want) {
		t.Fatalf("dropped %+v, want %+v", r.Report.Dropped, want)
	}
	for i, w := range want {
		if r.Report.Dropped[i] != w {
			t.Errorf("dropped[%d] = %+v, want %+v", i, r.Report.Dropped[i], w)
		}
	}
	if got := r.Doc.String(); !strings.Contains(got, "- [ ] kept\n  - [ ] open child of an open item\n") || strings.Contains(got, "parent") {
		t.Errorf("agenda:\n%s", got)
	}
}

func TestRepeated(t *testing.T) {
	_, r := next(t, `---
meeting_time: 2025-03-12 17:00 UTC
---
## Agenda
- [ ] @sjn - push the PURL update
  - details
- [ ] @sjn -  push the PURL update
  - details
- [ ] @sjn - push the PURL update
  - something new
- [ ] @sjn - push the PURL update
  - [x] done below
- …
- …
## Other
- [ ] @sjn - push the PURL update
`)
	got := r.Doc.String()
	if n := strings.Count(got, "push the PURL update"); n != 3 {
		t.Errorf("%d copies, want 3 (the first, the one with something new, the one in another section):\n%s", n, got)
	}
	if len(r.Report.Repeated) != 2 || r.Report.Repeated[0].SameAs != 5 {
		t.Errorf("repeated %+v", r.Report.Repeated)
	}
	if strings.Count(got, "- …") != 2 {
		t.Errorf("placeholders are not repeats:\n%s", got)
	}
}

func TestTimedHeadings(t *testing.T) {
	_, r := next(t, `---
meeting_time: 2025-03-12 17:00 UTC
---
## 16:30 UTC – Pre-meeting socializing
## 17:03 UTC – Meeting start
## 17:30 UTC – Lightning talks
## 18:12 UTC – Meeting end
## 18:12 UTC – End
`, WithDate(when.Date(2025, 3, 26)), WithClock(when.Clock{Hour: 16}))
	want := "## 16:00 UTC – Meeting start\n\n- Previous meeting minutes (2025-03-12) to be approved\n## 16:27 UTC – Lightning talks\n## 17:00 UTC – Meeting end\n## 17:30 UTC – End\n"
	if got := r.Doc.String(); !strings.HasSuffix(got, want) {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPeopleShapes(t *testing.T) {
	_, r := next(t, `---
meeting_time: 2024-02-24 15:00 UTC
---
## Welcome – @sjn
* @sjn welcomed all
* @timlegge took minutes
* Attendees: @stigtsp, @tux
* Partly attending: @leont
* Regrets: @oalders

## Attending
1. @sjn
1. @timlegge
`)
	got := r.Doc.String()
	for _, gone := range []string{"took minutes", "@stigtsp", "@leont", "@oalders", "1. @sjn", "1. @timlegge"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q kept:\n%s", gone, got)
		}
	}
	for _, kept := range []string{"* @sjn welcomed all\n", "* Attendees:\n", "* Partly attending:\n", "* Regrets:\n", "## Attending\n1. \n"} {
		if !strings.Contains(got, kept) {
			t.Errorf("%q missing:\n%s", kept, got)
		}
	}
}

// TestProblemsFindDefects checks that the checks the corpus and golden
// tests rely on do fail on a bad agenda.
func TestProblemsFindDefects(t *testing.T) {
	src := "---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Attendees: @a\n- [ ] open\n- [x] done\n"
	d, _ := core.Parse([]byte(src))
	r, err := Next(d)
	if err != nil {
		t.Fatal(err)
	}
	if p := problems(d, r); len(p) > 0 {
		t.Fatalf("good agenda has problems: %v", p)
	}
	bad, _ := core.Parse([]byte("---\nmeeting_time: 2025-03-12 17:00 UTC\n---\n- Attendees: @a\n- [x] done\n\n\n\n\n- an unreported line\n"))
	r.Doc = bad
	p := strings.Join(problems(d, r), "\n")
	for _, want := range []string{"checked item kept", "open item lost", "neither a line of the minutes nor reported", "attendees not cleared", "still states 2025-03-12", "approval line"} {
		if !strings.Contains(p, want) {
			t.Errorf("problems lack %q:\n%s", want, p)
		}
	}
}

// The edits below were made one change per edit before they were
// batched (issue 13: a change per edit is a parse per edit, quadratic on
// a long document). These are those one-by-one versions, the definition
// the batched ones are checked against.

func (e *editor) moveHeadingTimesOneByOne() error {
	w := e.report.When
	oldStart, haveStart := e.oldStart()
	for i := 0; i < len(e.doc.Sections()); i++ {
		s := e.doc.Sections()[i]
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
		if t := clockLike(s.Time, w.Clock.Add(off)); t != s.Time {
			c, err := e.doc.SetSectionTime(s, t)
			if err != nil {
				return err
			}
			if err := e.edit(c, "time", s.Time, t); err != nil {
				return err
			}
		}
	}
	return nil
}

// dropNotesOneByOne removes the notes the last first, as RemoveItems
// is defined (the first-first order of before gives the same text on
// every real file, TestBatchedStepsCorpus, but other blank lines in some
// generated shapes), reporting them in document order.
func (e *editor) dropNotesOneByOne() error {
	if e.format == nil {
		return nil
	}
	date := e.report.When.DateString()
	for _, title := range e.format.Notes {
		s := sectionTitled(e.doc, title)
		if s == nil {
			continue
		}
		notes := notesOf(s, date)
		n := len(e.report.Edits)
		for i := len(notes) - 1; i >= 0; i-- {
			cur, err := e.find(notes[i])
			if err != nil {
				return err
			}
			c, err := e.doc.RemoveItem(cur)
			if err != nil {
				return err
			}
			if err := e.edit(c, "notes", cur.Text, ""); err != nil {
				return err
			}
		}
		slices.Reverse(e.report.Edits[n:])
	}
	return nil
}

func (e *editor) clearListOneByOne(l *core.PeopleList) error {
	if l.Label != nil && l.Inline || len(l.Names) == 0 {
		return e.clearList(l) // one change already
	}
	what, old := l.Role.String(), names(l)
	for i := len(l.Names) - 1; i > 0; i-- {
		cur, err := e.find(l.Names[i])
		if err != nil {
			return err
		}
		c, err := e.doc.RemoveItem(cur)
		if err != nil {
			return err
		}
		if err := e.apply(c); err != nil {
			return err
		}
	}
	first, err := e.find(l.Names[0])
	if err != nil {
		return err
	}
	var c core.Change
	if l.Label == nil {
		c, err = e.doc.SetText(first, "")
	} else {
		c, err = e.doc.RemoveItem(first)
	}
	if err != nil {
		return err
	}
	at := c[0].Start
	if l.Label != nil {
		at = l.Label.MarkerSpan.Start
	}
	return e.editAt(c, at, what, old, "")
}

// stepEditor is the editor Next starts from on d, dated w, with the
// format's notes in the sections notes (the format's own when nil).
func stepEditor(t *testing.T, d *core.Document, w when.When, notes []string) *editor {
	t.Helper()
	e := &editor{doc: d, report: &Report{}}
	if info, ok := templates.Match(d); ok {
		e.format = &info
	}
	if notes != nil {
		e.format = &templates.Info{Notes: notes}
	}
	cfg := config{profile: profile.Default()}
	WithDate(w)(&cfg)
	if err := schedule(d.Facts(), cfg, e.report); err != nil {
		t.Fatal(err)
	}
	return e
}

// checkBatchedSteps runs each batched step and its one-by-one version on
// d: the same text and the same edits, at the same lines.
func checkBatchedSteps(t *testing.T, name string, d *core.Document, notes []string) {
	t.Helper()
	w := when.When{Year: 2026, Month: 3, Day: 5, HasTime: true, Clock: when.Clock{Hour: 17, Zone: when.UTC}}
	steps := []struct {
		name              string
		batched, oneByOne func(*editor) error
	}{
		{"moveHeadingTimes", (*editor).moveHeadingTimes, (*editor).moveHeadingTimesOneByOne},
		{"dropNotes", (*editor).dropNotes, (*editor).dropNotesOneByOne},
		{"clearPeople", func(e *editor) error { return e.clearRoles(e.clearList) },
			func(e *editor) error { return e.clearRoles(e.clearListOneByOne) }},
	}
	for _, st := range steps {
		a, b := stepEditor(t, d, w, notes), stepEditor(t, d, w, notes)
		errA, errB := st.batched(a), st.oneByOne(b)
		if (errA == nil) != (errB == nil) {
			t.Errorf("%s: %s: error %v, one by one %v", name, st.name, errA, errB)
			continue
		}
		if errA != nil {
			continue
		}
		a.lines()
		b.lines()
		if got, want := a.doc.String(), b.doc.String(); got != want {
			t.Errorf("%s: %s:\ngot  %q\nwant %q", name, st.name, got, want)
			continue
		}
		// Removals core.RemoveItems makes in a window of the document
		// (between headings) are one splice there: an edit inside it is
		// reported at its first changed line, not after the text kept
		// before it. So dropNotes' lines may be earlier, never later.
		if got, want := editList(a.report, false), editList(b.report, false); got != want {
			t.Errorf("%s: %s: edits\ngot  %s\nwant %s", name, st.name, got, want)
		} else if got, want := editList(a.report, true), editList(b.report, true); got != want && !(st.name == "dropNotes" && notLater(a.report, b.report)) {
			t.Errorf("%s: %s: edits\ngot  %s\nwant %s", name, st.name, got, want)
		}
	}
}

func editList(r *Report, lines bool) string {
	var b strings.Builder
	for _, e := range r.Edits {
		if lines {
			fmt.Fprintf(&b, "%d ", e.Line)
		}
		fmt.Fprintf(&b, "%s %q→%q; ", e.What, e.Old, e.New)
	}
	return b.String()
}

// notLater reports whether each edit of a is at or before b's.
func notLater(a, b *Report) bool {
	for i, e := range a.Edits {
		if e.Line > b.Edits[i].Line {
			return false
		}
	}
	return true
}

// TestBatchedStepsCorpus: on every real file, of this group and others,
// the batched steps do what the one-by-one ones did.
func TestBatchedStepsCorpus(t *testing.T) {
	files := append(corpus(t), corpustest.Files(t, "../corpus-others/*/*.md")...)
	for _, p := range files {
		d := parseFile(t, p)
		checkBatchedSteps(t, filepath.Base(p), d, nil)
		checkBatchedSteps(t, filepath.Base(p)+" (notes in Minutes)", d, []string{"Minutes", "Agenda", "Notes"})
	}
}

// TestBatchedStepsGenerated: on generated minutes (timed headings, lists
// of names under labels and in sections, notes lists tight and loose,
// with text around, with or without a final line break) the batched
// steps do what the one-by-one ones did.
func TestBatchedStepsGenerated(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 4))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	for n := range 600 {
		var b strings.Builder
		b.WriteString(pick("", "---\ntitle: x\n---\n") + "# Minutes 2026-02-19\n\n")
		for range r.IntN(6) + 1 {
			b.WriteString(pick("## ", "### ") + pick("", "16:30 UTC – ", "17:00 UTC – ", "17:45 UTC – ", "18:00 UTC – ", "18:30 UTC – ", "5:00pm – ") +
				pick("Attending", "Agenda", "Minutes", "Pre-meeting socializing", "Meeting start", "Meeting end", "End", "Topic", "Regrets") + "\n")
			b.WriteString(pick("", "\n", "para\n", "\nAttendees: @a, @b\n\n", "\nRegrets:\n"))
			for range r.IntN(6) {
				b.WriteString(pick("- ", "* ", "1. ") + pick("@tim", "@ann", "note", "[ ] task", "[x] done", "2026-03-05 date", "", "Chair: @x") + "\n")
				if r.IntN(4) == 0 {
					b.WriteString(pick("  - sub\n", "\n", "  text\n", "\n  more\n"))
				}
			}
			b.WriteString(pick("", "\n", "after\n", "\nafter\n\n"))
		}
		src := b.String()
		if r.IntN(4) == 0 {
			src = strings.TrimRight(src, "\n")
		}
		d, err := core.Parse([]byte(src))
		if err != nil {
			continue
		}
		checkBatchedSteps(t, fmt.Sprintf("document %d %q", n, src), d, []string{"Agenda", "Minutes", "Topic"})
	}
}

// TestBatchedStepsHand: shapes met while writing the batched steps.
func TestBatchedStepsHand(t *testing.T) {
	for _, src := range []string{
		"# M\n\n## Attending\n\n- @a\n- @b",
		"# M\n\n## Attending\n\n- @a\n- @b\n\n## Agenda\n\n- note\n- note 2\n- [ ] task\n- note 3\n",
		"# M\n\n## Agenda\n\n- note\n\n- [ ] task\n\n- note 2\n",
		"# M\n\n## 17:00 UTC – Meeting start\n\n## 17:30 UTC – Topic\n\n## 18:00 UTC – Meeting end\n\n## 18:30 UTC – End\n",
		"# M\n\nAttendees:\n- @a\n- @b\n  - sub\n- @c\n\nRegrets:\n- @d\n",
	} {
		d, err := core.Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		checkBatchedSteps(t, fmt.Sprintf("%q", src), d, []string{"Agenda"})
	}
}
