package core

import (
	"errors"
	"strings"
)

// ErrNoPlace is returned when the document has no place for a role's names
// and none can be made.
var ErrNoPlace = errors.New("no place for these names: add a section or item for them first")

// roleLabels are the labels written for a new list of a role.
var roleLabels = map[Role]string{
	Attendee: "Attendees", Regrets: "Regrets", Absent: "Absents",
	Chair: "Meeting chair", Scribe: "Meeting scribe",
}

// SetPeople writes the names of a role where the document keeps them, in
// the shape it uses there: after a label on one line ("Regrets: @a, @b"),
// under a label one per item or comma-joined, or as a section's items.
// Lines of names that stay the same are written as they were. With no
// names, the names are removed and the label kept. A role the document
// does not mention yet gets a label in its attendance (or welcome)
// section, or a new "Attendees" section.
func (d *Document) SetPeople(role Role, names []string) (Change, error) {
	f := d.Facts()
	for _, l := range f.People {
		if l.Role == role && (role != Chair && role != Scribe || l.Label == nil || classifyRaw(l.Label.Text) == role) {
			return d.SetPeopleList(l, names)
		}
	}
	if len(names) == 0 {
		return nil, nil
	}
	return d.newPeopleList(role, names)
}

// SetPeopleList writes names into one list of the document's facts (a
// role may be written in several places; SetPeople takes the first).
func (d *Document) SetPeopleList(l *PeopleList, names []string) (Change, error) {
	switch {
	case l.Role == ApprovedBy:
		return d.setApprovals(l, names)
	case l.Inline || l.Label != nil && len(l.Names) == 0:
		return d.setInline(l, names)
	case len(l.Names) == 0 && l.Section != nil:
		if len(names) == 0 {
			return nil, nil
		}
		return d.addToRoleSection(l, names)
	}
	return d.setNameItems(l, names)
}

// addToRoleSection writes names into a role section that has none: before
// its first labelled item ("- Regrets @x"), else at its end.
func (d *Document) addToRoleSection(l *PeopleList, names []string) (Change, error) {
	items := l.Section.Items()
	if len(items) == 0 {
		return d.AddItemToSection(l.Section, joinNames(l.Role, names))
	}
	first := items[0]
	line := d.prefixOf(first) + first.Marker + gapOf(d.src, first) + joinNames(l.Role, names) + d.Newline()
	if first.list.Loose {
		line += d.Newline()
	}
	return Change{{first.Span.Start, first.Span.Start, line}}, nil
}

// classifyRaw is classify's role alone.
func classifyRaw(text string) Role { r, _ := classify(text); return r }

// joinNames writes names as a list: "A, B, C"; chairs and scribes "A & B".
func joinNames(role Role, names []string) string {
	if (role == Chair || role == Scribe) && len(names) == 2 {
		return names[0] + " & " + names[1]
	}
	return strings.Join(names, ", ")
}

// setInline rewrites the names after a label on its line.
func (d *Document) setInline(l *PeopleList, names []string) (Change, error) {
	it := l.Label
	raw := d.Text(it.TextSpan)
	end, ok := labelEnd(raw)
	if !ok {
		return d.SetText(it, roleLabels[l.Role]+": "+joinNames(l.Role, names))
	}
	label := strings.TrimRight(raw[:end], " \t")
	if len(names) == 0 {
		return d.SetText(it, label)
	}
	sep := " "
	if !strings.HasSuffix(label, ":") && !strings.HasSuffix(label, "-") && !strings.HasSuffix(label, "–") && !l.Inline {
		sep = ": "
	}
	return d.SetText(it, label+sep+joinNames(l.Role, names))
}

// setNameItems rewrites the items that hold names (a label's children or a
// role section's items), one name per item or all on one, as before.
func (d *Document) setNameItems(l *PeopleList, names []string) (Change, error) {
	first, last := l.Names[0], l.Names[len(l.Names)-1]
	onePer := len(l.Names) > 1 || len(l.People) == 1 && len(names) > 1 && false
	for _, it := range l.Names {
		if len(splitNames(it.Text, 0)) > 1 {
			onePer = false
		}
	}
	span := Span{first.Span.Start, last.Span.End}
	if len(names) == 0 {
		if l.Label == nil && len(l.Names) == len(l.Section.Items()) {
			// Keep one empty item, so that the section still reads as a
			// list of names to fill in.
			text := d.prefixOf(first) + first.Marker + d.Newline()
			if span.End == len(d.src) && !endsWithNewline(d.src) {
				text = strings.TrimSuffix(text, d.Newline())
			}
			return Change{{span.Start, span.End, text}}, nil
		}
		return Change{{span.Start, span.End, ""}}, nil
	}
	prefix := d.prefixOf(first) + first.Marker + gapOf(d.src, first)
	nl := d.Newline()
	var lines []string
	if onePer {
		for i, n := range names {
			marker := first.Marker
			if isOrdered(marker) && i > 0 && (len(l.Names) < 2 || l.Names[1].Marker != first.Marker) {
				marker = itoa(atoi(first.Marker)+i) + first.Marker[len(first.Marker)-1:]
			}
			lines = append(lines, d.prefixOf(first)+marker+gapOf(d.src, first)+n)
		}
	} else {
		lines = []string{prefix + joinNames(l.Role, names)}
	}
	text := strings.Join(lines, nl)
	if l.Names[0].list.Loose && onePer {
		text = strings.Join(lines, nl+nl)
	}
	if span.End == len(d.src) && !endsWithNewline(d.src) {
		return Change{{span.Start, span.End, text}}, nil
	}
	return Change{{span.Start, span.End, text + nl}}, nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// setApprovals rewrites who approved the previous minutes.
func (d *Document) setApprovals(l *PeopleList, names []string) (Change, error) {
	raw := d.Text(l.Label.TextSpan)
	namesStart, namesEnd, ok := approvalNames(raw)
	if !ok {
		return nil, ErrNoPlace
	}
	joined := ""
	switch len(names) {
	case 0:
	case 1:
		joined = names[0]
	default:
		joined = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	start := l.Label.TextSpan.Start + namesStart
	end := l.Label.TextSpan.Start + namesEnd
	return Change{{start, end, joined}}, nil
}

// newPeopleList adds a role's names where the format keeps them.
func (d *Document) newPeopleList(role Role, names []string) (Change, error) {
	if role == ApprovedBy {
		return nil, ErrNoPlace
	}
	label := roleLabels[role]
	sec := d.peopleSection(role)
	if sec == nil {
		return d.newPeopleSection(role, names)
	}
	// A section whose items are labels with children ("- Attendees" over
	// "    - @a, @b") gets one more such pair; a section of inline labels
	// or names gets one inline label.
	var model *PeopleList
	for _, l := range d.Facts().People {
		if l.Label != nil && l.Label.list != nil && d.SectionAt(l.Label.Span.Start) == sec && l.Label.Parent == nil {
			model = l
		}
	}
	if model != nil && !model.Inline && len(model.Names) > 0 {
		lab := model.Label
		child := model.Names[0]
		nl := d.Newline()
		text := d.prefixOf(lab) + nextMarker(lab.Marker, lab.Siblings()) + gapOf(d.src, lab) + label + nl +
			d.prefixOf(child) + child.Marker + gapOf(d.src, child) + joinNames(role, names)
		last := lab.Siblings()[len(lab.Siblings())-1]
		return d.insertLines(last.Span.End, text, lab.list.Loose), nil
	}
	text := label + ": " + joinNames(role, names)
	if role == Regrets || role == Absent {
		if model != nil && model.Inline && !strings.Contains(d.Text(model.Label.TextSpan), ":") {
			text = label + " " + joinNames(role, names)
		}
	}
	return d.AddItemToSection(sec, text)
}

// peopleSection returns the section that holds attendance ("Attendees,
// absents & regrets", "Attending") or, for chair and scribe, "Welcome".
func (d *Document) peopleSection(role Role) *Section {
	if role == Chair || role == Scribe {
		for _, s := range d.Sections() {
			if strings.EqualFold(strings.TrimSpace(stripMarkup(s.Title)), "welcome") {
				return s
			}
		}
	}
	for _, s := range d.Sections() {
		if mentionsAttendance(stripMarkup(s.Title)) && !isAboutNext(sectionPath(s)) {
			return s
		}
	}
	return nil
}

// newPeopleSection adds an "Attendees" section after the first top-level
// section (or at the end), holding the role's names.
func (d *Document) newPeopleSection(role Role, names []string) (Change, error) {
	nl := d.Newline()
	level, at := 2, len(d.src)
	if top := d.Root.Sections; len(top) > 0 {
		level = top[0].Level
		switch {
		case len(top) > 1:
			at = top[1].Full.Start
		case len(top[0].Sections) > 0:
			level = top[0].Sections[0].Level
			at = top[0].Sections[0].Full.Start
		default:
			level = min(top[0].Level+1, 6) // under the page's only heading, its title
		}
	}
	st := d.styleOf()
	body := strings.Repeat("#", level) + " Attendees" + nl + nl +
		st.bullet + st.gap + roleLabels[role] + ": " + joinNames(role, names) + nl
	if at == len(d.src) {
		lead := ""
		if len(d.src) > 0 && !endsWithNewline(d.src) {
			lead = nl
		}
		if len(d.src) > d.BodyStart {
			lead += nl
		}
		return Change{{at, at, lead + body}}, nil
	}
	return Change{{at, at, body + nl}}, nil
}
