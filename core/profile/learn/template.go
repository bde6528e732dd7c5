package learn

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// TemplateName is the name of the template a learned profile holds.
const TemplateName = "learned"

// heading is a section of the skeleton, as the latest minutes have it.
type heading struct {
	sec  *core.Section
	text string // "## Agenda", the date as its style
}

// key identifies a heading across files: its level and title in lower
// case, the date as its style, without emphasis and a final colon.
func key(s *core.Section, m *minutes) string {
	return strings.Repeat("#", s.Level) + " " + strings.ToLower(strings.Trim(withDatePattern(s.Title, m.date), " *_:"))
}

// keysOf returns the keys of m's sections, each once, in order: a part
// of each file's work, done as it is added.
func keysOf(m *minutes) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range sections(m.doc) {
		if k := key(s, m); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// title returns the first level-1 heading of d, or nil.
func title(d *core.Document) *core.Section {
	for _, s := range sections(d) {
		if s.Level == 1 {
			return s
		}
	}
	return nil
}

// sections returns the sections of d in document order.
func sections(d *core.Document) []*core.Section {
	var out []*core.Section
	d.Root.Walk(func(s *core.Section) bool {
		if s.Level > 0 {
			out = append(out, s)
		}
		return true
	})
	return out
}

// skeleton returns the latest minutes' sections that most files have, in
// its order.
func (l *maker) skeleton() []heading {
	var keys count
	for i, m := range l.ms {
		for _, k := range m.keys {
			keys.add(k, i)
		}
	}
	titled := 0
	for _, m := range l.ms {
		if title(m.doc) != nil {
			titled++
		}
	}
	top := title(l.latest.doc)
	var out []heading
	for _, s := range sections(l.latest.doc) {
		// The title is kept when most files have one, whatever its words.
		if s == top && l.most(titled) || l.most(keys.n[key(s, l.latest)]) {
			out = append(out, heading{s, strings.Repeat("#", s.Level) + " " + withDatePattern(s.Title, l.latest.date)})
		}
	}
	return out
}

func (l *maker) skeletonHeadings() []string {
	var out []string
	for _, h := range l.skeleton() {
		out = append(out, h.text)
	}
	return out
}

// template makes the group's template from the latest minutes: the front
// matter keys most files have with the latest values (dates as
// placeholders), the skeleton's headings, under each the role labels the
// latest minutes write there, or an empty item in the section's list
// style.
func (l *maker) template(p *profile.Profile) profile.Template {
	m := l.latest
	var b strings.Builder
	if keys := p.Format.FrontMatter; len(keys) > 0 && m.doc.FrontMatter != nil {
		b.WriteString("---\n")
		for _, k := range keys {
			for _, f := range m.doc.FrontMatter.Fields {
				if f.Key == k {
					// The field's lines as written, the date as placeholders.
					b.WriteString(withDateTemplate(strings.TrimRight(string(m.doc.Bytes()[f.Start:f.End]), "\r\n"), m.date) + "\n")
					break
				}
			}
		}
		b.WriteString("---\n\n")
	}
	marker := p.Format.ListMarker
	if marker == "" {
		marker = "-"
	}
	for _, h := range l.skeleton() {
		b.WriteString(strings.Repeat("#", h.sec.Level) + " " + withDateTemplate(h.sec.Title, m.date) + "\n\n")
		if body := l.sectionBody(h.sec, marker, p.Format.Checkboxes); body != "" {
			b.WriteString(body + "\n")
		}
	}
	body := strings.TrimRight(b.String(), "\n") + "\n"
	if strings.TrimSpace(body) == "" {
		body = "# %%group%% %%date%%\n" // no heading recurs: the group and date
	}
	return profile.Template{
		Name:        TemplateName,
		Description: "learned from " + strconv.Itoa(len(l.ms)) + " minutes (" + l.ms[0].date.DateString() + " to " + m.date.DateString() + "): " + strings.Join(l.skeletonHeadings(), ", "),
		Body:        body,
	}
}

// sectionBody is what the template puts under a section: its role labels
// with an empty name, else an empty item when the latest minutes list
// items there.
func (l *maker) sectionBody(s *core.Section, marker string, boxes bool) string {
	var b strings.Builder
	for _, pl := range l.latest.facts.People {
		switch {
		case pl.Label != nil && sectionOf(l.latest.doc, pl.Label) == s:
			text := pl.Label.Text
			if i := strings.Index(text, ":"); i >= 0 && pl.Inline {
				text = text[:i+1]
				if strings.HasPrefix(pl.Label.Text[i+1:], "**") { // "**Chair:** name"
					text += "**"
				}
				b.WriteString(marker + " " + text + " …\n")
			} else {
				b.WriteString(marker + " " + text + "\n  " + marker + " …\n")
			}
		case pl.Section == s:
			b.WriteString(marker + " …\n")
		}
	}
	if b.Len() > 0 {
		return b.String()
	}
	for _, bl := range s.Blocks {
		if bl.Kind != core.List || len(bl.Items) == 0 {
			continue
		}
		first := bl.Items[0]
		mk := marker
		if bl.Ordered {
			mk = "1."
		}
		if first.Box != core.NoBox || boxes && isAgenda(s.Title) {
			return mk + " [ ] …\n"
		}
		return mk + " …\n"
	}
	return ""
}

// sectionOf returns the section that holds item it.
func sectionOf(d *core.Document, it *core.Item) *core.Section {
	return d.SectionAt(it.Span.Start)
}

// isAgenda reports whether a title names an agenda or action items.
func isAgenda(title string) bool {
	t := strings.ToLower(title)
	return strings.Contains(t, "agenda") || strings.Contains(t, "action")
}
