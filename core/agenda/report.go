package agenda

import (
	"fmt"
	"sort"
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
	// Done are the action items written done in minutes without boxes
	// ("~~…~~", "DONE"), removed with their sub-items (see carryActions).
	Done []Removed
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
		fmt.Fprintf(&b, "dropped %d checked %s with %s sub-items", n, plural(n, "item"), map[bool]string{true: "its", false: "their"}[n == 1])
		if o := r.OpenDropped(); o > 0 {
			fmt.Fprintf(&b, ", %d open %s among them", o, plural(o, "sub-item"))
		}
		fmt.Fprintf(&b, " (minutes %s %s)\n", plural(n, "line"), removedLines(r.Dropped))
	} else {
		b.WriteString("no checked items to drop\n")
	}
	if n := len(r.Done); n > 0 {
		fmt.Fprintf(&b, "dropped %d %s written done (minutes %s %s)\n", n, plural(n, "action item"), plural(n, "line"), removedLines(r.Done))
	}
	if n := len(r.Repeated); n > 0 {
		fmt.Fprintf(&b, "dropped %d repeated %s (minutes %s %s)\n", n, plural(n, "item"), plural(n, "line"), removedLines(r.Repeated))
	}
	edits := append([]*Edit(nil), r.Edits...)
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].Line < edits[j].Line })
	for _, e := range edits {
		switch {
		case e.Old == "" && e.New != "":
			fmt.Fprintf(&b, "line %d: %s: added %q\n", e.Line, e.What, e.New)
		case e.New == "" && e.Old != "":
			fmt.Fprintf(&b, "line %d: %s: cleared %s\n", e.Line, e.What, e.Old)
		default:
			old, new := changed(e.Old, e.New)
			fmt.Fprintf(&b, "line %d: %s: %s -> %s\n", e.Line, e.What, old, new)
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
		if r.OpenBelow > 0 {
			parts[i] += fmt.Sprintf(" (%d open)", r.OpenBelow)
		}
	}
	return strings.Join(parts, ", ")
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// changed returns the parts of old and new that differ, from the start of
// the first differing word to the end of the last one, with "…" for what
// is left out, so that a long line reports only its new date.
func changed(old, new string) (string, string) {
	if len(old) <= 60 && len(new) <= 60 {
		return old, new
	}
	p := 0
	for p < len(old) && p < len(new) && old[p] == new[p] {
		p++
	}
	s := 0
	for s < len(old)-p && s < len(new)-p && old[len(old)-1-s] == new[len(new)-1-s] {
		s++
	}
	// Keep the word before and the word after the change.
	for words := 0; p > 0 && words < 2; p-- {
		if isBreak(old[p-1]) && p < len(old) && !isBreak(old[p]) {
			words++
			if words == 2 {
				break
			}
		}
	}
	for words := 0; s > 0 && words < 2; s-- {
		if isBreak(old[len(old)-s]) && s < len(old) && !isBreak(old[len(old)-s-1]) {
			words++
			if words == 2 {
				break
			}
		}
	}
	cut := func(t string) string {
		out := t[p : len(t)-s]
		if p > 0 {
			out = "…" + out
		}
		if s > 0 {
			out += "…"
		}
		return out
	}
	return cut(old), cut(new)
}

// isBreak reports whether c ends a word.
func isBreak(c byte) bool {
	return c == ' ' || c == '\t' || c == ',' || c == '(' || c == ')' || c == '&'
}
