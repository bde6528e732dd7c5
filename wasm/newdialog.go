//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

// The New dialog starts a draft: from one of the group's templates for a
// meeting date and time, or as the next meeting's agenda made from the
// current draft or from a minutes file. Each opens a new draft; the current
// one stays in the drafts list.
//
// The dialog is Commands.New: the New button opens it, and Create hands the
// new text to the app.

// newDialog is the New dialog.
type newDialog struct {
	e *Editor
	binding

	dialog, template, help, date, clock, file, problem safejs.Value
	infos                                              []templates.Info
	openDraft                                          func(source, what string) // given by Commands.New
}

// bindNewDialog makes the New button open the dialog, on a page that has it.
func (a *App) bindNewDialog() error {
	a.newDialog = &newDialog{e: a.view}
	a.newDialog.bind()
	return nil
}

func (d *newDialog) bind() bool {
	return d.binding.ready(func() bool {
		els, ok := lookUp("new-dialog", "new-template", "new-template-help", "new-date", "new-time",
			"new-next-file", "new-problem", "act-new", "new-create", "new-cancel", "new-next-current")
		if !ok {
			return false
		}
		d.dialog, d.template, d.help, d.date, d.clock, d.file, d.problem = els[0], els[1], els[2], els[3], els[4], els[5], els[6]
		newButton, create, cancel, nextCurrent := els[7], els[8], els[9], els[10]
		a := d.e.app
		if err := d.fillTemplates(); err != nil {
			a.fail("New", err, nil)
		}
		a.commands.New = func(open func(source, what string)) error {
			d.openDraft = open
			return d.open()
		}
		if _, err := newButton.Call("setAttribute", "aria-haspopup", "dialog"); err != nil {
			a.fail("New", err, nil)
		}
		return listenAll(a, "New", []listener{
			{create, "click", func(safejs.Value) error { return d.create() }},
			{cancel, "click", func(safejs.Value) error { return d.close() }},
			{nextCurrent, "click", func(safejs.Value) error {
				if err := d.close(); err != nil {
					return err
				}
				return a.nextAgenda()
			}},
			{d.file, "change", func(safejs.Value) error { return d.nextFromFile() }},
			{d.template, "change", func(safejs.Value) error { return d.describeTemplate() }},
			{d.dialog, "keydown", d.keydown},
		})
	})
}

// fillTemplates lists the templates, the profile's (or the package's)
// default first selected and marked.
func (d *newDialog) fillTemplates() error {
	d.infos = templates.ForProfile(d.e.profile)
	def := defaultTemplate(d.e.profile)
	b := newElements()
	var options []safejs.Value
	for _, info := range d.infos {
		label := info.Name
		if info.Name == def {
			label += " (default)"
		}
		opt := b.el("option", "", label)
		b.set(opt, "value", info.Name)
		options = append(options, opt)
	}
	if b.err != nil {
		return b.err
	}
	return replaceChildren(d.template, options)
}

// defaultTemplate is the template new minutes use: the profile's (its
// own, or a built-in one it names), else the package's default.
func defaultTemplate(p *profile.Profile) string { return templates.DefaultFor(p) }

// open shows the dialog with the default template, date and time.
func (d *newDialog) open() error {
	prof := d.e.profile
	at := d.defaultDate(prof)
	clock, err := when.ParseClock(prof.Meeting.Time)
	if err != nil {
		clock = when.Clock{Hour: 16}
	}
	for _, set := range []struct {
		el    safejs.Value
		prop  string
		value any
	}{
		{d.template, "value", defaultTemplate(prof)},
		{d.date, "value", at.DateString()},
		{d.clock, "value", twoDigits(clock.Hour) + ":" + twoDigits(clock.Minute)},
		{d.file, "value", ""},
		{d.problem, "textContent", ""},
		{d.problem, "hidden", true},
	} {
		if err := set.el.Set(set.prop, set.value); err != nil {
			return err
		}
	}
	if err := d.describeTemplate(); err != nil {
		return err
	}
	_, err = d.dialog.Call("showModal")
	return err
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// defaultDate is the next meeting day on the profile's cadence after the
// newest draft's meeting date (and not before today), or today when no
// draft has a date.
func (d *newDialog) defaultDate(prof *profile.Profile) when.When {
	a := d.e.app
	today := when.FromTime(a.now().UTC()).DateOnly()
	var newest when.When
	for _, dr := range a.allDrafts() {
		date := dr.Date
		if dr == a.keep.Draft() {
			date = a.model.Describe(a.session.Doc()).Date
		}
		if w, err := when.ParseDate(date); err == nil && (!newest.HasYear() || w.Compare(newest) > 0) {
			newest = w
		}
	}
	if !newest.HasYear() {
		return today
	}
	cadence := prof.Meeting.CadenceDays
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
func (d *newDialog) describeTemplate() error {
	name, err := d.template.Get("value")
	if err != nil {
		return err
	}
	s, _ := name.String()
	desc := ""
	for _, info := range d.infos {
		if info.Name == s {
			desc = info.Description
		}
	}
	return d.help.Set("textContent", desc)
}

// create makes the new draft from the chosen template, date and time.
func (d *newDialog) create() error {
	name := stringProp(d.template, "value", "")
	date, err := when.ParseDate(stringProp(d.date, "value", ""))
	if err != nil {
		return d.complain("Choose the meeting date.", d.date)
	}
	clock, err := when.ParseClock(stringProp(d.clock, "value", ""))
	if err != nil {
		return d.complain("Choose the meeting time (UTC).", d.clock)
	}
	prof := d.e.profile
	src, err := templates.New(name, when.At(date.Year, date.Month, date.Day, clock.Hour, clock.Minute), prof)
	if err != nil {
		return d.complain("The template could not be used: "+err.Error()+".", d.template)
	}
	if err := d.close(); err != nil {
		return err
	}
	d.openDraft(string(src), "the new minutes from the “"+name+"” template")
	return nil
}

// complain shows why the dialog cannot go on and focuses the field.
func (d *newDialog) complain(text string, field safejs.Value) error {
	if err := d.problem.Set("textContent", text); err != nil {
		return err
	}
	if err := d.problem.Set("hidden", false); err != nil {
		return err
	}
	_, err := field.Call("focus")
	return err
}

func (d *newDialog) close() error {
	_, err := d.dialog.Call("close")
	return err
}

// keydown: Enter in a field creates the draft (Escape closing the dialog
// is the browser's).
func (d *newDialog) keydown(ev safejs.Value) error {
	if stringProp(ev, "key", "") != "Enter" {
		return nil
	}
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	if id := stringProp(target, "id", ""); id != "new-date" && id != "new-time" && id != "new-template" {
		return nil
	}
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	return d.create()
}

// nextFromFile makes the next agenda from the minutes file chosen in the
// dialog and opens it as a new draft. The file is checked as Open checks
// one; bad input gets a message and changes nothing.
func (d *newDialog) nextFromFile() error {
	a := d.e.app
	files, err := d.file.Get("files")
	if err != nil {
		return err
	}
	if n, _ := files.Length(); n == 0 {
		return nil
	}
	file, err := files.Index(0)
	if err != nil {
		return err
	}
	if err := d.close(); err != nil {
		return err
	}
	if a.commands.NextAgenda == nil {
		a.unavailable("Next agenda")
		return nil
	}
	return a.readFile(file, "next agenda from a file", func(name string, data []byte) {
		if err := a.model.Check(name, data); err != nil {
			a.refuse(err)
			return
		}
		doc, err := core.Parse(data, core.WithName(name))
		if err != nil {
			a.refuse(err)
			return
		}
		next, err := a.commands.NextAgenda(doc)
		if err != nil {
			a.refuse(fmt.Errorf("%s: %w", name, err))
			return
		}
		a.msgs.DismissKey("refused")
		a.openAsNewDraft(next, "the next agenda made from “"+name+"”")
	})
}
