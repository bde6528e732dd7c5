package agenda

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

func TestRedate(t *testing.T) {
	tests := []struct {
		name, in string
		to       when.When
		want     string
		notes    int
	}{{
		name: "2026 compact: date",
		in: "---\nlayout: single\nmeeting_time: 2026-02-19 16:00 UTC\ntitle: CPANSec bi-weekly minutes\n---\n\n" +
			"## Agenda\n\n- 2026-02-19 @ 16:00 UTC.\n\n## Attending\n\n- @sjn\n",
		to: when.At(2026, 2, 26, 16, 0),
		want: "---\nlayout: single\nmeeting_time: 2026-02-26 16:00 UTC\ntitle: CPANSec bi-weekly minutes\n---\n\n" +
			"## Agenda\n\n- 2026-02-26 @ 16:00 UTC.\n\n## Attending\n\n- @sjn\n",
	}, {
		name: "2025 projects: heading and line",
		in: "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n## Agenda & Meeting Details 2025-03-26\n" +
			"- Wednesday 2025-03-26 @ 17:00UTC on #cpansec-discussion\n\n## Next meeting\n- Next meeting is Wednesday 2025-04-09 @ 17:00UTC\n",
		to: when.At(2025, 3, 27, 17, 0),
		want: "---\nmeeting_time: 2025-03-27 17:00 UTC\n---\n\n## Agenda & Meeting Details 2025-03-27\n" +
			"- Thursday 2025-03-27 @ 17:00UTC on #cpansec-discussion\n\n## Next meeting\n- Next meeting is Thursday 2025-04-10 @ 17:00UTC\n",
	}, {
		name: "a next meeting off the cadence stays",
		in:   "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n## Next meeting\n- Next meeting is Wednesday 2025-04-16 @ 17:00UTC\n",
		to:   when.At(2025, 3, 27, 17, 0),
		want: "---\nmeeting_time: 2025-03-27 17:00 UTC\n---\n\n## Next meeting\n- Next meeting is Wednesday 2025-04-16 @ 17:00UTC\n",
	}, {
		name: "2024 timed: time moves the timed headings",
		in: "---\nmeeting_time: 2024-11-15 16:00 UTC\ntitle: Minutes 2024-11-15\n---\n\n" +
			"* Friday 2024-11-15 16:08 UTC on Matrix\n" +
			"* [zones](https://www.timeanddate.com/worldclock/meetingdetails.html?year=2024&month=11&day=15&hour=16&min=0&sec=0)\n\n" +
			"## 15:30 UTC – Pre-meeting socializing\n\n## 16:04 UTC – Meeting start\n\n## 17:20 UTC – Meeting end\n\n## 9:00 CET – Elsewhere\n",
		to: when.At(2024, 11, 15, 17, 0),
		want: "---\nmeeting_time: 2024-11-15 17:00 UTC\ntitle: Minutes 2024-11-15\n---\n\n" +
			"* Friday 2024-11-15 17:00 UTC on Matrix\n" +
			"* [zones](https://www.timeanddate.com/worldclock/meetingdetails.html?year=2024&month=11&day=15&hour=17&min=0&sec=0)\n\n" +
			"## 16:30 UTC – Pre-meeting socializing\n\n## 17:04 UTC – Meeting start\n\n## 18:20 UTC – Meeting end\n\n## 9:00 CET – Elsewhere\n",
		notes: 1,
	}, {
		name: "2024 early: words, weekday and time in their spelling",
		in:   "---\nlayout: page\n---\n\n# Minutes 2024-02-10\n\nMeeting was on Saturday February 10th 2024, at 15:00 UTC, on Slack.\n",
		to:   when.At(2024, 2, 24, 16, 30),
		want: "---\nlayout: page\n---\n\n# Minutes 2024-02-24\n\nMeeting was on Saturday February 24th 2024, at 16:30 UTC, on Slack.\n",
	}, {
		name: "CR LF kept",
		in:   "---\r\nmeeting_time: 2025-06-04 16:00 UTC\r\n---\r\n## Agenda 2025-06-04\r\n- item\r\n",
		to:   when.Date(2025, 6, 18),
		want: "---\r\nmeeting_time: \"2025-06-18\"\r\n---\r\n## Agenda 2025-06-18\r\n- item\r\n",
	}, {
		name: "no date anywhere: meeting_time added to the front matter",
		in:   "---\nlayout: single\n---\n\n## Agenda\n- item\n",
		to:   when.At(2025, 10, 1, 16, 0),
		want: "---\nlayout: single\nmeeting_time: 2025-10-01 16:00 UTC\n---\n\n## Agenda\n- item\n",
	}, {
		name: "empty document: a front matter made for the date",
		in:   "",
		to:   when.At(2025, 10, 1, 16, 0),
		want: "---\nmeeting_time: 2025-10-01 16:00 UTC\n---\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := core.Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			r, err := Redate(d, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Doc.String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if len(r.Report.Notes) != tt.notes {
				t.Errorf("notes %q, want %d", r.Report.Notes, tt.notes)
			}
			if d.String() != tt.in {
				t.Error("Redate changed its input")
			}
			again, err := core.Parse(r.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if w := again.Facts().When; !w.SameDate(tt.to) || w.HasTime && w.Clock != tt.to.Clock {
				t.Errorf("the result's meeting is %s, want %s", w, tt.to)
			}
		})
	}
}

// TestRedateIsOneChange checks that the result turns into a single splice
// that touches only the lines stating the date.
func TestRedateIsOneChange(t *testing.T) {
	in := "---\nmeeting_time: 2026-02-19 16:00 UTC\n---\n\n## Agenda\n\n- 2026-02-19 @ 16:00 UTC.\n\n## Minutes\n\n- @sjn\n"
	d, _ := core.Parse([]byte(in))
	r, err := Redate(d, when.At(2026, 3, 5, 16, 0))
	if err != nil {
		t.Fatal(err)
	}
	c := core.Diff(d.Bytes(), r.Bytes())
	if len(c) != 1 {
		t.Fatalf("diff %v", c)
	}
	if got := string(c.Apply(d.Bytes())); got != r.Doc.String() {
		t.Errorf("diff applied gives %q", got)
	}
	if strings.Contains(in[c[0].End:], "2026-02-19") {
		t.Errorf("a date statement after the change: %v", c)
	}
}

func TestRedateRejects(t *testing.T) {
	d, _ := core.Parse([]byte("## Agenda\n"))
	for name, w := range map[string]when.When{
		"no year":      {Month: 3, Day: 4},
		"not a date":   when.Date(2025, 2, 30),
		"not a time":   when.At(2025, 2, 3, 25, 0),
		"zero":         {},
		"month twelve": when.Date(2025, 13, 1),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Redate(d, w); err == nil {
				t.Errorf("Redate(%v) gave no error", w)
			}
		})
	}
}

// TestCorpusRedate moves every real minutes file a week on and back: the
// result states the new meeting, only lines that stated the old date (or
// a timed heading, or a next-meeting line on the cadence) change, and
// moving back gives what moving to the same date in place gives. The
// next-meeting line is compared by its date, not its text: a day written
// "03", moved to "10", comes back as "3" (two digits do not tell whether
// the zero was written), and when the week's move itself put the line on
// the cadence (21 days on is 14 after the moved meeting) it moves back.
func TestCorpusRedate(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d := parseFile(t, path)
			w := d.Facts().When
			if !w.HasYear() || !w.Valid() {
				return
			}
			r, err := Redate(d, w.AddDays(7))
			if err != nil {
				t.Fatal(err)
			}
			moved, err := core.Parse(r.Bytes(), core.WithName(filepath.Base(path)))
			if err != nil {
				t.Fatal(err)
			}
			if got := moved.Facts().When; !got.SameDate(w.AddDays(7)) {
				t.Errorf("moved to %s, the result states %s", w.AddDays(7), got)
			}
			last := lastDateLine(d)
			if f := d.Facts(); f.NextLine > 0 && f.Next.SameDate(w.AddDays(14)) {
				last = max(last, f.NextLine) // it moves with the meeting
			}
			if n := changedLines(d.String(), r.Doc.String()); n > last+3 {
				t.Errorf("%d lines changed, the last date statement is on line %d", n, last)
			}
			back, err := Redate(moved, w)
			if err != nil {
				t.Fatal(err)
			}
			same, err := Redate(d, w)
			if err != nil {
				t.Fatal(err)
			}
			mf, nl := moved.Facts(), d.Facts().NextLine
			putOnCadence := mf.NextLine > 0 && mf.Next.SameDate(w.AddDays(21)) && !d.Facts().Next.SameDate(w.AddDays(14))
			if bn, sn := back.Doc.Facts().Next, same.Doc.Facts().Next; !putOnCadence && !bn.SameDate(sn) {
				t.Errorf("moving back gives the next meeting %s, in place %s", bn, sn)
			}
			if b, s := withoutLine(back.Doc.String(), nl), withoutLine(same.Doc.String(), nl); b != s {
				t.Errorf("moving back differs from moving in place at byte %d", firstDifference(b, s))
			}
		})
	}
}

// changedLines counts the lines between the common first and last lines
// of a and b, in the longer of the two.
func changedLines(a, b string) int {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	p := 0
	for p < len(la) && p < len(lb) && la[p] == lb[p] {
		p++
	}
	s := 0
	for s < len(la)-p && s < len(lb)-p && la[len(la)-1-s] == lb[len(lb)-1-s] {
		s++
	}
	return max(len(la), len(lb)) - p - s
}

func firstDifference(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// lastDateLine is the last line that states the meeting's date, or of a
// timed heading: no line after it may change.
func lastDateLine(d *core.Document) int {
	n := 0
	for _, st := range d.Facts().Dates {
		n = max(n, st.Line)
	}
	for _, s := range d.Sections() {
		if s.Time != "" {
			n = max(n, s.Line)
		}
	}
	return n
}

// withoutLine is s without its 1-based line n (0: s).
func withoutLine(s string, n int) string {
	if n <= 0 {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	if n > len(lines) {
		return s
	}
	return strings.Join(append(lines[:n-1:n-1], lines[n:]...), "")
}
