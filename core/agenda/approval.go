package agenda

import (
	"slices"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// ApprovalText returns the agenda line that puts the previous minutes up
// for approval: "Previous meeting minutes (2025-03-12) to be approved".
func ApprovalText(prev when.When) string {
	if !prev.HasYear() {
		return "Previous meeting minutes to be approved"
	}
	return "Previous meeting minutes (" + prev.DateString() + ") to be approved"
}

// approvalList returns the first line that says who approved the
// previous minutes.
func approvalList(d *core.Document) *core.PeopleList {
	for _, l := range d.Facts().People {
		if l.Role == core.ApprovedBy && l.Label != nil {
			return l
		}
	}
	return nil
}

// removeOtherApprovals removes the approval lines after the first, last
// first: they record approvals of earlier minutes, and the agenda needs
// one line.
func (e *editor) removeOtherApprovals() error {
	var others []*core.Item
	for _, l := range e.doc.Facts().People {
		if l.Role == core.ApprovedBy && l.Label != nil {
			others = append(others, l.Label)
		}
	}
	for i := len(others) - 1; i > 0; i-- {
		it, err := e.find(others[i])
		if err != nil {
			return err
		}
		c, err := e.doc.RemoveItem(it)
		if err != nil {
			return err
		}
		if err := e.edit(c, "approval", it.Text, ""); err != nil {
			return err
		}
	}
	return nil
}

// approvalTitle is the section the 2024 and 2025 formats use for it.
const approvalTitle = "Approve previous meeting minutes"

// approval rewrites the line that says who approved the previous minutes
// into the line that puts these minutes up for approval (an open box if
// it had a checked one). Without such a line, it adds one: to the
// approvals section, else to the agenda section, else in a new approvals
// section after the attendance sections, else to the meeting-start
// section, else to the first section.
func (e *editor) approval() error {
	if e.format != nil && e.format.NoApproval {
		return nil // the format approves no minutes (templates.Info.NoApproval)
	}
	text := ApprovalText(e.report.Previous)
	if err := e.removeOtherApprovals(); err != nil {
		return err
	}
	if l := approvalList(e.doc); l != nil {
		it := l.Label
		var c core.Change
		if it.Box == core.Done {
			box, err := e.doc.SetBox(it, core.Open)
			if err != nil {
				return err
			}
			c = append(c, box...)
		}
		t, err := e.doc.SetText(it, text)
		if err != nil {
			return err
		}
		return e.edit(append(c, t...), "approval", it.Text, text)
	}
	return e.addApproval(text)
}

func (e *editor) addApproval(text string) error {
	d := e.doc
	if s := findSection(d, isApprovalTitle); s != nil {
		return e.addItem(s, text)
	}
	if s := findSection(d, isAgendaTitle); s != nil {
		return e.addItem(s, text)
	}
	if s := findSection(d, isAttendanceTitle); s != nil {
		// After the attendance sections ("Attendees", "Regrets",
		// "Absents" in a row).
		for {
			sib := siblings(s)
			i := slices.Index(sib, s)
			if i+1 >= len(sib) || !isAttendanceTitle(sib[i+1].Title) {
				break
			}
			s = sib[i+1]
		}
		c, err := d.AddSectionAfter(s, approvalTitle)
		if err != nil {
			return err
		}
		if err := e.insert(c, "approval section", approvalTitle); err != nil {
			return err
		}
		return e.addItem(findSection(e.doc, isApprovalSection), text)
	}
	if s := findSection(d, core.StartsMeeting); s != nil {
		return e.addItem(s, text)
	}
	if secs := d.Sections(); len(secs) > 0 {
		return e.addItem(secs[0], text)
	}
	return e.addItem(d.Root, text)
}

// addItem adds an item at the end of a section and reports it.
func (e *editor) addItem(s *core.Section, text string) error {
	c, err := e.doc.AddItemToSection(s, text)
	if err != nil {
		return err
	}
	return e.insert(c, "approval", text)
}

// siblings returns the sections at s's level under the same parent.
func siblings(s *core.Section) []*core.Section {
	return s.Parent.Sections
}

// findSection returns the first section whose title matches, outside the
// sections about the next meeting.
func findSection(d *core.Document, matches func(title string) bool) *core.Section {
	for _, s := range d.Sections() {
		t := strings.TrimSpace(s.Title)
		if matches(t) && !strings.Contains(strings.ToLower(t), "next") {
			return s
		}
	}
	return nil
}
