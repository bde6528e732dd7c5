package form

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/ui"
)

// factsView is the meeting's date, time and title in the form. The date
// and time are one fact written in many places: changing either moves
// every statement of it (agenda.Redate) as one edit.
type factsView struct {
	page                ui.Document
	date, clock, title  ui.Node // the fields
	dateNote, titleNote ui.Node // notes beside them (weekday and file name; the title's origin)
}

func (fv *factsView) bind(page ui.Document) bool {
	fv.page = page
	fv.date, fv.clock, fv.title = page.ByID("fact-date-input"), page.ByID("fact-time-input"), page.ByID("fact-title-input")
	fv.dateNote, fv.titleNote = page.ByID("fact-date"), page.ByID("fact-title")
	return fv.date != nil && fv.clock != nil && fv.title != nil && fv.dateNote != nil && fv.titleNote != nil
}

// enable turns on the fields, disabled while the wasm loads.
func (fv *factsView) enable() {
	for _, el := range []ui.Node{fv.date, fv.clock, fv.title} {
		el.RemoveAttr("disabled")
	}
}

// focus focuses the first fact (a finding in the front matter).
func (fv *factsView) focus() { focusAt(fv.title, -1) }

// show puts the facts into the fields; a field being edited keeps what the
// user is typing.
func (fv *factsView) show(f *core.Facts, prof *profile.Profile) {
	date, clock, note := "", "", ""
	if w := f.When; w.HasYear() && w.Valid() {
		date = w.DateString()
		note = w.WeekdayName() + " · saved as " + publish.FileName(prof, w)
		if w.HasTime {
			clock = pad2(w.Clock.Hour) + ":" + pad2(w.Clock.Minute)
			if z := w.Clock.Zone; z != "" && z != when.UTC {
				note += " · the minutes give the time in " + z
			}
		}
	}
	active := fv.page.Active()
	setField(fv.date, date, active)
	setField(fv.clock, clock, active)
	setField(fv.title, f.Title, active)
	setText(fv.dateNote, note)
	origin := ""
	if f.Title != "" && f.TitleLine > 0 {
		origin = "From the heading on line " + strconv.Itoa(f.TitleLine)
	}
	setText(fv.titleNote, origin)
}

// setField sets a field's value unless the user is in it (it is active).
func setField(el ui.Node, value string, active ui.Node) {
	if !same(active, el) && el.Value() != value {
		el.SetValue(value)
	}
}

// setText sets an element's text when it differs.
func setText(el ui.Node, text string) {
	if el.Text() != text {
		el.SetText(text)
	}
}

// typeFactTitle writes the title as typed: the front matter's title, else
// the page's level-1 heading that serves as title, else a new front
// matter title. It reads the document, not its facts, which a keystroke
// must not recompute.
func (p *Form) typeFactTitle(el ui.Node) {
	doc, value := p.doc(), el.Value()
	var c core.Change
	var err error
	if doc.FrontMatter.Field("title") == nil {
		if h1 := firstLevel1(doc); h1 != nil {
			if h1.Title == value {
				return
			}
			c, err = doc.RenameSection(h1, value)
			p.apply(c, err, "fact:title")
			return
		}
	} else if f := doc.FrontMatter.Field("title"); strings.Trim(f.Value, `"'`) == value {
		return
	}
	c, err = doc.SetField("title", value)
	p.apply(c, err, "fact:title")
}

// firstLevel1 returns the first level-1 heading, which gives the title
// when the front matter has none.
func firstLevel1(doc *core.Document) *core.Section {
	for _, s := range doc.Root.Sections {
		if s.Level == 1 {
			return s
		}
	}
	return nil
}

// redate moves the meeting to the date and time in the fields.
func (p *Form) redate() {
	doc := p.doc()
	f := doc.Facts()
	w, ok := parseDateField(p.facts.date.Value())
	if !ok {
		if p.facts.date.Value() != "" || !f.When.HasYear() {
			p.say(errors.New("set the meeting's date first: the time belongs to it"))
		}
		return
	}
	if c, ok := parseClockField(p.facts.clock.Value()); ok {
		w = w.WithClock(c)
	}
	if w.SameDate(f.When) && w.HasTime == f.When.HasTime && (!w.HasTime || w.Clock == f.When.Clock) {
		return
	}
	r, err := agenda.Redate(doc, w, agenda.WithProfile(p.prof))
	if err != nil {
		p.say(err)
		return
	}
	p.factsSoon = true
	if p.apply(core.Diff(doc.Bytes(), r.Bytes()), nil, "") && len(r.Report.Notes) > 0 {
		p.host.Say(ui.Message{Key: "form-redate", Kind: ui.KindInfo, Timeout: 15 * time.Second,
			Text: "Meeting moved to " + w.String() + ". Check: " + strings.Join(r.Report.Notes, "; ") + "."})
	}
}

// parseDateField reads an <input type="date"> value, "YYYY-MM-DD".
func parseDateField(s string) (when.When, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return when.When{}, false
	}
	y, e1 := strconv.Atoi(s[:4])
	m, e2 := strconv.Atoi(s[5:7])
	d, e3 := strconv.Atoi(s[8:])
	if e1 != nil || e2 != nil || e3 != nil {
		return when.When{}, false
	}
	w := when.Date(y, time.Month(m), d)
	return w, w.Valid()
}

// parseClockField reads the time field, a 24-hour time as the minutes
// write it ("16:00", "16:00 UTC", "1600"), as a UTC time. The page uses a
// text field, not <input type="time">, which shows the browser's locale
// ("04:00 PM") while minutes use 24-hour UTC.
func parseClockField(s string) (when.Clock, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 4 && strings.Trim(s, "0123456789") == "" {
		s = s[:2] + ":" + s[2:]
	}
	c, err := when.ParseClock(s)
	if err != nil || c.Zone != "" && c.Zone != when.UTC {
		return when.Clock{}, false
	}
	c.Zone = when.UTC
	return c, c.Valid()
}
