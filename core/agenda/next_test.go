package agenda

import (
	"errors"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
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
