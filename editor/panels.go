package editor

import "github.com/cpansec/minutes/core"

// Panel is a part of the page that shows the document: the form, the
// preview, the lint findings, the action items.
type Panel interface {
	// Show brings the panel up to date. ch is the change just applied to
	// the previous document, or nil when the whole document is new.
	Show(doc *core.Document, ch core.Change, origin Origin)
}

// Navigator is the panel that holds the focus and can take the user to a
// place in the document: the form (package form).
type Navigator interface {
	// Reveal shows and focuses what is at a 1-based line.
	Reveal(line int)
	// ShowSection scrolls to a section, by path.
	ShowSection(path string)
	// Place is the field with the focus and its caret; ok is false when
	// no field has it.
	Place() (field string, offset int, ok bool)
	// RestorePlace focuses the field Place named; it reports whether
	// the field is there.
	RestorePlace(field string, offset int) bool
}

// Panels are the page's panels. Subscribed to the session (Show), they
// hear of every update in the order they were added: the form first (it
// holds the focus), then what only shows the document. They do not hold
// the document. The Navigator set among them, if any, answers where the
// user is, for the cursor a draft keeps; without one (some tests) there is no
// place to go back to.
type Panels struct {
	// Run runs each panel's Show: the page's guard, so that a panel that
	// fails is reported and the others still hear of the update.
	Run func(name string, fn func() error)
	// Paused reports whether the panels are to hear of nothing (the draft
	// is shown as plain text); nil: never.
	Paused func() bool

	list    []Panel
	nav     Navigator
	section string // where the user is in the form, for the cursor hint
}

// Add adds a panel, the last to hear of an update.
func (p *Panels) Add(panel Panel) { p.list = append(p.list, panel) }

// List is the panels, in the order they hear of an update.
func (p *Panels) List() []Panel { return p.list }

// SetNavigator makes n (one of the panels: the form) where the user is.
func (p *Panels) SetNavigator(n Navigator) { p.nav = n }

// Show tells every panel of an update.
func (p *Panels) Show(u Update) {
	if p.Paused != nil && p.Paused() {
		return
	}
	for _, panel := range p.list {
		p.Run("show", func() error {
			panel.Show(u.Doc, u.Change, u.Origin)
			return nil
		})
	}
}

// Section is the section the user is in, by path.
func (p *Panels) Section() string { return p.section }

// SetSection records where the user is (the form calls it on focus).
func (p *Panels) SetSection(path string) { p.section = path }

// ShowSection brings the user back to a section.
func (p *Panels) ShowSection(path string) {
	p.section = path
	if p.nav != nil {
		p.nav.ShowSection(path)
	}
}

// Place is the field with the focus and its caret, for the cursor hint;
// "" when no field has it.
func (p *Panels) Place() (field string, offset int) {
	if p.nav != nil {
		if f, o, ok := p.nav.Place(); ok {
			return f, o
		}
	}
	return "", 0
}

// RestorePlace puts the focus back in the field Place named; it reports
// whether it could.
func (p *Panels) RestorePlace(field string, offset int) bool {
	return p.nav != nil && p.nav.RestorePlace(field, offset)
}

// Reveal asks the Navigator to show and focus what is at a 1-based line
// of the document: a lint finding or an action item was clicked.
func (p *Panels) Reveal(line int) {
	if p.nav != nil {
		p.nav.Reveal(line)
	}
}
