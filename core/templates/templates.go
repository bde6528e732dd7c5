// Package templates makes new minutes from the group's formats. Each
// format is one Markdown file in builtin/, embedded in the binary, so a
// template changes without a code change:
//
//	2024-early     layout page, H1 title, "Meeting was on …", ### sections,
//	               numbered project list
//	2024-timed     sections headed by times ("## 16:00 UTC – Meeting start"),
//	               welcome, attendance, approval, summary per project, …
//	2025-projects  layout single, ### per project board, #### per topic,
//	               task-list checkboxes
//	2026-compact   layout single: Agenda, Attending, Minutes per speaker (the
//	               default)
//
// # Template files
//
// A template file starts with metadata lines "%% key: value" (description,
// and "default: true" for the default template), followed by the Markdown
// of a new document. In the Markdown, placeholders are written %%name%%:
// two percent signs on each side, a syntax that Jekyll's Liquid ({{ … }},
// {% … %}) and Markdown never use, so Liquid such as
// {{ page.meeting_time | date: "%H:%M %Z" }} passes through unchanged.
// Text between %% that is not a placeholder name is left alone; a
// placeholder name the package does not know is an error.
//
// The meeting (date and time given to New):
//
//	%%date%%          2024-01-06
//	%%time%%          12:00 UTC
//	%%datetime%%      2024-01-06 12:00 UTC (the value of meeting_time)
//	%%weekday%%       Saturday
//	%%long_date%%     Saturday January 6th, 2024
//	%%ordinal_date%%  January 6th, 2024
//	%%year%% %%month%% %%day%% %%hour%% %%minute%%   numbers without
//	                  leading zeros (2024 1 6 12 0), for links
//	%%mm%% %%dd%%     month and day with leading zeros (01 06), for dates
//	                  spelled otherwise than %%date%% ("%%year%%.%%mm%%.%%dd%%")
//	%%month_name%%    January
//	%%time+N%% %%time-N%%   the meeting time moved by N minutes
//	                  (%%time-30%% is 11:30 UTC)
//
// The next meeting, a cadence (from the profile) after this one, at the
// same time: %%next_date%%, %%next_time%%, %%next_datetime%%,
// %%next_weekday%%, %%next_long_date%%, %%next_ordinal_date%%.
//
// The group (from the profile): %%group%% (CPANSec), %%full_name%%,
// %%location%%.
//
// Project boards: the lines between a line "%%boards%%" and a line
// "%%end%%" are repeated for each active board of the profile, with
// %%n%% (1, 2, …), %%board_name%% and %%board_url%%.
package templates

import (
	"bytes"
	"embed"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

//go:embed builtin/*.md
var builtinFS embed.FS

// Info describes a template.
type Info struct {
	// Name is the template's name, the base name of its file.
	Name string
	// Description says which format it makes.
	Description string
	// Default is true for the template new minutes use when none is named.
	Default bool
	// Reset are the titles of the sections a next agenda starts afresh
	// with the template's text ("%% reset: Attending, Minutes"): the notes
	// and the attendance of a meeting, in a format whose notes hold no task
	// boxes to carry. See Match and ResetSections.
	Reset []string
	// Notes are the titles of sections that hold the meeting's date line
	// and notes of the meeting ("%% notes: Agenda"): a next agenda keeps
	// their lines that state the meeting's date and their open task items,
	// and drops the rest (what the last meeting did is not the next one's
	// agenda).
	Notes []string
	// NoApproval is true for a format whose minutes put no approval of the
	// previous minutes on the agenda ("%% approval: none").
	NoApproval bool
}

// template is a parsed template file.
type template struct {
	Info
	body string
}

// load reads and parses the built-in template called name.
func load(name string) (*template, error) {
	data, err := builtinFS.ReadFile("builtin/" + name + ".md")
	if err != nil {
		return nil, fmt.Errorf("no template %q (have %s)", name, strings.Join(names(), ", "))
	}
	return parse(name, data)
}

// names returns the names of the built-in templates, sorted.
func names() []string {
	entries, _ := builtinFS.ReadDir("builtin")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), path.Ext(e.Name())))
	}
	sort.Strings(out)
	return out
}

// parse splits a template file into its metadata and its body.
func parse(name string, data []byte) (*template, error) {
	t := &template{Info: Info{Name: name}}
	rest := string(data)
	for n := 1; strings.HasPrefix(rest, "%% "); n++ {
		line, after, _ := strings.Cut(rest, "\n")
		key, value, ok := strings.Cut(strings.TrimPrefix(line, "%% "), ":")
		value = strings.TrimSpace(value)
		switch strings.TrimSpace(key) {
		case "description":
			t.Description = value
		case "default":
			t.Default = value == "true"
		case "reset":
			t.Reset = titles(value)
		case "notes":
			t.Notes = titles(value)
		case "approval":
			t.NoApproval = value == "none"
			ok = t.NoApproval
		default:
			ok = false
		}
		if !ok {
			return nil, fmt.Errorf("%s.md:%d: unknown metadata line %q (want \"%%%% description: …\", \"%%%% default: true\", \"%%%% reset: Title, …\", \"%%%% notes: Title, …\" or \"%%%% approval: none\")", name, n, line)
		}
		rest = after
	}
	t.body = rest
	return t, nil
}

// titles splits a comma-separated list of section titles.
func titles(value string) []string {
	var out []string
	for _, title := range strings.Split(value, ",") {
		if title = strings.TrimSpace(title); title != "" {
			out = append(out, title)
		}
	}
	return out
}

// List returns the built-in templates, sorted by name.
func List() []Info {
	var out []Info
	for _, n := range names() {
		if t, err := load(n); err == nil {
			out = append(out, t.Info)
		}
	}
	return out
}

// lookup returns the profile's own template called name, else the
// built-in one.
func lookup(name string, p *profile.Profile) (*template, error) {
	if own, ok := p.Template(name); ok {
		return &template{Info: Info{Name: own.Name, Description: own.Description}, body: own.Body}, nil
	}
	return load(name)
}

// ForProfile returns the templates new minutes of the profile's group
// can use: its own when it has some (a learned profile's "learned"), else
// the built-in ones. Default marks the profile's meeting.template, or the
// built-in default.
func ForProfile(p *profile.Profile) []Info {
	if len(p.Templates) == 0 {
		return List()
	}
	def := DefaultFor(p)
	var out []Info
	for _, t := range p.Templates {
		out = append(out, Info{Name: t.Name, Description: t.Description, Default: t.Name == def})
	}
	return out
}

// DefaultFor returns the name of the template new minutes of the profile's
// group use: its meeting.template when it names one of ForProfile's, else
// the first of its own, else the built-in default.
func DefaultFor(p *profile.Profile) string {
	if _, ok := p.Template(p.Meeting.Template); ok {
		return p.Meeting.Template
	}
	if len(p.Templates) > 0 {
		return p.Templates[0].Name
	}
	for _, i := range List() {
		if i.Name == p.Meeting.Template {
			return i.Name
		}
	}
	return Default()
}

// Default returns the name of the default template.
func Default() string {
	for _, i := range List() {
		if i.Default {
			return i.Name
		}
	}
	return ""
}

// Source returns the template file called name as it is stored, metadata
// lines included.
func Source(name string) ([]byte, error) {
	if _, err := load(name); err != nil {
		return nil, err
	}
	return builtinFS.ReadFile("builtin/" + name + ".md")
}

// New returns a new document made from the template called name for the
// meeting at the date of at, and at its time, or the profile's usual time
// when at has none (a time without a zone is UTC). The profile gives the
// group's name, location, cadence and project boards.
func New(name string, at when.When, p *profile.Profile) ([]byte, error) {
	if !at.HasYear() || !at.Valid() {
		return nil, fmt.Errorf("template %s: want a full date, got %q", name, at.String())
	}
	if p == nil {
		p = profile.Default()
	}
	t, err := lookup(name, p)
	if err != nil {
		return nil, err
	}
	if !at.HasTime {
		at = at.WithClock(p.Clock())
	}
	if at.Clock.Zone == "" {
		at.Clock.Zone = when.UTC
	}
	out, err := expand(t.body, newValues(at, p))
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", name, err)
	}
	return []byte(out), nil
}

// expand fills the placeholders of body, repeating the boards block.
func expand(body string, v *values) (string, error) {
	var out bytes.Buffer
	lines := strings.SplitAfter(body, "\n")
	for i := 0; i < len(lines); i++ {
		if strings.TrimRight(lines[i], "\r\n") != "%%boards%%" {
			s, err := v.fill(lines[i], nil)
			if err != nil {
				return "", fmt.Errorf("line %d: %w", i+1, err)
			}
			out.WriteString(s)
			continue
		}
		end := i + 1
		for end < len(lines) && strings.TrimRight(lines[end], "\r\n") != "%%end%%" {
			end++
		}
		if end == len(lines) {
			return "", fmt.Errorf("line %d: %%%%boards%%%% without %%%%end%%%%", i+1)
		}
		for n, b := range v.profile.ActiveBoards() {
			board := map[string]string{"n": fmt.Sprint(n + 1), "board_name": b.Name, "board_url": b.URL}
			for j := i + 1; j < end; j++ {
				s, err := v.fill(lines[j], board)
				if err != nil {
					return "", fmt.Errorf("line %d: %w", j+1, err)
				}
				out.WriteString(s)
			}
		}
		i = end
	}
	return out.String(), nil
}
