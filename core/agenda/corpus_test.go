package agenda

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/internal/corpustest"
)

// corpus returns the paths of the real minutes, templates excluded (see
// internal/corpustest).
func corpus(t testing.TB) []string { return corpustest.Files(t, "cpansec-minutes-*.md") }

func parseFile(t testing.TB, path string) *core.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := core.Parse(src, core.WithName(filepath.Base(path)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestCorpusNext makes the next agenda of every version of real minutes
// and checks the rule's promises on it.
func TestCorpusNext(t *testing.T) {
	for _, path := range corpus(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			d := parseFile(t, path)
			r, err := Next(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range problems(d, r) {
				t.Error(p)
			}
			f := d.Facts()
			want := f.When.DateOnly().AddDays(14)
			if f.Next.HasYear() && f.Next.Compare(f.When) > 0 {
				want = f.Next.DateOnly()
			}
			if !r.Report.When.SameDate(want) {
				t.Errorf("new date %s, want %s", r.Report.When.DateString(), want.DateString())
			}
			// The agenda, saved under the group's file name, has no
			// lint error the minutes did not have.
			saved, err := core.Parse(r.Bytes(), core.WithName(publish.FileName(profile.Default(), r.Report.When)))
			if err != nil {
				t.Fatal(err)
			}
			had := map[string]bool{}
			for _, fd := range lint.Check(d) {
				had[fd.Rule] = true
			}
			for _, fd := range lint.Check(saved) {
				if fd.Severity > lint.Warning && !had[fd.Rule] {
					t.Errorf("agenda line %d: new lint %s %s: %s", fd.Line, fd.Severity, fd.Rule, fd.Message)
				}
			}
			if !f.Next.IsZero() {
				if nf := r.Doc.Facts(); !nf.Next.SameDate(r.Report.When.AddDays(14)) {
					t.Errorf("next-meeting line gives %s, want %s", nf.Next.DateString(), r.Report.When.AddDays(14).DateString())
				}
			}
		})
	}
}

// pairs are consecutive minutes of the group, one version each: the
// minutes, and the group's own minutes of the next meeting (made by hand
// from them).
var pairs = []struct{ from, to string }{
	{"2024-02-10@a5000c2", "2024-02-24@e8aa679"},
	{"2024-11-15@e8aa679", "2024-11-27@e8aa679"},
	{"2024-12-11@e8aa679", "2025-01-08@e8aa679"},
	{"2025-01-08@e8aa679", "2025-01-22@e8aa679"},
	{"2025-03-12@e8aa679", "2025-03-26@e8aa679"},
	{"2025-03-26@e8aa679", "2025-04-09@e8aa679"},
	{"2025-05-21@a5000c2", "2025-06-04@a5000c2"},
	{"2025-06-04@a5000c2", "2025-06-18@8faf856"},
}

// TestCorpusPairs compares the agenda made from minutes with the group's
// minutes of the next meeting: same date, attendance cleared, no checked
// item, every open item carried over; and logs how many of the carried
// items the group kept.
func TestCorpusPairs(t *testing.T) {
	corpus(t)
	for _, p := range pairs {
		t.Run(p.from, func(t *testing.T) {
			from := parseFile(t, filepath.Join(corpustest.Dir(), "cpansec-minutes-"+p.from+".md"))
			to := parseFile(t, filepath.Join(corpustest.Dir(), "cpansec-minutes-"+p.to+".md"))
			r, err := Next(from)
			if err != nil {
				t.Fatal(err)
			}
			for _, pr := range problems(from, r) {
				t.Error(pr)
			}
			got := r.Doc.Facts()
			if !got.When.SameDate(to.Facts().When) {
				t.Errorf("agenda for %s, the group met on %s", got.When.DateString(), to.Facts().When.DateString())
			}
			open, inGroup := 0, 0
			groupTexts := map[string]bool{}
			for _, it := range to.Items() {
				groupTexts[normalize(it.Text)] = true
			}
			for _, it := range r.Doc.Items() {
				if it.Box == core.Open {
					open++
					if groupTexts[normalize(it.Text)] {
						inGroup++
					}
				}
			}
			checked := 0
			for _, it := range from.Items() {
				if it.Box == core.Done {
					checked++
				}
			}
			t.Logf("%s -> %s: %d items in, %d out; %d checked dropped (%d top-level, %d open below them); %d repeated dropped; %d open kept, %d of them also in the group's %s",
				p.from, r.Report.When.DateString(), len(from.Items()), len(r.Doc.Items()), checked, len(r.Report.Dropped), r.Report.OpenDropped(),
				len(r.Report.Repeated), open, inGroup, p.to)
		})
	}
}

// TestCorpusDateOverride moves real minutes to a date given by the user.
func TestCorpusDateOverride(t *testing.T) {
	corpus(t)
	d := parseFile(t, filepath.Join(corpustest.Dir(), "cpansec-minutes-2025-03-12@e8aa679.md"))
	r, err := Next(d, WithDate(when.Date(2025, 4, 2)), WithClock(when.Clock{Hour: 16}))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems(d, r) {
		t.Error(p)
	}
	src := r.Doc.String()
	for _, want := range []string{
		"meeting_time: 2025-04-02 16:00 UTC",
		"## Agenda & Meeting Details 2025-04-02",
		"- 2025-04-02 16:00 UTC on #cpansec-discussion",
		"## 15:30 UTC -\u00a0Pre-meeting socializing",
		"## 16:00 UTC - Meeting start",
		"## 17:00 UTC - Meeting end",
		"## 17:30 UTC - End",
		"Next meeting is Wednesday 2025-04-16 @ 16:00UTC",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("agenda lacks %q", want)
		}
	}
}
