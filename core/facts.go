package core

import (
	"strings"

	"github.com/cpansec/minutes/core/when"
)

// Facts are what the minutes say about the meeting, found wherever the
// group's formats put them.
type Facts struct {
	// Title is the page title: front matter "title", else the first
	// level-1 heading.
	Title     string
	TitleLine int
	// When is the meeting's date and time; WhenFrom says which statement
	// gave the date.
	When     when.When
	WhenFrom *DateStatement
	// Dates are every statement of the meeting's date, in the order of
	// trust: front matter, title, headings, body, file name.
	Dates []DateStatement
	// People are the lists of names by role, in document order; a role may
	// be written in several places.
	People []*PeopleList
	// Next is the next meeting's date and time, if the minutes give it;
	// NextItem or NextLine say where.
	Next     when.When
	NextLine int
	NextText string
	// NextSpan covers the next meeting's date (and time) in the source;
	// NextItem is the item that states it, nil for a paragraph.
	NextSpan Span
	NextItem *Item
	// Actions are the tasks that name an owner, under core's own rules
	// (see Document.Tasks; a group's rules need Tasks itself).
	Actions []Action

	// timeLine is the time of the first "Time: 8:30 AM PST" line, for
	// minutes that give the date and the time apart; timeFound says
	// there was one.
	timeLine  when.Clock
	timeFound bool
}

// DateStatement is a place where the minutes state the meeting's date.
type DateStatement struct {
	// From is "meeting_time", "title", "heading", "body" or "file name".
	From string
	// Line is the 1-based line (0 for the file name); Span covers the date
	// in the source (empty for the file name).
	Line int
	Span Span
	When when.When
	// Match is the date as found in its line, with weekday and offsets.
	Match when.Match
}

// Names returns the names written for a role, in order, each once.
func (f *Facts) Names(r Role) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range f.People {
		if l.Role != r {
			continue
		}
		for _, p := range l.People {
			if key := p.Key(); !seen[key] {
				seen[key] = true
				out = append(out, p.Name)
			}
		}
	}
	return out
}

// List returns the first list of a role, or nil.
func (f *Facts) List(r Role) *PeopleList {
	for _, l := range f.People {
		if l.Role == r {
			return l
		}
	}
	return nil
}

// Facts returns the meeting's facts. The result is computed once per
// document and must not be changed.
func (d *Document) Facts() *Facts {
	if d.facts == nil {
		f := &Facts{}
		*f = *d.dated()
		f.people(d)
		f.next(d)
		f.actions(d)
		d.facts = f
	}
	return d.facts
}

// TitleAndDate returns Facts' Title and When without working out the
// people and the action items, which are most of Facts' cost: the drafts
// list needs only these two, and on a 280 kB document the whole of Facts
// held the task that opens it for over 100 ms in the browser (issue 12
// point 4); Facts then starts from what this found.
func (d *Document) TitleAndDate() (string, when.When) {
	f := d.facts
	if f == nil {
		f = d.dated()
	}
	return f.Title, f.When
}

// dated is the Facts with the title and dates only, made once per text.
func (d *Document) dated() *Facts {
	if d.titleDates == nil {
		f := &Facts{}
		f.title(d)
		f.dates(d)
		d.titleDates = f
	}
	return d.titleDates
}

func (f *Facts) title(d *Document) {
	if v, ok := d.FrontMatter.Get("title"); ok {
		f.Title, f.TitleLine = v, d.FrontMatter.Field("title").Line
		return
	}
	for _, s := range d.Sections() {
		if s.Level == 1 {
			f.Title, f.TitleLine = stripMarkup(s.Title), s.Line
			return
		}
	}
}

// isAboutNext and mentionsOtherDate (patterns.go) mark sections and lines
// about other meetings, whose dates are not this meeting's.

func (f *Facts) dates(d *Document) {
	if fld := d.FrontMatter.Field("meeting_time"); fld != nil {
		if w, _ := when.ParseMeetingTime(fld.Value); !w.IsZero() {
			f.addDate(d, "meeting_time", fld.Line, fld.Value, w)
		}
	}
	if fld := d.FrontMatter.Field("title"); fld != nil {
		f.addFound(d, "title", fld.Line, fld.Value, Span{})
	}
	for _, s := range d.Sections() {
		if !mentionsOtherDate(sectionPath(s)) {
			f.addFound(d, "heading", s.Line, d.Text(s.TitleSpan), s.TitleSpan)
		}
	}
	d.Root.Walk(func(s *Section) bool {
		if s.Level > 0 && (s.Level > 1 && !isMeetingDetails(stripMarkup(s.Title)) && !namesDate(stripMarkup(s.Title)) || mentionsOtherDate(sectionPath(s))) {
			return true
		}
		for _, b := range s.Blocks {
			f.blockDates(d, b)
		}
		return true
	})
	if w, ok := when.FromFileName(d.name); ok {
		f.Dates = append(f.Dates, DateStatement{From: "file name", When: w})
	} else if w, ok := when.InFileName(d.name); ok {
		f.Dates = append(f.Dates, DateStatement{From: "file name", When: w}) // other groups: "2022-02-17-wecg.md"
	}
	f.pickWhen(d)
}

// blockDates adds the dates stated by a paragraph or the top items of a
// list in a section about this meeting.
func (f *Facts) blockDates(d *Document, b *Block) {
	switch b.Kind {
	case Paragraph:
		if !mentionsOtherDate(b.Text) || saysMeetingWas(b.Text) {
			f.addFound(d, "body", b.Line, firstLine(b.Text), Span{b.Span.Start, contentEnd(d.src, b.Span.Start)})
		}
		for _, line := range strings.Split(b.Text, "\n") {
			f.addTimeLine(line)
		}
	case List:
		for _, it := range b.Items {
			if !mentionsOtherDate(it.Text) {
				f.addFound(d, "body", it.Line, firstLine(d.Text(it.TextSpan)), it.TextSpan)
				f.addTimeLine(firstLine(it.Text))
			}
		}
	}
}

// addFound adds the first date with a year found in text, which starts at
// span.Start in the source (span is empty for front matter values).
func (f *Facts) addFound(d *Document, from string, line int, text string, span Span) {
	for _, m := range when.Find(text) {
		if !m.When.HasYear() || !m.When.Valid() {
			continue
		}
		w, _ := when.DateTimeIn(text[m.Start:])
		if w.IsZero() {
			w = m.When
		}
		st := DateStatement{From: from, Line: line, When: w, Match: m}
		if span.End > span.Start {
			st.Span = Span{span.Start + m.Start, span.Start + m.End}
		}
		f.Dates = append(f.Dates, st)
		return
	}
}

func (f *Facts) addDate(d *Document, from string, line int, text string, w when.When) {
	f.Dates = append(f.Dates, DateStatement{From: from, Line: line, When: w})
}

// pickWhen chooses the meeting's date from the most trusted statement, and
// its time from the first statement that has one (else the "Meeting start"
// heading).
func (f *Facts) pickWhen(d *Document) {
	for i := range f.Dates {
		if f.Dates[i].When.HasYear() {
			f.WhenFrom = &f.Dates[i]
			f.When = f.Dates[i].When
			break
		}
	}
	defer f.inUTC()
	if f.When.IsZero() || f.When.HasTime {
		return
	}
	for _, st := range f.Dates {
		if st.When.HasTime && st.When.SameDate(f.When) {
			f.When = f.When.WithClock(st.When.Clock)
			return
		}
	}
	if f.timeFound {
		f.When = f.When.WithClock(f.timeLine)
		return
	}
	for _, s := range d.Sections() {
		if s.Time != "" && strings.Contains(strings.ToLower(s.Title), "start") {
			if c, err := when.ParseClock(s.Time); err == nil {
				if c.Zone == "" {
					c.Zone = when.UTC
				}
				f.When = f.When.WithClock(c)
			}
			return
		}
	}
}

func (f *Facts) next(d *Document) {
	found := false
	d.Root.Walk(func(s *Section) bool {
		inNext := false
		if s.Level > 0 {
			path := strings.ToLower(sectionPath(s))
			inNext = strings.Contains(path, "next meeting") || strings.Contains(path, "next date")
		}
		// labelled is set by a lone "Next Meeting:" line: the block after
		// it gives the date ("Next Meeting:", blank, "Nov 19 - 21 at PayPal").
		labelled := false
		for _, b := range s.Blocks {
			after := labelled
			labelled = false
			for _, line := range blockLines(d, b) {
				if found || !(inNext || after || isNextLine(line.text) && strings.Contains(strings.ToLower(line.text), "next")) {
					continue
				}
				if strings.Contains(strings.ToLower(line.text), "elect") || !inNext && !after && !saysNextMeeting(line.text) {
					continue
				}
				w, ok := when.DateTimeIn(line.text)
				if !ok || !w.Valid() {
					labelled = b.Kind == Paragraph && strings.EqualFold(strings.Trim(line.text, " *_:"), "next meeting")
					continue
				}
				if !w.HasYear() {
					w = w.InYearNear(f.When)
				}
				if w.HasTime && w.Clock.Zone == "" {
					w.Clock.Zone = when.UTC
				}
				if c, ok := w.Clock.UTC(w); ok && w.HasTime {
					w.Clock = c
				}
				f.Next, f.NextLine, f.NextText, f.NextItem, found = w, line.line, line.text, line.item, true
				if m, ok := when.First(line.text); ok {
					f.NextSpan = Span{line.start + m.Start, line.start + m.End}
				}
			}
		}
		return !found
	})
}

// textLine is a line of text of a block with its source line and the
// offset of its first character.
type textLine struct {
	text  string
	line  int
	start int
	item  *Item
}

// blockLines returns a paragraph's first line, or the text of each item
// of a list (all depths), for scanning.
func blockLines(d *Document, b *Block) []textLine {
	if b.Kind == Paragraph {
		return []textLine{{firstLine(b.Text), b.Line, skipIndent(d.src, b.Span.Start), nil}}
	}
	var out []textLine
	for _, it := range b.Items {
		it.Walk(func(it *Item) bool {
			out = append(out, textLine{firstLine(it.Text), it.Line, it.TextSpan.Start, it})
			return true
		})
	}
	return out
}

// sectionPath returns the titles of s and its ancestors, joined, for
// matching context ("Next meeting ... / Elect ...").
func sectionPath(s *Section) string {
	var parts []string
	for ; s != nil && s.Level > 0; s = s.Parent {
		parts = append(parts, stripMarkup(s.Title))
	}
	return strings.Join(parts, " / ")
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
