//go:build js && wasm

package main

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/editor"
	"honnef.co/go/js/dom/v2"
)

// plainModel is the Model of the foundation: a trivial scan of the text for a
// title and a date, until the document model takes over.
type plainModel struct {
	now func() time.Time
}

// findISODate returns the first date written YYYY-MM-DD (years 2000 to
// 2099) in s, or "". A hand-written scan: regexp would add about 250 KB to
// the wasm for this one use.
func findISODate(s string) string {
	for i := 0; i+10 <= len(s); i++ {
		c := s[i : i+10]
		if c[0] != '2' || c[1] != '0' || c[4] != '-' || c[7] != '-' || !digits(c[2:4]) || !digits(c[5:7]) || !digits(c[8:10]) {
			continue
		}
		if (i > 0 && isWordByte(s[i-1])) || (i+10 < len(s) && isWordByte(s[i+10])) {
			continue
		}
		month, day := (c[5]-'0')*10+c[6]-'0', (c[8]-'0')*10+c[9]-'0'
		if month >= 1 && month <= 12 && day >= 1 && day <= 31 {
			return c
		}
	}
	return ""
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isWordByte(b byte) bool {
	return b == '_' || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')
}

// Describe takes the title from a front matter "title:" line or the first
// "# " heading, and the first YYYY-MM-DD date in the front matter, the
// title or the text.
func (m plainModel) Describe(source string) Meta {
	front, body := splitFrontMatter(source)
	var meta Meta
	for _, line := range strings.Split(front, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "title:"); ok {
			meta.Title = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	if meta.Title == "" {
		for _, line := range strings.Split(body, "\n") {
			if h, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "# "); ok {
				meta.Title = strings.TrimSpace(h)
				break
			}
		}
	}
	meta.Title = strings.TrimPrefix(meta.Title, "\ufeff")
	for _, s := range []string{front, meta.Title, source} {
		if d := findISODate(s); d != "" {
			meta.Date = d
			break
		}
	}
	return meta
}

// FileName is cpansec-minutes-DATE.md, with today's date (UTC) when the text
// has none.
func (m plainModel) FileName(source string) string {
	date := m.Describe(source).Date
	if date == "" {
		date = m.now().UTC().Format("2006-01-02")
	}
	return "cpansec-minutes-" + date + ".md"
}

// Check applies the input limits of validate.go.
func (m plainModel) Check(name string, data []byte) error { return editor.CheckInput(name, data) }

// splitFrontMatter returns the YAML front matter (without the --- lines) and
// the rest; a front matter that never closes is treated as text.
func splitFrontMatter(source string) (front, body string) {
	s := strings.TrimPrefix(source, "\ufeff")
	first, rest, ok := strings.Cut(s, "\n")
	if !ok || strings.TrimRight(first, "\r") != "---" {
		return "", source
	}
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if end >= 0 {
			line = rest[off : off+end]
		}
		if strings.TrimRight(line, "\r") == "---" {
			if end < 0 {
				return rest[:off], ""
			}
			return rest[:off], rest[off+end+1:]
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return "", source
}

// plainView is the View of the foundation: the facts it can read, the
// headings as the section list, and the text itself as the preview, all as
// text nodes (never HTML), until the form and the preview take over.
type plainView struct {
	els   *Elements
	model Model
}

func (v *plainView) Render(source string, _ Origin) {
	meta := v.model.Describe(source)
	v.els.FactTitle.SetTextContent(orDash(meta.Title))
	v.els.FactDate.SetTextContent(orDash(meta.Date))
	doc := dom.GetWindow().Document()
	list := v.els.SectionList
	list.SetTextContent("")
	for _, h := range headings(source) {
		li := doc.CreateElement("li")
		li.SetTextContent(h)
		list.AppendChild(li)
	}
	pre := doc.CreateElement("pre")
	pre.SetTextContent(source)
	v.els.PreviewBody.SetTextContent("")
	v.els.PreviewBody.AppendChild(pre)
}

func (v *plainView) Section() string    { return "" }
func (v *plainView) ShowSection(string) {}
func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// headings lists the ATX headings of levels 2 and 3, outside fenced code.
func headings(source string) []string {
	var out []string
	fenced := false
	for _, line := range strings.Split(source, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.HasPrefix(line, "```") || strings.HasPrefix(line, "~~~") {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		for _, p := range []string{"## ", "### "} {
			if h, ok := strings.CutPrefix(line, p); ok {
				out = append(out, strings.TrimSpace(h))
			}
		}
	}
	return out
}
