package profile

import (
	"sort"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/yamlite"
)

// YAML returns the profile as a profile file that Load reads back to the
// same settings: the keys in the order of the package documentation,
// empty optional settings left out, strings quoted only where YAML would
// read them otherwise, templates as literal blocks.
func (p *Profile) YAML() []byte {
	var w yamlWriter
	w.str(0, "name", p.Name)
	w.str(0, "group", p.Group)
	w.opt(0, "full_name", p.FullName)
	w.key(0, "site")
	s := p.Site
	w.opt(1, "url", s.URL)
	w.opt(1, "title", s.Title)
	w.str(1, "repository", s.Repository)
	w.str(1, "branch", s.Branch)
	w.opt(1, "folder", s.Folder)
	w.str(1, "file_name", s.FileName)
	w.opt(1, "index_file", s.IndexFile)
	w.opt(1, "index_line", s.IndexLine)
	w.str(1, "renderer", s.Renderer)
	w.list(1, "front_matter", s.FrontMatter)
	w.key(0, "meeting")
	m := p.Meeting
	if p.HasMeetingTime() { // a time or cadence left out stays left out (lint then says nothing of it)
		w.str(1, "time", m.Time)
	}
	if p.HasCadence() {
		w.line(1, "cadence_days: "+strconv.Itoa(m.CadenceDays))
	}
	w.opt(1, "location", m.Location)
	w.opt(1, "template", m.Template)
	if m.ApprovePrevious {
		w.line(1, "approve_previous: true")
	}
	if m.StaleAfter > 0 {
		w.line(1, "stale_after: "+strconv.Itoa(m.StaleAfter))
	}
	p.Format.write(&w)
	if len(p.Templates) > 0 {
		w.key(0, "templates")
		for _, t := range p.Templates {
			w.line(1, "- name: "+quote(t.Name))
			w.opt(2, "description", t.Description)
			w.block(2, "body", t.Body)
		}
	}
	if len(p.Boards) > 0 {
		w.key(0, "boards")
		for _, b := range p.Boards {
			w.line(1, "- name: "+quote(b.Name))
			w.str(2, "url", b.URL)
			w.list(2, "formerly", b.Formerly)
			if b.Retired {
				w.line(2, "retired: true")
			}
		}
	}
	if len(p.Roster) > 0 {
		w.key(0, "roster")
		for _, r := range p.Roster {
			var f []string
			if r.Handle != "" {
				f = append(f, "handle: "+quote(r.Handle))
			}
			if r.Name != "" {
				f = append(f, "name: "+quote(r.Name))
			}
			if len(r.Aka) > 0 {
				f = append(f, "aka: "+flow(r.Aka))
			}
			w.line(1, "- {"+strings.Join(f, ", ")+"}")
		}
	}
	w.list(0, "groups", p.Groups)
	w.list(0, "placeholders", p.Placeholders)
	if len(p.Aliases) > 0 {
		w.key(0, "aliases")
		for _, from := range sortedKeys(p.Aliases) {
			w.line(1, quote(from)+": "+quote(p.Aliases[from]))
		}
	}
	w.list(0, "decisions", p.Decisions)
	a := p.Actions
	if len(a.NotInSections)+len(a.VolunteerCalls)+len(a.Comments) > 0 {
		w.key(0, "actions")
		w.list(1, "not_in_sections", a.NotInSections)
		w.list(1, "volunteer_calls", a.VolunteerCalls)
		w.list(1, "comments", a.Comments)
	}
	return []byte(w.b.String())
}

// write adds the format mapping, when it says anything.
func (f *Format) write(w *yamlWriter) {
	r := f.Roles
	roles := len(r.Attendees)+len(r.Regrets)+len(r.Absent)+len(r.Chair)+len(r.Scribe) > 0
	if len(f.DateIn)+len(f.FrontMatter)+len(f.Sections)+len(f.SectionRules) == 0 && f.DateStyle == "" && f.ListMarker == "" && !f.Checkboxes && !f.NextMeeting && !roles {
		return
	}
	w.key(0, "format")
	w.list(1, "date_in", f.DateIn)
	w.opt(1, "date_style", f.DateStyle)
	w.list(1, "front_matter", f.FrontMatter)
	w.opt(1, "list_marker", f.ListMarker)
	if f.Checkboxes {
		w.line(1, "checkboxes: true")
	}
	if f.NextMeeting {
		w.line(1, "next_meeting: true")
	}
	if roles {
		w.key(1, "roles")
		w.list(2, "attendees", r.Attendees)
		w.list(2, "regrets", r.Regrets)
		w.list(2, "absent", r.Absent)
		w.list(2, "chair", r.Chair)
		w.list(2, "scribe", r.Scribe)
	}
	if len(f.Sections) > 0 {
		w.key(1, "sections")
		for _, s := range f.Sections {
			w.line(2, "- "+quote(s))
		}
	}
	f.writeRules(w)
}

// yamlWriter writes block YAML, two spaces per level.
type yamlWriter struct{ b strings.Builder }

func (w *yamlWriter) line(level int, s string) {
	w.b.WriteString(strings.Repeat("  ", level))
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *yamlWriter) key(level int, k string) { w.line(level, k+":") }

func (w *yamlWriter) str(level int, k, v string) { w.line(level, k+": "+quote(v)) }

// opt writes k only when v is set.
func (w *yamlWriter) opt(level int, k, v string) {
	if v != "" {
		w.str(level, k, v)
	}
}

// list writes a short list on one line, a long one a line per entry.
func (w *yamlWriter) list(level int, k string, vs []string) {
	if len(vs) == 0 {
		return
	}
	if f := flow(vs); len(f) <= 72 {
		w.line(level, k+": "+f)
		return
	}
	w.key(level, k)
	for _, v := range vs {
		w.line(level+1, "- "+quote(v))
	}
}

// block writes v as a literal block scalar, indented one level below k;
// the header says how to read its first indentation and last line break.
func (w *yamlWriter) block(level int, k, v string) {
	chomp := "-"
	body := v
	if strings.HasSuffix(v, "\n") {
		chomp = ""
		body = strings.TrimSuffix(v, "\n")
		if strings.HasSuffix(body, "\n") || body == "" {
			w.str(level, k, v) // trailing empty lines: a quoted string says them exactly
			return
		}
	}
	if strings.ContainsAny(v, "\r\t") || strings.ContainsFunc(v, isControl) {
		w.str(level, k, v)
		return
	}
	w.line(level, k+": |2"+chomp)
	for _, l := range strings.Split(body, "\n") {
		if l == "" {
			w.b.WriteByte('\n')
			continue
		}
		w.line(level+1, l)
	}
}

// flow returns vs as a flow sequence, "[a, b]".
func flow(vs []string) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quoteIn(v, true)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// quote returns s as a YAML scalar that reads back as the string s.
func quote(s string) string { return quoteIn(s, false) }

// quoteIn quotes s, also when inFlow and s holds a flow indicator.
func quoteIn(s string, inFlow bool) string {
	if plainSafe(s, inFlow) {
		return s
	}
	return strconv.Quote(s) // YAML's double-quoted escapes include Go's \", \\, \n, \t, \xXX, \uXXXX
}

// plainSafe reports whether s reads back as itself, a string, when
// written plain.
func plainSafe(s string, inFlow bool) bool {
	if s == "" || s != strings.TrimSpace(s) || strings.ContainsAny(s[:1], "-?:,[]{}#&*!|>'\"%@`") ||
		strings.Contains(s, ": ") || strings.Contains(s, " #") || strings.HasSuffix(s, ":") ||
		strings.ContainsAny(s, "\n\r\t") || strings.ContainsFunc(s, isControl) ||
		inFlow && strings.ContainsAny(s, ",[]{}") {
		return false
	}
	tag, err := yamlite.Resolve(s)
	return err == nil && tag == yamlite.StrTag
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\n' || r == 0x7f || r == 0xfeff || r >= 0x80 && r < 0xa0
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
