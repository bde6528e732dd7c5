package core

import "github.com/cpansec/minutes/internal/jsonlite"

// JSONDoc is the document as `minutes json` prints it.
type JSONDoc struct {
	FrontMatter orderedFields `json:"front_matter"`
	Date        string        `json:"date"`
	Time        string        `json:"time"`
	Title       string        `json:"title"`
	People      JSONPeople    `json:"people"`
	Sections    []JSONSection `json:"sections"`
	Items       []JSONItem    `json:"items,omitempty"`
	Actions     []JSONAction  `json:"actions"`
	NextMeeting string        `json:"next_meeting"`
	Problems    []string      `json:"problems,omitempty"`
}

// JSONPeople are the names by role, each as written ("@sjn", "Michael").
type JSONPeople struct {
	Attendees  []string `json:"attendees"`
	Regrets    []string `json:"regrets"`
	Absent     []string `json:"absent"`
	Chair      []string `json:"chair"`
	Scribe     []string `json:"scribe"`
	ApprovedBy []string `json:"approved_by"`
}

// JSONSection is a section with its items and subsections.
type JSONSection struct {
	Title    string        `json:"title"`
	Heading  string        `json:"heading"`
	Level    int           `json:"level"`
	Time     string        `json:"time"`
	Line     int           `json:"line"`
	Items    []JSONItem    `json:"items"`
	Sections []JSONSection `json:"sections"`
}

// JSONItem is a list item. Checked is null without a box.
type JSONItem struct {
	Text    string     `json:"text"`
	Checked *bool      `json:"checked"`
	Handles []string   `json:"handles"`
	Line    int        `json:"line"`
	Items   []JSONItem `json:"items"`
}

// JSONAction is an open task with its owner.
type JSONAction struct {
	Owner string `json:"owner"`
	Text  string `json:"text"`
	Line  int    `json:"line"`
}

// orderedFields marshals front matter fields as an object in file order.
type orderedFields []struct{ Key, Value string }

// MarshalJSON writes the fields as an object, keys in file order (with
// jsonlite, which quotes as encoding/json does: core, which the wasm
// links, does not import encoding/json; cmd/minutes encodes the rest).
func (o orderedFields) MarshalJSON() ([]byte, error) {
	var w jsonlite.Writer
	for _, f := range o {
		w.String(f.Key, f.Value)
	}
	return w.Bytes(), nil
}

// JSON returns the document's structure and facts.
func (d *Document) JSON() JSONDoc {
	f := d.Facts()
	j := JSONDoc{Title: f.Title, Actions: []JSONAction{}}
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
	names := func(r Role) []string {
		n := f.Names(r)
		if n == nil {
			n = []string{}
		}
		return n
	}
	j.People = JSONPeople{names(Attendee), names(Regrets), names(Absent), names(Chair), names(Scribe), names(ApprovedBy)}
	j.Items = jsonItems(d.Root.Items())
	j.Sections = jsonSections(d, d.Root.Sections)
	for _, a := range f.Actions {
		j.Actions = append(j.Actions, JSONAction{a.Owner, a.Text, a.Line})
	}
	return j
}

func jsonSections(d *Document, secs []*Section) []JSONSection {
	out := []JSONSection{}
	for _, s := range secs {
		out = append(out, JSONSection{
			Title: stripMarkup(s.Title), Heading: d.Text(s.TitleSpan), Level: s.Level, Time: s.Time, Line: s.Line,
			Items: jsonItems(s.Items()), Sections: jsonSections(d, s.Sections),
		})
	}
	return out
}

func jsonItems(items []*Item) []JSONItem {
	out := []JSONItem{}
	for _, it := range items {
		h := it.Handles
		if h == nil {
			h = []string{}
		}
		out = append(out, JSONItem{Text: it.Text, Checked: it.Checked(), Handles: h, Line: it.Line, Items: jsonItems(it.Items)})
	}
	return out
}
