package core

import (
	"strings"
	"unicode"
)

// People in the shapes other groups write them: a section titled with a
// note ("## Attendance (please add yourself):", "## Attendees (sign
// yourself in)", "#### Introduction of attendees"), roll calls under a
// header row ("- name / institution / GitHub handle") or after "Roll
// call:", names in paragraphs ("Mark, Ryan, Eric Huss" then "Unavailable:
// JP, Khio"), group labels inside an attendance list ("Team members:
// Niko, Felix"), and roles said in a sentence ("Ryan facilitates, Mark to
// scribe").

// attendanceTitles are section titles of attendance lists beyond the role
// labels, compared in lower case.
var attendanceTitles = []string{"introduction of attendees", "roll call", "sign-in", "sign in", "sign-in sheet"}

// titleRole returns the role a section title names: a role label, alone
// or with a note in parentheses and a colon after it, or one of
// attendanceTitles.
func titleRole(title string) Role {
	t := strings.TrimSpace(stripMarkup(title))
	if i := strings.IndexByte(t, '('); i > 0 && strings.HasSuffix(strings.TrimRight(t, ": "), ")") {
		t = strings.TrimSpace(t[:i])
	}
	t = strings.TrimRight(t, ": ")
	for _, a := range attendanceTitles {
		if strings.EqualFold(t, a) {
			return Attendee
		}
	}
	if r, rest := classify(t); r != NoRole && rest == "" {
		return r
	}
	return NoRole
}

// isHeaderRow reports whether an item is the header of a roll call:
// "name / institution / GitHub handle", "**Name** | **Org**".
func isHeaderRow(text string) bool {
	t := strings.ToLower(strings.TrimSpace(stripMarkup(text)))
	first, _, ok := strings.Cut(t, "/")
	if !ok {
		first, _, ok = strings.Cut(t, "|")
	}
	return ok && strings.TrimSpace(first) == "name"
}

// isRollCall reports whether list b, after the paragraph intro, is a
// roll call: its first item is a header row, or the paragraph ends by
// asking people to sign in ("Roll call:", "sign yourself in").
func isRollCall(intro string, b *Block) bool {
	if len(b.Items) == 0 {
		return false
	}
	if isHeaderRow(b.Items[0].Text) {
		return true
	}
	last := strings.ToLower(strings.TrimSpace(lastLine(intro)))
	return strings.HasSuffix(last, "roll call:") || strings.HasSuffix(last, "sign in below:") || strings.HasSuffix(last, "sign yourself in:")
}

func lastLine(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}

// rollCall reads a roll-call list as the attendees: each item a person,
// the header row and sign-up placeholders left out.
func (f *Facts) rollCall(d *Document, b *Block) {
	list := &PeopleList{Role: Attendee}
	header := false
	for i, it := range b.Items {
		if i == 0 && isHeaderRow(it.Text) {
			header = true
			continue
		}
		if isStruck(it.Text) {
			continue
		}
		ps := entryNames(it.Text, it.Line, header)
		if len(ps) == 0 {
			continue
		}
		list.Names = append(list.Names, it)
		list.People = append(list.People, ps...)
	}
	if len(list.People) > 0 {
		f.People = append(f.People, list)
	}
}

// entryNames reads one entry of an attendance list: a roll-call row
// "Name / Institution / @handle" (in a list with a header row, or
// written with " / ") is one person, named by its first column with the
// rest as the note; anything else is a written list of names.
func entryNames(text string, line int, row bool) []Person {
	plain := strings.TrimSpace(stripMarkup(text))
	if row || strings.Contains(plain, " / ") {
		name, note, _ := strings.Cut(plain, "/")
		name = strings.TrimSpace(name)
		if isPlaceholder(name) || strings.EqualFold(name, "name") {
			return nil
		}
		return []Person{{Name: name, Note: strings.TrimSpace(note), Line: line}}
	}
	return splitNames(text, line)
}

// groupLabelEnds are the last words of labels that group an attendance
// list's names ("Team members:", "Others:", "Remote:").
var groupLabelEnds = map[string]bool{"members": true, "others": true, "visitors": true, "guests": true, "observers": true,
	"remote": true, "online": true, "in-person": true, "person": true, "staff": true, "team": true}

// withoutGroupLabel returns an attendance entry without a label that
// groups its names ("Team members: Niko, Felix, Josh" gives "Niko,
// Felix, Josh"): at most three words before a colon, the last of
// groupLabelEnds.
func withoutGroupLabel(text string) string {
	plain := stripMarkup(text)
	label, rest, ok := strings.Cut(plain, ":")
	if !ok || strings.Contains(label, "@") {
		return text
	}
	words := strings.Fields(label)
	if len(words) == 0 || len(words) > 3 || !groupLabelEnds[strings.ToLower(words[len(words)-1])] {
		return text
	}
	return strings.TrimSpace(rest)
}

// paragraphPeople reads the lines of a paragraph in a role's section:
// a line of names belongs to the section's role; a line that starts with
// another role's label ("Unavailable: JP, Khio") to that role. A line
// that reads as a sentence is not names.
func (f *Facts) paragraphPeople(d *Document, b *Block, list *PeopleList) {
	off := b.Span.Start
	for i, line := range strings.Split(string(d.src[b.Span.Start:b.Span.End]), "\n") {
		start := off
		off += len(line) + 1
		text := strings.TrimRight(line, "\r")
		trimmed := strings.TrimSpace(text)
		if trimmed == "" || isStruck(trimmed) {
			continue
		}
		lead := start + len(text) - len(strings.TrimLeft(text, " \t"))
		span := Span{lead, start + len(strings.TrimRight(text, " \t"))}
		target, names := list, trimmed
		if r, rest := classify(trimmed); r != NoRole {
			if rest == "" {
				continue // "**Members**": a label over the names below it
			}
			target = &PeopleList{Role: r, Section: list.Section}
			f.People = append(f.People, target)
			names = rest
			span.Start = span.End - len(strings.TrimRight(rest, " \t"))
		}
		names = withoutGroupLabel(names)
		if isSentence(names) {
			continue
		}
		ps := entryNames(names, b.Line+i, false)
		if len(ps) == 0 {
			continue
		}
		target.Spans = append(target.Spans, span)
		target.People = append(target.People, ps...)
	}
}

// isSentence reports whether text reads as a sentence, not names: it ends
// with a colon, or one of its comma-separated parts has more than five
// words.
func isSentence(text string) bool {
	if strings.HasSuffix(text, ":") {
		return true
	}
	for _, part := range strings.Split(text, ",") {
		if i := strings.IndexByte(part, '('); i >= 0 {
			part = part[:i]
		}
		if len(strings.Fields(part)) > 5 {
			return true
		}
	}
	return false
}

// rolesItem reads an item of a "Meeting roles" section: "Minutes: Tomas"
// names the scribe there; a sentence that gives roles ("Ryan
// facilitates, Mark to scribe") is read too. It reports whether it found
// any.
func (f *Facts) rolesItem(it *Item) bool {
	plain := strings.TrimSpace(stripMarkup(it.Text))
	if rest, ok := cutLabelFold(plain, "minutes"); ok && rest != "" {
		f.People = append(f.People, &PeopleList{Role: Scribe, Label: it, Inline: true, People: splitNames(rest, it.Line)})
		return true
	}
	return false
}

// cutLabelFold cuts "label:" (any case) from the start of s.
func cutLabelFold(s, label string) (string, bool) {
	if len(s) <= len(label) || !strings.EqualFold(s[:len(label)], label) || s[len(label)] != ':' {
		return "", false
	}
	return strings.TrimSpace(s[len(label)+1:]), true
}

// sentenceRoles reads roles said in a sentence, as the Rust leadership
// council's "Assign roles" item does: "Ryan facilitates, Mark to scribe".
// It returns nil when the text says no role.
func sentenceRoles(text string, line int) []*PeopleList {
	var out []*PeopleList
	for _, part := range strings.Split(stripMarkup(text), ",") {
		words := strings.Fields(part)
		if len(words) < 2 || len(words) > 4 || !isCapitalised(words[0]) {
			continue
		}
		verb := strings.ToLower(strings.Join(words[1:], " "))
		role := NoRole
		switch verb {
		case "facilitates", "facilitating", "chairs", "is chairing", "to facilitate", "to chair":
			role = Chair
		case "to scribe", "scribes", "is scribing", "takes minutes", "to take minutes":
			role = Scribe
		}
		if role != NoRole {
			out = append(out, &PeopleList{Role: role, Inline: true, Sentence: true, People: []Person{{Name: words[0], Line: line}}})
		}
	}
	return out
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
