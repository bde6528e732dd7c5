package agenda

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/templates"
)

// editor applies the rule's edits one Change at a time and keeps the
// offsets the report refers to pointing at the same text as the source
// changes around them.
type editor struct {
	doc    *core.Document
	marks  []*int
	report *Report
	// format is the template the minutes' format matches, among those
	// that reset sections (templates.Match), or nil.
	format *templates.Info
}

// apply applies c to the current document; marks move with the text they
// point at (a mark inside replaced text moves to the start of the
// replacement).
func (e *editor) apply(c core.Change) error {
	if len(c) == 0 {
		return nil
	}
	nd, err := e.doc.Apply(c)
	if err != nil {
		return err
	}
	for _, m := range e.marks {
		*m = mapOffset(c, *m)
	}
	e.doc = nd
	return nil
}

// edit applies c and records it in the report as an edit of the line that
// holds the change's first splice.
func (e *editor) edit(c core.Change, what, old, new string) error {
	if len(c) == 0 {
		return nil
	}
	return e.editAt(c, c[0].Start, what, old, new)
}

// editAt is edit for a change reported at offset off of the current
// document (a label whose names the change removes).
func (e *editor) editAt(c core.Change, off int, what, old, new string) error {
	if len(c) == 0 {
		return nil
	}
	ed := &Edit{What: what, Old: old, New: new, off: off}
	e.marks = append(e.marks, &ed.off)
	if err := e.apply(c); err != nil {
		e.marks = e.marks[:len(e.marks)-1]
		return err
	}
	e.report.Edits = append(e.report.Edits, ed)
	return nil
}

// pendingEdit is an edit of the current document, made with others as
// one change by editAll.
type pendingEdit struct {
	c              core.Change
	what, old, new string
}

// editAll applies the edits, changes of the current document that do not
// meet, as one change (one parse of the document, not one per edit) and
// records each as edit would, in order.
func (e *editor) editAll(eds []pendingEdit) error {
	var all core.Change
	var recorded []*Edit
	for _, p := range eds {
		if len(p.c) == 0 {
			continue
		}
		ed := &Edit{What: p.what, Old: p.old, New: p.new, off: p.c[0].Start}
		recorded = append(recorded, ed)
		all = append(all, p.c...)
	}
	for i := 1; i < len(all); i++ {
		if all[i].Start < all[i-1].End || all[i].Start < all[i-1].Start {
			return fmt.Errorf("edits out of order or overlapping at offset %d", all[i].Start)
		}
	}
	return e.applyEdits(all, recorded)
}

// applyEdits applies c and records eds, whose offsets are in the current
// document, as its edits.
func (e *editor) applyEdits(c core.Change, eds []*Edit) error {
	n := len(e.marks)
	for _, ed := range eds {
		e.marks = append(e.marks, &ed.off)
	}
	if err := e.apply(c); err != nil {
		e.marks = e.marks[:n]
		return err
	}
	e.report.Edits = append(e.report.Edits, eds...)
	return nil
}

// insert applies c, which adds lines, and records it as an addition of
// text at the first added line (the splice may start with the line breaks
// before it).
func (e *editor) insert(c core.Change, what, text string) error {
	if len(c) == 0 {
		return nil
	}
	lead := len(c[0].Text) - len(strings.TrimLeft(c[0].Text, "\r\n"))
	ed := &Edit{What: what, New: text, off: c[0].Start}
	if err := e.apply(c); err != nil {
		return err
	}
	ed.off += lead
	e.marks = append(e.marks, &ed.off)
	e.report.Edits = append(e.report.Edits, ed)
	return nil
}

// mapOffset returns where off is after c is applied.
func mapOffset(c core.Change, off int) int {
	shift := 0
	for _, s := range c {
		switch {
		case off < s.Start:
			return off + shift
		case off < s.End || off == s.Start:
			return s.Start + shift
		}
		shift += len(s.Text) - (s.End - s.Start)
	}
	return off + shift
}

// lines sets the line of every recorded edit in the final document.
func (e *editor) lines() {
	for _, ed := range e.report.Edits {
		ed.Line = e.doc.Line(ed.off)
	}
}

// lineText returns the text of 1-based line n of the current document,
// without its line ending, and the offset where it starts.
func (e *editor) lineText(n int) (string, int) {
	src := e.doc.Bytes()
	start := e.doc.LineStart(n)
	end := start
	for end < len(src) && src[end] != '\n' {
		end++
	}
	if end > start && src[end-1] == '\r' {
		end--
	}
	return string(src[start:end]), start
}
