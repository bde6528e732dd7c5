// Package newdialog is the editor page's New dialog: it starts a draft
// from one of the group's templates for a meeting date and time (the next
// one on the group's cadence by default), or as the next meeting's agenda
// made from the current draft or from a minutes file. Each opens a new
// draft; the current one stays in the drafts list. It is written against
// package ui, so it is tested natively.
package newdialog

import (
	"strconv"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/ui"
)

// Host is what the dialog needs of the page around it.
type Host interface {
	// DraftDates are the meeting dates of the drafts ("YYYY-MM-DD", ""
	// for none), the current one's as it is now.
	DraftDates() []string
	// NextAgenda opens the next agenda made from the current draft.
	NextAgenda() error
	// NextFromFile opens the next agenda made from the file chosen in the
	// file field, checked as Open checks a file.
	NextFromFile(field ui.Node) error
}

// Config is what New needs.
type Config struct {
	Page    ui.Document
	Profile *profile.Profile
	Host    Host
	Now     func() time.Time // nil: time.Now
}

// Dialog is the New dialog.
type Dialog struct {
	page ui.Document
	prof *profile.Profile
	host Host
	now  func() time.Time

	dialog, template, help, date, clock, file, problem ui.Node
	infos                                              []templates.Info
	open                                               func(source, what string) // given by Show
}

// New binds the dialog to the page; it returns nil on a page without it.
func New(cfg Config) (*Dialog, error) {
	d := &Dialog{page: cfg.Page, prof: cfg.Profile, host: cfg.Host, now: cfg.Now}
	if d.now == nil {
		d.now = time.Now
	}
	if d.prof == nil {
		d.prof = profile.Default()
	}
	ids := []string{"new-dialog", "new-template", "new-template-help", "new-date", "new-time",
		"new-next-file", "new-problem", "act-new", "new-create", "new-cancel", "new-next-current"}
	els := make([]ui.Node, len(ids))
	for i, id := range ids {
		if els[i] = d.page.ByID(id); els[i] == nil {
			return nil, nil
		}
	}
	d.dialog, d.template, d.help, d.date, d.clock, d.file, d.problem = els[0], els[1], els[2], els[3], els[4], els[5], els[6]
	newButton, create, cancel, nextCurrent := els[7], els[8], els[9], els[10]
	d.fillTemplates()
	newButton.SetAttr("aria-haspopup", "dialog")
	listeners := []struct {
		el  ui.Node
		typ string
		fn  func(ui.Event) error
	}{
		{create, "click", func(ui.Event) error { return d.create() }},
		{cancel, "click", func(ui.Event) error { d.dialog.Close(); return nil }},
		{nextCurrent, "click", func(ui.Event) error { d.dialog.Close(); return d.host.NextAgenda() }},
		{d.file, "change", func(ui.Event) error {
			if d.file.Value() == "" { // no file chosen
				return nil
			}
			d.dialog.Close()
			return d.host.NextFromFile(d.file)
		}},
		{d.template, "change", func(ui.Event) error { d.describeTemplate(); return nil }},
		{d.dialog, "keydown", d.keydown},
	}
	for _, l := range listeners {
		if err := l.el.Listen(l.typ, "New", l.fn); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// fillTemplates lists the templates, the profile's (or the package's)
// default first selected and marked.
func (d *Dialog) fillTemplates() {
	d.infos = templates.ForProfile(d.prof)
	def := DefaultTemplate(d.prof)
	d.template.SetHTML("")
	for _, info := range d.infos {
		label := info.Name
		if info.Name == def {
			label += " (default)"
		}
		opt := d.page.Create("option")
		opt.SetAttr("value", info.Name)
		opt.SetText(label)
		d.template.Append(opt)
	}
}

// DefaultTemplate is the template new minutes use: the profile's (its
// own, or a built-in one it names), else the package's default.
func DefaultTemplate(p *profile.Profile) string { return templates.DefaultFor(p) }

// Show opens the dialog with the default template, date and time; open
// makes the new draft when the dialog is answered.
func (d *Dialog) Show(open func(source, what string)) {
	d.open = open
	clock, err := when.ParseClock(d.prof.Meeting.Time)
	if err != nil {
		clock = when.Clock{Hour: 16}
	}
	d.template.SetValue(DefaultTemplate(d.prof))
	d.date.SetValue(d.DefaultDate().DateString())
	d.clock.SetValue(twoDigits(clock.Hour) + ":" + twoDigits(clock.Minute))
	d.file.SetValue("")
	d.problem.SetText("")
	d.problem.SetBool("hidden", true)
	d.describeTemplate()
	d.dialog.ShowModal()
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// DefaultDate is the next meeting day on the profile's cadence after the
// newest draft's meeting date (and not before today), or today when no
// draft has a date.
func (d *Dialog) DefaultDate() when.When {
	today := when.FromTime(d.now().UTC()).DateOnly()
	var newest when.When
	for _, date := range d.host.DraftDates() {
		if w, err := when.ParseDate(date); err == nil && (!newest.HasYear() || w.Compare(newest) > 0) {
			newest = w
		}
	}
	if !newest.HasYear() {
		return today
	}
	cadence := d.prof.Meeting.CadenceDays
	if cadence <= 0 {
		cadence = 14
	}
	next := newest.AddDays(cadence)
	if next.Compare(today) < 0 {
		// Whole cadences from the newest date up to today.
		days := daysBetween(next, today)
		next = next.AddDays((days + cadence - 1) / cadence * cadence)
	}
	return next
}

// daysBetween counts the days from w to v (both with a year).
func daysBetween(w, v when.When) int {
	day := func(x when.When) time.Time { return time.Date(x.Year, x.Month, x.Day, 0, 0, 0, 0, time.UTC) }
	return int(day(v).Sub(day(w)).Hours() / 24)
}

// describeTemplate shows the selected template's description.
func (d *Dialog) describeTemplate() {
	name, desc := d.template.Value(), ""
	for _, info := range d.infos {
		if info.Name == name {
			desc = info.Description
		}
	}
	d.help.SetText(desc)
}

// create makes the new draft from the chosen template, date and time.
func (d *Dialog) create() error {
	name := d.template.Value()
	date, err := when.ParseDate(d.date.Value())
	if err != nil {
		d.complain("Choose the meeting date.", d.date)
		return nil
	}
	clock, err := when.ParseClock(d.clock.Value())
	if err != nil {
		d.complain("Choose the meeting time (UTC).", d.clock)
		return nil
	}
	src, err := templates.New(name, when.At(date.Year, date.Month, date.Day, clock.Hour, clock.Minute), d.prof)
	if err != nil {
		d.complain("The template could not be used: "+err.Error()+".", d.template)
		return nil
	}
	d.dialog.Close()
	if d.open != nil {
		d.open(string(src), "the new minutes from the “"+name+"” template")
	}
	return nil
}

// complain shows why the dialog cannot go on and focuses the field.
func (d *Dialog) complain(text string, field ui.Node) {
	d.problem.SetText(text)
	d.problem.SetBool("hidden", false)
	field.Focus()
}

// keydown: Enter in a field creates the draft (Escape closing the dialog
// is the browser's).
func (d *Dialog) keydown(ev ui.Event) error {
	t := ev.Target()
	if ev.Key().Key != "Enter" || t == nil {
		return nil
	}
	if id := t.ID(); id != "new-date" && id != "new-time" && id != "new-template" {
		return nil
	}
	ev.PreventDefault()
	return d.create()
}
