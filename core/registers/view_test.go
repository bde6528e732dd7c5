package registers

import (
	"slices"
	"strings"
	"testing"
)

// TestAttendanceSVG compares one person's chart, who attended, sent
// regrets and was not named, with its golden file.
func TestAttendanceSVG(t *testing.T) {
	r := synthetic(t)
	got := AttendanceSVG(r, person(t, r, "@sjn"))
	golden(t, "testdata/sjn.golden.svg", []byte(got+"\n"))
	if n := strings.Count(got, "<rect "); n != len(r.Meetings) {
		t.Errorf("%d bars for %d meetings", n, len(r.Meetings))
	}
}

func TestPresences(t *testing.T) {
	r := synthetic(t)
	got := r.Presences("@SJN")
	want := []Presence{Attended, Attended, Regrets, Attended} // chair, scribe, regrets, attendee
	if !slices.Equal(got, want) {
		t.Errorf("@sjn: %v, want %v", got, want)
	}
}

func texts(items []Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Text)
	}
	return out
}

func TestSortAndFilter(t *testing.T) {
	r := synthetic(t)
	items := r.Items(6)
	byText := Select(items, Filter{}, Order{By: ByText})
	if !slices.IsSortedFunc(byText, func(a, b Item) int { return strings.Compare(strings.ToLower(a.Text), strings.ToLower(b.Text)) }) {
		t.Errorf("not sorted by text: %q", texts(byText))
	}
	o := Order{By: ByText}.Toggle(ByText)
	if !o.Desc || o.By != ByText {
		t.Errorf("a second click on Item: %+v", o)
	}
	if o := (Order{By: ByText}).Toggle(ByMeetings); !o.Desc {
		t.Error("ages sort longest first")
	}
	byMeetings := Select(items, Filter{}, Order{ByMeetings, true})
	for i := 1; i < len(byMeetings); i++ {
		if byMeetings[i].Meetings > byMeetings[i-1].Meetings {
			t.Errorf("not by meetings, descending: %d then %d", byMeetings[i-1].Meetings, byMeetings[i].Meetings)
		}
	}
	for _, c := range []struct {
		f    Filter
		want []string
	}{
		{Filter{State: DoneOnly}, []string{"@robrwo - start documenting embedded dependencies", "@timlegge - Publish the CNA report", "@tux - XML::LibXML touches CVE issue in Alien; patch sent upstream"}},
		{Filter{Owner: "@TIMLEGGE", State: OpenOnly}, []string{"@timlegge will draft it"}},
		{Filter{Text: "pause WRITE", State: OpenOnly}, []string{"@stigtsp - Write the PAUSE proposal"}},
		{Filter{Text: "@stigtsp"}, []string{"@stigtsp - Write the PAUSE proposal"}},
		{Filter{Text: "nothing like this"}, nil},
	} {
		if got := texts(Select(items, c.f, Order{})); !slices.Equal(got, c.want) {
			t.Errorf("%+v: %q, want %q", c.f, got, c.want)
		}
	}
	for _, it := range items {
		if it.Open && it.Days != days(it.First, it.Last) || !it.Open && it.Days != days(it.First, it.Done) {
			t.Errorf("%q: %d days from %s to %s/%s", it.Text, it.Days, it.First, it.Last, it.Done)
		}
	}
}

func TestStale(t *testing.T) {
	r := synthetic(t)
	for _, it := range r.Items(3) {
		if want := it.Open && it.Meetings >= 3; it.Stale != want {
			t.Errorf("%q carried %d meetings, open %v: stale %v", it.Text, it.Meetings, it.Open, it.Stale)
		}
	}
}
