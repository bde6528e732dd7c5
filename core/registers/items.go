package registers

import (
	"cmp"
	"slices"
	"strings"
	"time"
)

// Item is a row of the items table the page shows: an action with its age.
type Item struct {
	// Action is Registers.Actions[Index].
	*Action
	Index int
	// Open is true while the item is not done.
	Open bool
	// Days is the item's age in days: from the meeting it first appeared
	// in to the one that checked it, or, while it is open, to the last
	// meeting it was seen in.
	Days int
	// Stale is true for an open item carried for at least the profile's
	// Meeting.Stale() meetings.
	Stale bool
}

// End is the meeting that ends the item's age: Done, or Last while open.
func (it Item) End() string {
	if it.Done != "" {
		return it.Done
	}
	return it.Last
}

// Items returns the rows of the items table, in the order the actions
// first appeared; stale is the meetings after which an open item is stale.
func (r *Registers) Items(stale int) []Item {
	out := make([]Item, len(r.Actions))
	for i := range r.Actions {
		a := &r.Actions[i]
		it := Item{Action: a, Index: i, Open: a.Done == ""}
		it.Days = days(a.First, it.End())
		it.Stale = it.Open && stale > 0 && a.Meetings >= stale
		out[i] = it
	}
	return out
}

// days returns the days from one date (YYYY-MM-DD) to another, 0 when
// either is not a date.
func days(from, to string) int {
	a, err1 := time.Parse(time.DateOnly, from)
	b, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(b.Sub(a).Hours() / 24)
}

// Column names a column of the items table, as its header's data-sort
// attribute does.
type Column string

// The columns of the items table.
const (
	ByText     Column = "text"
	ByOwners   Column = "owners"
	ByFirst    Column = "first"
	ByMeetings Column = "meetings"
	ByDays     Column = "days"
	ByLast     Column = "last"
)

// Columns are the items table's columns in order, with their headers.
var Columns = []struct {
	Key    Column
	Header string
}{
	{ByText, "Item"}, {ByOwners, "Owners"}, {ByFirst, "First seen"},
	{ByMeetings, "Meetings"}, {ByDays, "Days"}, {ByLast, "Last"},
}

// Order is how the items table is sorted: by a column, up or down.
type Order struct {
	By   Column
	Desc bool
}

// Toggle returns the order after a click on column c's header: the same
// column turns around; another sorts by it, ages and dates longest or
// latest first, text A to Z.
func (o Order) Toggle(c Column) Order {
	if o.By == c {
		return Order{c, !o.Desc}
	}
	return Order{c, c == ByMeetings || c == ByDays || c == ByLast}
}

// Sort sorts items by the order, stably, ties in first-appeared order.
func Sort(items []Item, o Order) {
	slices.SortStableFunc(items, func(a, b Item) int {
		c := compareBy(a, b, o.By)
		if o.Desc {
			c = -c
		}
		return cmp.Or(c, cmp.Compare(a.Index, b.Index))
	})
}

func compareBy(a, b Item, by Column) int {
	switch by {
	case ByOwners:
		return cmp.Compare(strings.ToLower(strings.Join(a.Owners, " ")), strings.ToLower(strings.Join(b.Owners, " ")))
	case ByFirst:
		return cmp.Compare(a.First, b.First)
	case ByMeetings:
		return cmp.Compare(a.Meetings, b.Meetings)
	case ByDays:
		return cmp.Compare(a.Days, b.Days)
	case ByLast:
		return cmp.Compare(a.End(), b.End())
	}
	return cmp.Compare(strings.ToLower(a.Text), strings.ToLower(b.Text))
}

// State filters items by whether they are done.
type State string

// The states of the filter.
const (
	AnyState State = ""
	OpenOnly State = "open"
	DoneOnly State = "done"
)

// Filter says which items the table shows.
type Filter struct {
	// Text is words the item's text or owners must all hold, without
	// regard to case.
	Text  string
	State State
	// Owner is a handle the item must be owned by ("" for any).
	Owner string
}

// Match reports whether it passes the filter.
func (f Filter) Match(it Item) bool {
	switch f.State {
	case OpenOnly:
		if !it.Open {
			return false
		}
	case DoneOnly:
		if it.Open {
			return false
		}
	}
	if f.Owner != "" && !contains(it.Owners, f.Owner) {
		return false
	}
	hay := strings.ToLower(it.Text + " " + strings.Join(it.Owners, " "))
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// Select returns the items that pass f, sorted by o.
func Select(items []Item, f Filter, o Order) []Item {
	var out []Item
	for _, it := range items {
		if f.Match(it) {
			out = append(out, it)
		}
	}
	Sort(out, o)
	return out
}

// Owners returns every owner of items, sorted, each once.
func Owners(items []Item) []string {
	var out []string
	for _, it := range items {
		for _, o := range it.Owners {
			if !contains(out, o) {
				out = append(out, o)
			}
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	return out
}
