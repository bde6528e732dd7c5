package core

import (
	"errors"
	"strings"
)

// Errors of section edits.
var (
	ErrRoot     = errors.New("the part before the first heading is not a section")
	ErrNoLevel  = errors.New("a heading level is 1 to 6")
	ErrNotMoved = errors.New("the section is already at the end of its level")
)

// RenameSection replaces the section's title, keeping its level, its time
// prefix and any closing hashes.
func (d *Document) RenameSection(s *Section, title string) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	start := s.TitleSpan.Start
	if s.Time != "" {
		start = s.TimeSpan.End
	}
	title = oneLine(title)
	if start == s.TitleSpan.End && s.TitleSpan.Start == start && !strings.HasSuffix(d.Text(Span{s.Heading.Start, start}), " ") {
		title = " " + title
	}
	return Change{{start, s.TitleSpan.End, title}}, nil
}

// SetSectionTime writes a time such as "16:05 UTC" at the start of the
// section's title, replacing the time there, with the separator the
// document uses (" – " unless it writes " - "); "" removes the time.
func (d *Document) SetSectionTime(s *Section, t string) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	if s.Time != "" {
		if t == "" {
			return Change{{s.TimeSpan.Start, s.TimeSpan.End, ""}}, nil
		}
		// Keep the separator as written; replace only the time.
		return Change{{s.TimeSpan.Start, s.TimeSpan.Start + len(s.Time), t}}, nil
	}
	if t == "" {
		return nil, nil
	}
	return Change{{s.TitleSpan.Start, s.TitleSpan.Start, t + d.timeSeparator()}}, nil
}

// timeSeparator returns the separator the document's time headings use.
func (d *Document) timeSeparator() string {
	for _, s := range d.Sections() {
		if s.Time != "" {
			sep := d.Text(Span{s.TimeSpan.Start + len(s.Time), s.TimeSpan.End})
			return strings.ReplaceAll(sep, nbsp, " ")
		}
	}
	return " – "
}

// AddSectionAfter adds a section with the given title after s and its
// subsections, at s's level.
func (d *Document) AddSectionAfter(s *Section, title string) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	if s.Level == 0 {
		return nil, ErrRoot
	}
	return d.insertSection(s.Full.End, s.Level, title), nil
}

// AddSubsection adds a section as the last subsection of parent, one level
// below it (for the root: at the level of its first section, else 2).
func (d *Document) AddSubsection(parent *Section, title string) (Change, error) {
	if err := d.ownsSection(parent); err != nil {
		return nil, err
	}
	level := parent.Level + 1
	if parent.Level == 0 {
		level = 2
		if len(parent.Sections) > 0 {
			level = parent.Sections[0].Level
		}
	}
	if level > 6 {
		return nil, ErrNoLevel
	}
	return d.insertSection(parent.Full.End, level, title), nil
}

// insertSection writes a heading at offset at (a heading line start or the
// end), spaced like the headings around it.
func (d *Document) insertSection(at, level int, title string) Change {
	nl := d.Newline()
	heading := strings.Repeat("#", level) + " " + oneLine(title) + nl
	blanks := d.blankLinesBefore(at)
	if at == len(d.src) {
		lead := ""
		if len(d.src) > 0 && !endsWithNewline(d.src) {
			lead = nl
		}
		if blanks == 0 && len(d.src) > d.BodyStart {
			lead += nl
		}
		return Change{{at, at, lead + heading}}
	}
	return Change{{at, at, heading + strings.Repeat(nl, max(blanks, 1))}}
}

// blankLinesBefore counts the blank lines just before offset at.
func (d *Document) blankLinesBefore(at int) int {
	n := 0
	for at > d.BodyStart {
		ls := lineStart(d.norm, at-1)
		if !isBlank(d.norm[ls:at]) {
			break
		}
		n++
		at = ls
	}
	return n
}

// RemoveSection removes the section with its subsections.
func (d *Document) RemoveSection(s *Section) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	if s.Level == 0 {
		return nil, ErrRoot
	}
	return Change{{s.Full.Start, s.Full.End, ""}}, nil
}

// MoveSection swaps the section (with its subsections) with its previous
// sibling (delta < 0) or its next one (delta > 0).
func (d *Document) MoveSection(s *Section, delta int) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	if s.Level == 0 {
		return nil, ErrRoot
	}
	sib := s.Parent.Sections
	i := indexOf(sib, s)
	j := i + sign(delta)
	if j < 0 || j >= len(sib) {
		return nil, ErrNotMoved
	}
	a, b := sib[min(i, j)], sib[max(i, j)]
	ta, tb := d.Text(a.Full), d.Text(b.Full)
	if b.Full.End == len(d.src) && !endsWithNewline(d.src) {
		tb += d.Newline()
		ta = strings.TrimSuffix(strings.TrimSuffix(ta, "\n"), "\r")
	}
	return Change{{a.Full.Start, b.Full.End, tb + ta}}, nil
}

// SetLevel changes the number of '#' of the section's heading (its
// subsections keep theirs).
func (d *Document) SetLevel(s *Section, level int) (Change, error) {
	if err := d.ownsSection(s); err != nil {
		return nil, err
	}
	if level < 1 || level > 6 {
		return nil, ErrNoLevel
	}
	i := s.Heading.Start
	for i < len(d.src) && d.src[i] == ' ' {
		i++
	}
	j := i
	for j < len(d.src) && d.src[j] == '#' {
		j++
	}
	if j == i {
		return nil, errors.New("only headings written with '#' can change level")
	}
	return Change{{i, j, strings.Repeat("#", level)}}, nil
}

func (d *Document) ownsSection(s *Section) error {
	if s == nil || s.doc != d {
		return ErrNotInSource
	}
	return nil
}

func indexOf(list []*Section, s *Section) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// oneLine flattens line breaks to spaces: titles are one line.
func oneLine(s string) string {
	return strings.TrimSpace(strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s))
}
