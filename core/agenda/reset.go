package agenda

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
)

// resetSections starts afresh, with the group's template text, the
// sections its format resets (templates.Info.Reset: in the 2026 compact
// format, Attending and Minutes): the last meeting's notes and names go,
// and the template's shape for them comes back, placeholders included, so
// that no empty item is left. Open task items there stay, with their
// sub-items, after the template's text. Formats that reset nothing (their
// notes carry the open items) are left to the other steps.
func (e *editor) resetSections(p *profile.Profile) error {
	if e.format == nil {
		return nil
	}
	info := *e.format
	bodies, err := templates.ResetSections(info.Name, e.report.When, p)
	if err != nil {
		return err
	}
	for _, title := range info.Reset {
		s := sectionTitled(e.doc, title)
		body, ok := bodies[title]
		if s == nil || !ok {
			continue
		}
		d := e.doc
		nl := d.Newline()
		text := strings.ReplaceAll(body, "\n", nl)
		if s.Own.End == len(d.Bytes()) { // the last section: no blank line at the end of the file
			text = strings.TrimRight(text, "\r\n") + nl
		}
		if kept := openTasks(d, s); kept != "" {
			trimmed := strings.TrimRight(text, "\r\n")
			text = trimmed + nl + strings.TrimSuffix(kept, nl) + text[len(trimmed):]
		}
		old := d.Text(core.Span{Start: s.Heading.End, End: s.Own.End})
		if old == text {
			continue
		}
		at := s.Heading.End
		c := core.Change{{Start: at, End: s.Own.End, Text: text}}
		lines := strconv.Itoa(strings.Count(strings.TrimSpace(old), "\n")+1) + " lines"
		if lines == "1 lines" {
			lines = "1 line"
		}
		if err := e.editAt(c, at, "reset", s.Title+": "+lines+" of the last meeting", "the template's"); err != nil {
			return err
		}
		// Every line written is reported, at its line.
		for off := 0; off < len(text); {
			end := strings.IndexByte(text[off:], '\n')
			if end < 0 {
				end = len(text) - off - 1
			}
			if line := strings.TrimRight(text[off:off+end], "\r"); strings.TrimSpace(line) != "" {
				ed := &Edit{What: "reset", New: line, off: at + off}
				e.marks = append(e.marks, &ed.off)
				e.report.Edits = append(e.report.Edits, ed)
			}
			off += end + 1
		}
	}
	return nil
}

// dropNotes empties the format's sections of notes (templates.Info.Notes:
// the 2026 compact format's Agenda) of what the last meeting noted: only
// the items that state the new meeting's date (moved there by moveDates)
// and open task items stay, with their sub-items.
func (e *editor) dropNotes() error {
	if e.format == nil {
		return nil
	}
	date := e.report.When.DateString()
	for _, title := range e.format.Notes {
		s := sectionTitled(e.doc, title)
		if s == nil {
			continue
		}
		// The notes go in one change, as if removed one by one, the last
		// first (core.RemoveItems).
		notes := notesOf(s, date)
		if len(notes) == 0 {
			continue
		}
		c, err := e.doc.RemoveItems(notes)
		if err != nil {
			return err
		}
		var eds []*Edit
		for _, it := range notes {
			// At the start of what removing it alone would take, as
			// when the notes went one at a time.
			one, err := e.doc.RemoveItem(it)
			if err != nil {
				return err
			}
			eds = append(eds, &Edit{What: "notes", Old: it.Text, off: one[0].Start})
		}
		if err := e.applyEdits(c, eds); err != nil {
			return err
		}
	}
	return nil
}

// notesOf returns the items of section s that dropNotes drops: neither
// open tasks nor statements of the new meeting's date.
func notesOf(s *core.Section, date string) []*core.Item {
	var notes []*core.Item
	for _, it := range s.Items() {
		if it.Box != core.Open && !strings.Contains(it.Text, date) {
			notes = append(notes, it)
		}
	}
	return notes
}

// sectionTitled returns the first section with the title, by the
// template's comparison, or nil.
func sectionTitled(d *core.Document, title string) *core.Section {
	for _, s := range d.Sections() {
		if strings.EqualFold(strings.TrimSpace(s.Title), strings.TrimSpace(title)) {
			return s
		}
	}
	return nil
}

// openTasks returns the lines of the section's open task items (top
// level of its own lists), with their sub-items, each ending in a line
// break.
func openTasks(d *core.Document, s *core.Section) string {
	var b strings.Builder
	src := d.Bytes()
	for _, it := range s.Items() {
		if it.Box != core.Open {
			continue
		}
		start := it.Span.Start
		for start > 0 && src[start-1] != '\n' {
			start--
		}
		b.Write(src[start:it.Span.End])
		if !strings.HasSuffix(b.String(), "\n") {
			b.WriteString(d.Newline())
		}
	}
	return b.String()
}
