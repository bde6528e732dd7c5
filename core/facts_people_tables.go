package core

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// People written as tables and as a paragraph of names with their
// initials, as TC39's notes write attendance:
//
//	| Name            | Abbreviation | Organization |
//	| --------------- | ------------ | ------------ |
//	| Waldemar Horwat | WH           | Google       |
//
//	John Neumann (JN), Dave Herman (DH), István Sebestyén (IS), …

// nameColumns are header cells of the column that names people, in
// lower case.
var nameColumns = []string{"name", "names", "attendee", "attendees", "person", "participant", "participants", "who", "member"}

// otherColumns are header cells that, beside a name column, make a table
// a table of people even with no role named before it.
var otherColumns = []string{"abbreviation", "abbr", "initials", "organization", "organisation", "affiliation", "company", "employer", "handle", "github", "github handle", "institution", "email"}

// nameTable reads a paragraph that is a table with a name column: the
// people of its rows (the name cell, the other cells as the note, header
// and placeholder rows left out), the span of its data rows (from the end
// of the delimiter row's text to the end of the last row's, so that
// removing it leaves the header), and whether a column besides the names
// says what the table is (an organisation, an abbreviation).
func nameTable(d *Document, b *Block) (people []Person, rows Span, described, ok bool) {
	type line struct {
		text       string
		start, end int // the text's span, line ending excluded
	}
	var lines []line
	off := b.Span.Start
	for _, l := range strings.Split(strings.TrimRight(string(d.src[b.Span.Start:b.Span.End]), "\r\n"), "\n") {
		text := strings.TrimRight(l, "\r")
		lines = append(lines, line{strings.TrimSpace(text), off, off + len(text)})
		off += len(l) + 1
	}
	if len(lines) < 3 || !isDelimiterRow(lines[1].text) {
		return nil, Span{}, false, false
	}
	for _, l := range lines {
		if !strings.HasPrefix(l.text, "|") && !strings.Contains(l.text, "|") {
			return nil, Span{}, false, false
		}
	}
	header := cells(lines[0].text)
	col := -1
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(stripMarkup(h)))
		for _, n := range nameColumns {
			if h == n && col < 0 {
				col = i
			}
		}
		for _, o := range otherColumns {
			if h == o {
				described = true
			}
		}
	}
	if col < 0 {
		return nil, Span{}, false, false
	}
	for i, l := range lines[2:] {
		row := cells(l.text)
		if col >= len(row) {
			continue
		}
		name := strings.TrimSpace(stripMarkup(row[col]))
		if name == "" || isPlaceholder(name) {
			continue
		}
		var notes []string
		for j, c := range row {
			if c = strings.TrimSpace(stripMarkup(c)); j != col && c != "" {
				notes = append(notes, c)
			}
		}
		people = append(people, Person{Name: name, Note: strings.Join(notes, " / "), Line: b.Line + 2 + i})
	}
	rows = Span{lines[1].end, lines[len(lines)-1].end}
	return people, rows, described, true
}

// isDelimiterRow reports whether a table line is the row under the header
// ("| --- | :---: |").
func isDelimiterRow(s string) bool {
	s = strings.Trim(s, " |")
	return s != "" && strings.Contains(s, "-") && strings.Trim(s, "-:| \t") == ""
}

// cells splits a table row into its cells, the outer pipes dropped.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	row = strings.TrimSuffix(row, "|")
	return strings.Split(row, "|")
}

// initialsParagraph reports whether a paragraph lists people with their
// initials in parentheses, as TC39's notes open: at least three
// comma-separated parts, each a name of two to five words that start with
// a capital (particles such as "van" or "de" aside) followed by
// capitals in parentheses.
func initialsParagraph(text string) bool {
	parts := strings.Split(strings.Join(strings.Fields(text), " "), ",")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(p), "."))
		open := strings.LastIndexByte(p, '(')
		if open < 0 || !strings.HasSuffix(p, ")") {
			return false
		}
		abbr := p[open+1 : len(p)-1]
		if abbr == "" || len(abbr) > 6 || strings.ToUpper(abbr) != abbr || strings.IndexFunc(abbr, unicode.IsLetter) < 0 {
			return false
		}
		words := strings.Fields(p[:open])
		if len(words) < 2 || len(words) > 5 {
			return false
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !particles[w] {
				return false
			}
		}
	}
	return true
}

// particles are the lower-case words of names ("Anne van Kesteren").
var particles = map[string]bool{"van": true, "von": true, "de": true, "der": true, "den": true, "la": true, "le": true, "du": true, "da": true, "di": true, "del": true, "dos": true, "bin": true}

// paragraphOfPeople reads a paragraph outside a role's section that lists
// people: a table with a name column, after a line that names the role
// ("**Remote attendees:**") or with a column that says what it is (an
// organisation), or a paragraph of names with their initials (as
// attendees). It reports whether it read one.
func (f *Facts) paragraphOfPeople(d *Document, s *Section, b *Block, intro string) bool {
	role := NoRole
	if intro != "" {
		role, _ = classify(stripMarkup(strings.TrimSpace(lastLine(intro))))
	}
	if people, rows, described, ok := nameTable(d, b); ok && len(people) > 0 && (role != NoRole || described) {
		if role == NoRole {
			role = Attendee
		}
		f.People = append(f.People, &PeopleList{Role: role, Spans: []Span{rows}, People: people})
		return true
	}
	if initialsParagraph(b.Text) {
		if role == NoRole {
			role = Attendee
		}
		end := b.Span.Start + len(strings.TrimRight(string(d.src[b.Span.Start:b.Span.End]), "\r\n"))
		f.People = append(f.People, &PeopleList{Role: role, Spans: []Span{{b.Span.Start, end}}, People: splitNames(b.Text, b.Line)})
		return true
	}
	return false
}
