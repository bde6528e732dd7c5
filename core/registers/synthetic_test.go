package registers

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// action returns the one action whose latest text contains s.
func action(t *testing.T, r *Registers, s string) Action {
	t.Helper()
	var found []Action
	for _, a := range r.Actions {
		if strings.Contains(a.Text, s) {
			found = append(found, a)
		}
	}
	if len(found) != 1 {
		t.Fatalf("%d actions contain %q, want 1: %+v", len(found), s, found)
	}
	return found[0]
}

func person(t *testing.T, r *Registers, handle string) Person {
	t.Helper()
	for _, p := range r.People {
		if p.Handle == handle {
			return p
		}
	}
	t.Fatalf("no person %s in %+v", handle, r.People)
	return Person{}
}

func historyDates(a Action) (dates []string, done []bool) {
	for _, s := range a.History {
		dates = append(dates, s.Date)
		done = append(done, s.Box == core.Done)
	}
	return
}

func TestEditedCarriedItem(t *testing.T) {
	r := synthetic(t)
	// "@tux XML::LibXML", "@tux - XML::LibXML", "...; patch sent upstream",
	// "CVE issue in" are one item.
	a := action(t, r, "XML::LibXML")
	if a.First != "2025-01-08" || a.Last != "2025-02-19" || a.Done != "2025-02-19" || a.Meetings != 4 {
		t.Errorf("got %+v", a)
	}
	if a.File != "cpansec-minutes-2025-02-19.md" || a.Line != 13 || !strings.HasSuffix(a.Text, "patch sent upstream") {
		t.Errorf("latest copy: %s:%d %q", a.File, a.Line, a.Text)
	}
}

func TestRenamedOwner(t *testing.T) {
	r := synthetic(t)
	a := action(t, r, "embedded dependencies")
	if !slices.Equal(a.Owners, []string{"@robrwo"}) || a.Meetings != 4 || a.Done != "2025-02-05" {
		t.Errorf("got %+v", a)
	}
	// Copied on 2025-02-19 without a box: seen, still done on 2025-02-05.
	if h := a.History[3]; h.Box != core.NoBox || h.Date != "2025-02-19" || a.Last != "2025-02-19" {
		t.Errorf("last copy %+v, last %s", h, a.Last)
	}
	p := person(t, r, "@robrwo")
	if p.Attended != 2 || !slices.Equal(p.Spellings, []string{"@rrwo"}) || p.Name != "Robert Rothenberg" {
		t.Errorf("got %+v", p)
	}
	if s := person(t, r, "@stigtsp"); !slices.Equal(s.Spellings, []string{"@stigsp"}) {
		t.Errorf("@stigsp and @Stigtsp: got %+v", s)
	}
}

func TestCheckedAndUncheckedAgain(t *testing.T) {
	r := synthetic(t)
	a := action(t, r, "PAUSE proposal")
	dates, done := historyDates(a)
	if !slices.Equal(dates, []string{"2025-01-08", "2025-01-22", "2025-02-05", "2025-02-19"}) ||
		!slices.Equal(done, []bool{false, true, false, false}) {
		t.Errorf("history %v %v", dates, done)
	}
	if a.Done != "" {
		t.Errorf("reopened item is done at %s", a.Done)
	}
}

func TestRegretsOnly(t *testing.T) {
	r := synthetic(t)
	var m *Meeting
	for i := range r.Meetings {
		if r.Meetings[i].Date == "2025-02-05" {
			m = &r.Meetings[i]
		}
	}
	if m == nil || len(m.Attendees) != 0 || !slices.Equal(m.Regrets, []string{"@sjn", "@leont"}) {
		t.Fatalf("got %+v", m)
	}
	if p := person(t, r, "@sjn"); p.Attended != 3 || p.Regrets != 1 || p.First != "2025-01-08" || p.Last != "2025-02-19" {
		t.Errorf("@sjn: %+v", p)
	}
	if p := person(t, r, "@leont"); p.Attended != 0 || p.Regrets != 2 || p.First != "" {
		t.Errorf("@leont: %+v", p)
	}
}

func TestVersionsAndFiles(t *testing.T) {
	r := synthetic(t)
	var dates []string
	for _, m := range r.Meetings {
		dates = append(dates, m.Date)
	}
	// The template and README are not minutes; 2025-01-22 is read once.
	if !slices.Equal(dates, []string{"2025-01-08", "2025-01-22", "2025-02-05", "2025-02-19"}) {
		t.Fatalf("meetings %v", dates)
	}
	if m := r.Meetings[1]; m.Versions != 2 || m.File != "cpansec-minutes-2025-01-22@bbbbbbb.md" {
		t.Errorf("2025-01-22: %+v", m)
	}
}

func TestSameTextTwiceInOneMeeting(t *testing.T) {
	r := synthetic(t)
	var n []int
	for _, a := range r.Actions {
		if a.Text == "Volunteers needed for the blog" {
			n = append(n, a.Meetings)
		}
	}
	if !slices.Equal(n, []int{2, 1}) {
		t.Errorf("meetings of the two copies: %v", n)
	}
}

func TestOwnerFromEnclosingItem(t *testing.T) {
	r := synthetic(t)
	if a := action(t, r, "will draft it"); !slices.Equal(a.Owners, []string{"@timlegge"}) {
		t.Errorf("got %v", a.Owners)
	}
	if a := action(t, r, "Update the security policy"); len(a.Owners) != 0 {
		t.Errorf("got %v", a.Owners)
	}
}

func TestDecisions(t *testing.T) {
	r := synthetic(t)
	var got []string
	for _, d := range r.Decisions {
		got = append(got, d.Date+" "+d.Text)
	}
	want := []string{
		"2025-01-08 Decision: we move to a four-weekly schedule", // copied on 2025-02-19: once
		"2025-01-22 Previous minutes approved by @sjn and @timlegge",
		"2025-01-22 Agreed: the blog goes on the website", // "to be decided" is not
		"2025-02-05 Vote on the logo: 3 for, 1 against",
		"2025-02-19 Adopt the disclosure policy: +1: 5, -1: 0, 0: 1", // a poll without a decision word
		"2025-02-19 Poll on moving the meeting to Thursdays (3/2/1)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var votes []Tally
	for _, d := range r.Decisions {
		if d.Votes != nil {
			votes = append(votes, *d.Votes)
		}
	}
	wantVotes := []Tally{{3, 1, 0, "3 for, 1 against"}, {5, 0, 1, "+1: 5, -1: 0, 0: 1"}, {3, 2, 1, "(3/2/1)"}}
	if !slices.Equal(votes, wantVotes) {
		t.Errorf("votes %+v, want %+v", votes, wantVotes)
	}
}

func TestNormalise(t *testing.T) {
	p := profile.Default()
	for _, c := range [][2]string{
		{"@tux XML::LibXML touches CVE", "@tux - XML::LibXML touches  cve"},
		{"@rrwo: Start [docs](https://a.example/x)", "@robrwo - start [DOCS](https://b.example/y)"},
		{"**@sjn** - report.", "@sjn – report"},
	} {
		a, b := strings.Join(normalise(c[0], p), " "), strings.Join(normalise(c[1], p), " ")
		if a != b {
			t.Errorf("%q -> %q, %q -> %q", c[0], a, c[1], b)
		}
	}
}

func TestMarkdownEscapes(t *testing.T) {
	r := &Registers{
		Meetings: []Meeting{{Date: "2025-01-08"}},
		Actions:  []Action{{Text: "a | b\n{{ page.title }} {% raw %}", First: "2025-01-08", Last: "2025-01-08", Meetings: 1}},
	}
	md := Markdown(r, nil)
	want := `| a \| b &#123;&#123; page.title }} &#123;% raw %} |  | [2025-01-08](cpansec-minutes-2025-01-08.md) | [2025-01-08](cpansec-minutes-2025-01-08.md) | 1 |`
	if !strings.Contains(md, want+"\n") {
		t.Errorf("no row %s in\n%s", want, md)
	}
	if !strings.Contains(md, "## Decisions\n\nNone recorded.\n") {
		t.Errorf("no empty decisions in\n%s", md)
	}
}

func TestProfileDecisionMarkers(t *testing.T) {
	files, err := ReadFS(os.DirFS("testdata/folder"))
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Default()
	p.Decisions = []string{"Agreed:"}
	r, err := Build(files, p)
	if err != nil {
		t.Fatal(err)
	}
	// A +1/-1 poll is a decision whatever the words.
	if len(r.Decisions) != 2 || r.Decisions[0].Text != "Agreed: the blog goes on the website" || r.Decisions[1].Votes == nil {
		t.Errorf("with the profile's words [Agreed:]: %+v", r.Decisions)
	}
	if !slices.Equal(profile.Default().Decisions, DefaultMarkers) {
		t.Errorf("the CPANSec profile's words %v differ from DefaultMarkers", profile.Default().Decisions)
	}
}
