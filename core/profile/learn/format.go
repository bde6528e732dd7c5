package learn

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// dateSources is the order of trust of core's date statements, which
// breaks ties in Format.DateIn.
var dateSources = []string{"file name", "meeting_time", "title", "heading", "body"}

// format learns how the minutes are written.
func (l *maker) format() profile.Format {
	var f profile.Format
	var sources, styles, keys, markers count
	boxed := 0
	for i, m := range l.ms {
		seen := map[string]bool{}
		styled := false
		for _, st := range m.facts.Dates {
			if !seen[st.From] {
				seen[st.From] = true
				sources.add(st.From, i)
			}
			if st.From != "file name" && !styled && st.Line > 0 {
				line := lineText(m.doc, st.Line)
				if _, _, style, _, ok := dateIn(line, st.When); ok && st.When.Year != 0 {
					styles.add(style, i)
					styled = true
				}
			}
		}
		if m.doc.FrontMatter != nil {
			for _, fl := range m.doc.FrontMatter.Fields {
				keys.add(fl.Key, i)
			}
		}
		hasBox := false
		for _, it := range m.doc.Items() {
			if it.Box != core.NoBox {
				hasBox = true
			}
			if it.Marker == "-" || it.Marker == "*" || it.Marker == "+" {
				markers.add(it.Marker, i)
			}
		}
		if hasBox {
			boxed++
		}
	}
	for _, s := range dateSources {
		if sources.n[s] > 0 {
			f.DateIn = append(f.DateIn, s)
		}
	}
	sortByCount(f.DateIn, sources)
	f.DateStyle = styles.top()
	for _, k := range keys.order {
		if l.most(keys.n[k]) {
			f.FrontMatter = append(f.FrontMatter, k)
		}
	}
	f.ListMarker = markers.top()
	f.Checkboxes = l.most(boxed)
	nexts := 0
	for _, m := range l.ms {
		if !m.facts.Next.IsZero() {
			nexts++
		}
	}
	f.NextMeeting = l.most(nexts)
	f.Roles = l.roles()
	f.Sections = l.skeletonHeadings()
	f.SectionRules = l.sectionRules()
	return f
}

// sortByCount orders list by count, most first, keeping the order of
// equals.
func sortByCount(list []string, c count) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && c.n[list[j]] > c.n[list[j-1]]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// lineText returns the 1-based line n of d.
func lineText(d *core.Document, n int) string {
	start := d.LineStart(n)
	src := d.Bytes()
	if start < 0 || start > len(src) {
		return ""
	}
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	return strings.TrimRight(string(src[start:end]), "\r")
}

// roles returns each role's labels, most used first.
func (l *maker) roles() profile.Roles {
	by := map[core.Role]*count{}
	for i, m := range l.ms {
		for _, pl := range m.facts.People {
			label := roleLabel(m.doc, pl)
			if label == "" {
				continue
			}
			if by[pl.Role] == nil {
				by[pl.Role] = &count{}
			}
			by[pl.Role].add(label, i)
		}
	}
	get := func(r core.Role) []string {
		if c := by[r]; c != nil {
			return c.sorted()
		}
		return nil
	}
	return profile.Roles{
		Attendees: get(core.Attendee), Regrets: get(core.Regrets), Absent: get(core.Absent),
		Chair: get(core.Chair), Scribe: get(core.Scribe),
	}
}

// roleLabel returns the label of a list of names as written: the item's
// text before the names, the words before the colon of a paragraph's
// line ("Unavailable: JP, Khio" in an Attendance section), or the
// section's title.
func roleLabel(d *core.Document, pl *core.PeopleList) string {
	switch {
	case pl.Sentence:
		return ""
	case pl.Label != nil:
		text := pl.Label.Text
		if i := strings.Index(text, ":"); i >= 0 {
			text = text[:i]
		}
		return trimLabel(text)
	case len(pl.Spans) > 0:
		src := d.Bytes()
		start := pl.Spans[0].Start
		for start > 0 && src[start-1] != '\n' {
			start--
		}
		if before, _, ok := strings.Cut(string(src[start:pl.Spans[0].Start]), ":"); ok {
			return trimLabel(before)
		}
		if pl.Section != nil {
			return trimLabel(pl.Section.Title)
		}
	case pl.Section != nil:
		return trimLabel(pl.Section.Title)
	}
	return ""
}
