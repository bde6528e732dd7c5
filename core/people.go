package core

import (
	"strings"
	"unicode/utf8"
)

// Role is what a person was at the meeting.
type Role int

// The roles the minutes record.
const (
	NoRole Role = iota
	Attendee
	Regrets
	Absent
	Chair
	Scribe
	ApprovedBy
)

var roleNames = [...]string{"", "attendees", "regrets", "absent", "chair", "scribe", "approved_by"}

// String returns the role's name as the JSON output spells it.
func (r Role) String() string { return roleNames[r] }

// Roles lists the roles in the order the JSON output gives them.
var Roles = []Role{Attendee, Regrets, Absent, Chair, Scribe, ApprovedBy}

// Person is a name as written in the minutes ("@sjn", "Michael",
// "Benjamin Gruenbaum @benjamingr"), with a note written after it ("left
// early", "Linux Foundation", "simula / @minrk"), and where it was found.
type Person struct {
	Name string
	Note string
	Line int
}

// Key returns what identifies the person: the first @handle written in
// the name or its note, else the name, in lower case. "Min / simula /
// @minrk" and "@minrk" are one person.
func (p Person) Key() string {
	for _, s := range []string{p.Name, p.Note} {
		if i := strings.IndexByte(s, '@'); i >= 0 {
			j := i + 1
			for j < len(s) && (isHandleByte(s[j])) {
				j++
			}
			if j > i+1 {
				return strings.ToLower(s[i:j])
			}
		}
	}
	return strings.ToLower(p.Name)
}

// PeopleList is where a role's names are written: the item or section that
// holds them and the items or text spans with the names.
type PeopleList struct {
	Role Role
	// Label is the item that names the role ("Attendees", "Regrets: @a"),
	// or nil when a section's title names it.
	Label *Item
	// Section is the role's section when its title names the role.
	Section *Section
	// Inline is true when the names follow the label on its line.
	Inline bool
	// Sentence is true when Label says the role in a sentence ("Ryan
	// facilitates, Mark to scribe"): it has no label word to learn.
	Sentence bool
	// Names are the items whose text is a list of names (for a label with
	// children, or a role section); empty for an inline list.
	Names []*Item
	// Spans cover the names written in a paragraph's lines (a role's
	// section with "Mark, Ryan, Eric Huss" as text), for lists not in
	// items.
	Spans  []Span
	People []Person
}

// classify returns the role an item text or title starts with, and the
// rest of the text after the label and its separator.
func classify(text string) (Role, string) {
	if !mayBeLabel(text) {
		return NoRole, ""
	}
	plain := strings.TrimSpace(stripMarkup(text))
	role, end := labelRole(plain)
	if role == NoRole {
		return NoRole, ""
	}
	rest := strings.TrimLeft(plain[end:], " \t")
	sep := strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–")
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, ":"), "-"), "–"), " \t")
	if !sep && rest != "" && !strings.HasPrefix(rest, "@") && !isPlaceholder(rest) {
		return NoRole, "" // "Attendees we know of: ..." is a sentence, not a label
	}
	if strings.HasPrefix(rest, "&") || strings.HasPrefix(rest, ",") || strings.HasPrefix(strings.ToLower(rest), "and ") {
		return NoRole, "" // "Attendees, absents & regrets" names several roles
	}
	return role, rest
}

// labelFirstWords are the first words of every role label, lower case.
var labelFirstWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range labelWords {
		for _, w := range l.words {
			first, _, _ := strings.Cut(w, " ")
			first, _, _ = strings.Cut(first, "-")
			m[first] = true
		}
	}
	return m
}()

// mayBeLabel is classify's quick test: the text's first word, past
// emphasis, strike and link marks, is the first word of some label (or
// not plain ASCII, which classify then reads in full). Most items start
// with a handle or a sentence and stop here, before the costlier work.
func mayBeLabel(text string) bool {
	i := 0
	for i < len(text) && strings.IndexByte(" \t*_~`[", text[i]) >= 0 {
		i++
	}
	j := i
	for j < len(text) && j-i < 16 && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
		j++
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		return true
	}
	if j == i {
		return i < len(text) && text[i] >= utf8.RuneSelf
	}
	return labelFirstWords[strings.ToLower(text[i:j])]
}

// containsFold reports whether s contains sub, ASCII letters of any case;
// sub is lower case ASCII.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) && lowerASCII(s[i+k]) == sub[k] {
			k++
		}
		if k == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// splitNames splits a written list of names: commas, semicolons, "and",
// "&". A note in parentheses after a name is kept apart. Placeholders
// (FIXME, TBD, …) are dropped.
func splitNames(text string, line int) []Person {
	text = stripMarkup(text)
	text = strings.TrimSuffix(strings.TrimSpace(text), ".")
	text = strings.ReplaceAll(text, ". @", ", @") // "@robrwo. @tux": a typo for a comma
	var out []Person
	parts := splitOutsideParens(text)
	orgs := false // "Apple (Kiara), Google (Devlin, Oliver)": people in parentheses after their organisation
	for _, part := range parts {
		if i := strings.IndexByte(part, '('); i > 0 && len(splitList(strings.Trim(strings.TrimSpace(part[i:]), "()"))) > 1 {
			orgs = true
		}
	}
	for _, part := range parts {
		part = strings.TrimRight(strings.TrimSpace(part), ".!")
		note := ""
		if i := strings.IndexAny(part, "([<"); i > 0 {
			note = strings.Trim(strings.TrimSpace(part[i:]), "()[]<>")
			part = strings.TrimSpace(part[:i])
		}
		if isPlaceholder(part) {
			continue
		}
		if inner := splitList(note); len(inner) > 1 || orgs && note != "" {
			// "Google (Devlin, Oliver, Patrick)": an organisation with
			// its people, each a person with the organisation as note.
			for _, n := range inner {
				if n = strings.TrimSpace(n); !isPlaceholder(n) {
					out = append(out, Person{Name: n, Note: part, Line: line})
				}
			}
			continue
		}
		out = append(out, Person{Name: part, Note: note, Line: line})
	}
	return out
}

// splitOutsideParens splits a list of names as splitList does, except
// at separators inside parentheses or angle brackets ("Google (Devlin,
// Oliver)" is one part).
func splitOutsideParens(text string) []string {
	if !strings.ContainsAny(text, "(<") {
		return splitList(text)
	}
	// Separators inside brackets are hidden behind private-use runes
	// while splitting, then restored.
	var b strings.Builder
	depth := 0
	for _, r := range text {
		switch {
		case r == '(' || r == '<':
			depth++
		case (r == ')' || r == '>') && depth > 0:
			depth--
		case depth > 0 && r == ',':
			r = '\uE000'
		case depth > 0 && r == ';':
			r = '\uE001'
		case depth > 0 && r == '&':
			r = '\uE002'
		}
		b.WriteRune(r)
	}
	parts := splitList(b.String())
	restore := strings.NewReplacer("\uE000", ",", "\uE001", ";", "\uE002", "&")
	for i, p := range parts {
		parts[i] = restore.Replace(p)
	}
	return parts
}

// isPlaceholder reports whether a name is a template leftover or empty.
func isPlaceholder(s string) bool {
	switch strings.ToLower(strings.Trim(s, " #@*_~.")) {
	case "", "…", "fixme", "tbd", "tba", "none", "(none)", "-", "n/a", "nobody", "todo", "?", "xxx", "handle":
		return true
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' { // "approved by X, and merged by Y"
		return true
	}
	return strings.Contains(s, "FIXME") || strings.Trim(s, ".… ") == ""
}

// PlainText returns s without emphasis and strike marks, links as their
// text: a title as a reader sees it.
func PlainText(s string) string { return stripMarkup(s) }

// stripMarkup removes emphasis and strike marks and turns links into their
// text: "[@oalders](https://github.com/oalders)" is "@oalders".
func stripMarkup(s string) string {
	if strings.Contains(s, "](") {
		s = replaceLinks(s)
	}
	if !strings.ContainsAny(s, "*_~`") {
		return s // no mark: the replacer's scan costs more than this one (issue 13)
	}
	return markupMarks.Replace(s)
}

// markupMarks removes emphasis, strike and code marks.
var markupMarks = strings.NewReplacer("**", "", "__", "", "~~", "", "`", "")

// isStruck reports whether the whole text is struck through.
func isStruck(text string) bool {
	t := strings.TrimSpace(text)
	return len(t) > 4 && strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~")
}
