package main

import (
	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/registers"
)

// registersDoc is what registers --json and --yaml write.
type registersDoc struct {
	Attendance []meetingOut  `json:"attendance" yaml:"attendance"`
	People     []personOut   `json:"people" yaml:"people"`
	Actions    []actionOut   `json:"actions" yaml:"actions"`
	Decisions  []decisionOut `json:"decisions" yaml:"decisions"`
}

type meetingOut struct {
	Date      string   `json:"date" yaml:"date"`
	File      string   `json:"file" yaml:"file"`
	Versions  int      `json:"versions" yaml:"versions"`
	Attendees []string `json:"attendees" yaml:"attendees"`
	Regrets   []string `json:"regrets" yaml:"regrets"`
	Absent    []string `json:"absent" yaml:"absent"`
	Chair     []string `json:"chair" yaml:"chair"`
	Scribe    []string `json:"scribe" yaml:"scribe"`
}

type personOut struct {
	Handle    string   `json:"handle" yaml:"handle"`
	Name      string   `json:"name,omitempty" yaml:"name,omitempty"`
	Attended  int      `json:"attended" yaml:"attended"`
	Regrets   int      `json:"regrets" yaml:"regrets"`
	Absent    int      `json:"absent" yaml:"absent"`
	First     *string  `json:"first" yaml:"first"`
	Last      *string  `json:"last" yaml:"last"`
	Spellings []string `json:"spellings" yaml:"spellings"`
}

type actionOut struct {
	Text     string        `json:"text" yaml:"text"`
	Owners   []string      `json:"owners" yaml:"owners"`
	First    string        `json:"first" yaml:"first"`
	Last     string        `json:"last" yaml:"last"`
	Done     *string       `json:"done" yaml:"done"`
	Meetings int           `json:"meetings" yaml:"meetings"`
	File     string        `json:"file" yaml:"file"`
	Line     int           `json:"line" yaml:"line"`
	History  []sightingOut `json:"history" yaml:"history"`
}

type sightingOut struct {
	Date string `json:"date" yaml:"date"`
	// Box is "open", "done" or "none".
	Box  string `json:"box" yaml:"box"`
	File string `json:"file" yaml:"file"`
	Line int    `json:"line" yaml:"line"`
}

type decisionOut struct {
	Date     string `json:"date" yaml:"date"`
	Text     string `json:"text" yaml:"text"`
	File     string `json:"file" yaml:"file"`
	Line     int    `json:"line" yaml:"line"`
	Approval bool   `json:"approval" yaml:"approval"`
	// Votes are the counts of a vote or poll, null when the line
	// states none.
	Votes *votesOut `json:"votes" yaml:"votes"`
}

type votesOut struct {
	For     int    `json:"for" yaml:"for"`
	Against int    `json:"against" yaml:"against"`
	Abstain int    `json:"abstain" yaml:"abstain"`
	Text    string `json:"text" yaml:"text"`
}

var boxOut = map[core.Checkbox]string{core.Open: "open", core.Done: "done", core.NoBox: "none"}

// registersOut converts the registers for JSON and YAML: lists are never
// null, a date not known is null.
func registersOut(r *registers.Registers) registersDoc {
	d := registersDoc{Attendance: []meetingOut{}, People: []personOut{}, Actions: []actionOut{}, Decisions: []decisionOut{}}
	for _, m := range r.Meetings {
		d.Attendance = append(d.Attendance, meetingOut{m.Date, m.File, m.Versions,
			list(m.Attendees), list(m.Regrets), list(m.Absent), list(m.Chair), list(m.Scribe)})
	}
	for _, p := range r.People {
		d.People = append(d.People, personOut{p.Handle, p.Name, p.Attended, p.Regrets, p.Absent,
			orNull(p.First), orNull(p.Last), list(p.Spellings)})
	}
	for _, a := range r.Actions {
		h := []sightingOut{}
		for _, s := range a.History {
			h = append(h, sightingOut{s.Date, boxOut[s.Box], s.File, s.Line})
		}
		d.Actions = append(d.Actions, actionOut{a.Text, list(a.Owners), a.First, a.Last, orNull(a.Done), a.Meetings, a.File, a.Line, h})
	}
	for _, x := range r.Decisions {
		var v *votesOut
		if t := x.Votes; t != nil {
			v = &votesOut{t.For, t.Against, t.Abstain, t.Text}
		}
		d.Decisions = append(d.Decisions, decisionOut{x.Date, x.Text, x.File, x.Line, x.Approval, v})
	}
	return d
}

func list(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func orNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}
