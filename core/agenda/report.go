package agenda

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/when"
)

// Report says what Next did, for the scribe to check.
type Report struct {
	// When is the new meeting's date and time; From says where it came
	// from ("--date", "next-meeting line 214", "cadence").
	When when.When
	From string
	// Previous is the meeting of the minutes.
	Previous when.When
	// Dropped are the checked items removed with their sub-items, and
	// Repeated the second copies of repeated items, with their lines in
	// the minutes.
	Dropped  []Removed
	Repeated []Removed
	// Edits are the lines the rule rewrote or added, with their lines in
	// the agenda, in the order they were made.
	Edits []*Edit
	// Notes are things the scribe should look at: what the rule could not
	// do or had to guess.
	Notes []string
}

// Removed is an item removed from the minutes, with its sub-items.
type Removed struct {
	// Line is the item's line in the minutes.
	Line int
	Text string
	// Below is the number of sub-items removed with it; OpenBelow how many
	// of them had an open box.
	Below, OpenBelow int
	// SameAs is the line of the copy kept, for a repeated item.
	SameAs int
}

// Edit is a line the rule rewrote or added.
type Edit struct {
	// Line is the line in the agenda.
	Line int
	// What is the kind of edit: "meeting_time", "date", "time", "link",
	// "next meeting", "attendees" (and the other roles), "approval".
	What string
	// Old and New are the text replaced and written ("" for an addition
	// or a removal).
	Old, New string

	off int
}

// OpenDropped returns the number of open sub-items removed with checked
// items.
func (r *Report) OpenDropped() int {
	n := 0
	for _, d := range r.Dropped {
		n += d.OpenBelow
	}
	return n
}

// String returns the report as lines of text.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "next meeting: %s %s (%s)\n", r.When.WeekdayName(), r.When, r.From)
	if n := len(r.Dropped); n > 0 {
		fmt.Fprintf(&b, "dropped %d checked %s with their sub-items", n, plural(n, "item"))
		if o := r.OpenDropped(); o > 0 {
			fmt.Fprintf(&b, ", %d open %s among them", o, plural(o, "sub-item"))
		}
		fmt.Fprintf(&b, " (minutes %s %s)\n", plural(n, "line"), removedLines(r.Dropped))
	} else {
		b.WriteString("no checked items to drop\n")
	}
	if n := len(r.Repeated); n > 0 {
		fmt.Fprintf(&b, "dropped %d repeated %s (minutes %s %s)\n", n, plural(n, "item"), plural(n, "line"), removedLines(r.Repeated))
	}
	for _, e := range r.Edits {
		switch {
		case e.Old == "" && e.New != "":
			fmt.Fprintf(&b, "line %d: %s: added %q\n", e.Line, e.What, e.New)
		case e.New == "" && e.Old != "":
			fmt.Fprintf(&b, "line %d: %s: cleared %s\n", e.Line, e.What, e.Old)
		default:
			fmt.Fprintf(&b, "line %d: %s: %s -> %s\n", e.Line, e.What, e.Old, e.New)
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(&b, "note: %s\n", n)
	}
	return b.String()
}

func removedLines(rs []Removed) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = strconv.Itoa(r.Line)
	}
	return strings.Join(parts, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
