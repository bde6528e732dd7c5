package main

import (
	"bytes"
	"encoding/json"

	"github.com/cpansec/minutes/core"
)

// The document as `minutes json` prints it. The view lives in the CLI, with
// encoding/json, because core is linked into the page's wasm, which does
// without encoding/json (the measured cost is in internal/jsonlite's
// doc); the page needs no JSON of the document.

// docJSON is the document as `minutes json` prints it.
type docJSON struct {
	FrontMatter orderedFields   `json:"front_matter"`
	Date        string          `json:"date"`
	Time        string          `json:"time"`
	Title       string          `json:"title"`
	People      peopleJSON      `json:"people"`
	Sections    []sectionJSON   `json:"sections"`
	Items       []itemJSON      `json:"items,omitempty"`
	Actions     []docActionJSON `json:"actions"`
	NextMeeting string          `json:"next_meeting"`
	Problems    []string        `json:"problems,omitempty"`
}

// peopleJSON are the names by role, each as written ("@sjn", "Michael").
type peopleJSON struct {
	Attendees  []string `json:"attendees"`
	Regrets    []string `json:"regrets"`
	Absent     []string `json:"absent"`
	Chair      []string `json:"chair"`
	Scribe     []string `json:"scribe"`
	ApprovedBy []string `json:"approved_by"`
}

// sectionJSON is a section with its items and subsections.
type sectionJSON struct {
	Title    string        `json:"title"`
	Heading  string        `json:"heading"`
	Level    int           `json:"level"`
	Time     string        `json:"time"`
	Line     int           `json:"line"`
	Items    []itemJSON    `json:"items"`
	Sections []sectionJSON `json:"sections"`
}

// itemJSON is a list item. Checked is null without a box.
type itemJSON struct {
	Text    string     `json:"text"`
	Checked *bool      `json:"checked"`
	Handles []string   `json:"handles"`
	Line    int        `json:"line"`
	Items   []itemJSON `json:"items"`
}

// docActionJSON is an open task with its owner.
type docActionJSON struct {
	Owner string `json:"owner"`
	Text  string `json:"text"`
	Line  int    `json:"line"`
}

// orderedFields marshals front matter fields as an object in file order.
type orderedFields []struct{ Key, Value string }

// MarshalJSON writes the fields as an object, keys in file order, their
// text as written (no HTML escapes, as the rest of the output).
func (o orderedFields) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	quote := func(s string) {
		enc.Encode(s)           // a string always encodes
		b.Truncate(b.Len() - 1) // without Encode's line break
	}
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		quote(f.Key)
		b.WriteByte(':')
		quote(f.Value)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// jsonDoc returns the document's structure and facts.
func jsonDoc(d *core.Document) docJSON {
	f := d.Facts()
	j := docJSON{Title: f.Title, Actions: []docActionJSON{}}
	if d.FrontMatter != nil {
		for _, fl := range d.FrontMatter.Fields {
			j.FrontMatter = append(j.FrontMatter, struct{ Key, Value string }{fl.Key, fl.Value})
		}
		if d.FrontMatter.Err != nil {
			j.Problems = append(j.Problems, d.FrontMatter.Err.Error())
		}
	}
	if j.FrontMatter == nil {
		j.FrontMatter = orderedFields{}
	}
	if f.When.HasYear() {
		j.Date = f.When.DateString()
		j.Time = f.When.TimeString()
	}
	if !f.Next.IsZero() {
		j.NextMeeting = f.Next.String()
	}
	names := func(r core.Role) []string {
		n := f.Names(r)
		if n == nil {
			n = []string{}
		}
		return n
	}
	j.People = peopleJSON{names(core.Attendee), names(core.Regrets), names(core.Absent), names(core.Chair), names(core.Scribe), names(core.ApprovedBy)}
	j.Items = jsonItems(d.Root.Items())
	j.Sections = jsonSections(d, d.Root.Sections)
	for _, a := range f.Actions {
		j.Actions = append(j.Actions, docActionJSON{a.Owner, a.Text, a.Line})
	}
	return j
}

func jsonSections(d *core.Document, secs []*core.Section) []sectionJSON {
	out := []sectionJSON{}
	for _, s := range secs {
		out = append(out, sectionJSON{
			Title: core.PlainText(s.Title), Heading: d.Text(s.TitleSpan), Level: s.Level, Time: s.Time, Line: s.Line,
			Items: jsonItems(s.Items()), Sections: jsonSections(d, s.Sections),
		})
	}
	return out
}

func jsonItems(items []*core.Item) []itemJSON {
	out := []itemJSON{}
	for _, it := range items {
		h := it.Handles
		if h == nil {
			h = []string{}
		}
		out = append(out, itemJSON{Text: it.Text, Checked: it.Checked(), Handles: h, Line: it.Line, Items: jsonItems(it.Items)})
	}
	return out
}
