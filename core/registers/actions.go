package registers

import (
	"slices"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Similarity is the least Dice coefficient over words for which an edited
// copy of an item is taken for the item (see the package doc).
const Similarity = 0.7

// Action is a task item followed across meetings.
type Action struct {
	// Text is the item's text in its latest copy.
	Text string
	// Owners are the handles the latest copy names (or, when it names none,
	// its nearest enclosing item), as the profile writes them.
	Owners []string
	// First and Last are the first and last meetings the item appears in.
	First, Last string
	// Done is the meeting that checked the item, "" while it is open; an
	// open copy after a checked one reopens it, a copy without a box
	// changes nothing.
	Done string
	// Meetings counts the meetings the item appears in.
	Meetings int
	// File and Line are where its latest copy is.
	File string
	Line int
	// History is the item's copies, one per meeting, in date order.
	History []Sighting
}

// Sighting is an item's copy in one meeting.
type Sighting struct {
	Date string
	// Box is the copy's task box: core.Open, core.Done, or core.NoBox for
	// a copy written without one.
	Box  core.Checkbox
	File string
	Line int
}

// track is an action being followed, with its normalised words.
type track struct {
	a     *Action
	key   string
	words []string
	seen  string // date of the last meeting it was matched in
}

// actions are the items followed so far.
type actions struct {
	tracks []*track
	byKey  map[string][]*track
}

func newActions() actions { return actions{byKey: map[string][]*track{}} }

// read follows the task items of meeting m.
func (as *actions) read(m meeting, p *profile.Profile) {
	for _, it := range m.doc.Items() {
		words := normalise(it.Text, p)
		if len(words) == 0 {
			continue
		}
		key := strings.Join(words, " ")
		// Copies of one text in one meeting are several items,
		// matched in order.
		var t *track
		for _, c := range as.byKey[key] {
			if c.seen != m.date {
				t = c
				break
			}
		}
		if it.Box == core.NoBox && t == nil {
			continue // only a known item is followed without a box
		}
		if t == nil {
			t = closest(as.tracks, words, m.date)
		}
		if t == nil {
			t = &track{a: &Action{First: m.date}}
			as.tracks = append(as.tracks, t)
		}
		if t.key != key {
			t.key, t.words = key, words
			as.byKey[key] = append(as.byKey[key], t)
		}
		t.see(m, it, p)
	}
}

// list returns the actions followed, in the order they first appeared.
func (as *actions) list() []Action {
	out := make([]Action, 0, len(as.tracks))
	for _, t := range as.tracks {
		a := *t.a
		a.Owners = slices.Clone(a.Owners)
		a.History = slices.Clone(a.History)
		out = append(out, a)
	}
	return out
}

// see records the item's copy it in meeting m.
func (t *track) see(m meeting, it *core.Item, p *profile.Profile) {
	a := t.a
	if t.seen != m.date {
		a.Meetings++
		a.History = append(a.History, Sighting{Date: m.date, Box: it.Box, File: m.file, Line: it.Line})
	}
	t.seen = m.date
	a.Text, a.Last, a.File, a.Line = it.Text, m.date, m.file, it.Line
	a.Owners = owners(it, p)
	switch {
	case it.Box == core.Open:
		a.Done = ""
	case it.Box == core.Done && a.Done == "":
		a.Done = m.date
	}
}

// closest returns the track most like words not yet seen on date, or nil
// when none reaches Similarity; of equal scores the later one wins. A copy
// that adds words at the end of an item's text ("@a - report" then "@a -
// report - doing a list instead"), or drops them, is taken as reaching it.
func closest(tracks []*track, words []string, date string) *track {
	var best *track
	bestScore := Similarity
	for i := len(tracks) - 1; i >= 0; i-- {
		t := tracks[i]
		if t.seen == date {
			continue
		}
		// Lists of unlike lengths cannot reach Similarity: skip counting.
		s := 0.0
		if n, m := len(words), len(t.words); 2*float64(min(n, m))/float64(n+m) >= Similarity {
			s = dice(words, t.words)
		}
		if s < Similarity && extends(words, t.words) {
			s = Similarity
		}
		if s > bestScore || s == bestScore && best == nil {
			best, bestScore = t, s
		}
	}
	return best
}

// owners returns who owns an item: the handles that open its text ("@a
// and @b - topic", "@a, @b: topic"), else every handle it names, else
// the owners of its nearest enclosing item that names any; handles are
// meant as the profile says, groups and placeholders left out.
func owners(it *core.Item, p *profile.Profile) []string {
	for x := it; x != nil; x = x.Parent {
		var out []string
		ms := core.Mentions(x.Text)
		at := 0
		for _, m := range ms {
			if strings.Trim(strings.ReplaceAll(strings.ToLower(x.Text[at:m.Start]), "and", ""), " ,&/+*_(") != "" {
				break
			}
			out = addOwner(out, m.Handle, p)
			at = m.End
		}
		if len(out) == 0 {
			for _, m := range ms {
				out = addOwner(out, m.Handle, p)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

// addOwner adds the handle meant by h unless it is a group, a placeholder
// or already there.
func addOwner(out []string, h string, p *profile.Profile) []string {
	c := canonical(p, h)
	if p.IsPlaceholder(c) || isGroup(p, c) || contains(out, c) {
		return out
	}
	return append(out, c)
}
