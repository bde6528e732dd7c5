package registers

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
)

// Markdown returns the registers as a page the group can publish beside
// its minutes (Jekyll front matter, GFM tables): the open items carried to
// the latest meeting, the open items no longer carried, the done items,
// the decisions, each person's attendance and each meeting's people.
// Dates link to the minutes by the profile's file name; text that Jekyll
// would run as Liquid is escaped. A nil profile is the CPANSec one.
func Markdown(r *Registers, p *profile.Profile) string {
	if p == nil {
		p = profile.Default()
	}
	var b strings.Builder
	title := p.Group + " registers"
	fmt.Fprintf(&b, "---\nlayout: single\ntitle: %q\ntoc: true\n---\n\n# %s\n\n", title, title)
	if len(r.Meetings) == 0 {
		b.WriteString("No minutes found.\n")
		return b.String()
	}
	latest := r.Meetings[len(r.Meetings)-1].Date
	fmt.Fprintf(&b, "From %d meetings, %s to %s.\n", len(r.Meetings), link(p, r.Meetings[0].Date), link(p, latest))

	var open, dropped, done []Action
	for _, a := range r.Actions {
		switch {
		case a.Done != "":
			done = append(done, a)
		case a.Last == latest:
			open = append(open, a)
		default:
			dropped = append(dropped, a)
		}
	}
	actionTable(&b, p, "Open items", "Items open at the latest meeting.", "Last seen", open, func(a Action) string { return a.Last })
	actionTable(&b, p, "Items no longer carried", "Items open when last seen, not in the latest minutes.", "Last seen", dropped, func(a Action) string { return a.Last })
	actionTable(&b, p, "Done items", "", "Done", done, func(a Action) string { return a.Done })

	b.WriteString("\n## Decisions\n\n")
	for _, d := range r.Decisions {
		fmt.Fprintf(&b, "- %s: %s\n", link(p, d.Date), oneLine(d.Text))
	}
	if len(r.Decisions) == 0 {
		b.WriteString("None recorded.\n")
	}

	b.WriteString("\n## Attendance\n\n| Person | Attended | Regrets | Absent | First | Last |\n|---|---:|---:|---:|---|---|\n")
	for _, pr := range r.People {
		name := pr.Handle
		if pr.Name != "" {
			name += " (" + pr.Name + ")"
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %s | %s |\n", cell(name), pr.Attended, pr.Regrets, pr.Absent, link(p, pr.First), link(p, pr.Last))
	}

	b.WriteString("\n## Meetings\n\n| Date | Attendees | Regrets | Absent | Chair | Scribe |\n|---|---|---|---|---|---|\n")
	for _, m := range r.Meetings {
		fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s |\n", link(p, m.Date), names(m.Attendees), names(m.Regrets), names(m.Absent), names(m.Chair), names(m.Scribe))
	}
	return b.String()
}

// actionTable writes a section with a table of actions, or nothing for
// none.
func actionTable(b *strings.Builder, p *profile.Profile, title, intro, col string, as []Action, date func(Action) string) {
	if len(as) == 0 {
		return
	}
	fmt.Fprintf(b, "\n## %s\n\n", title)
	if intro != "" {
		b.WriteString(intro + "\n\n")
	}
	fmt.Fprintf(b, "| Item | Owners | First | %s | Meetings |\n|---|---|---|---|---:|\n", col)
	for _, a := range as {
		fmt.Fprintf(b, "| %s | %s | %s | %s | %d |\n", cell(a.Text), names(a.Owners), link(p, a.First), link(p, date(a)), a.Meetings)
	}
}

// link links a meeting date to its minutes; "" stays empty.
func link(p *profile.Profile, date string) string {
	w, err := when.ParseDate(date)
	if date == "" || err != nil {
		return date
	}
	return "[" + date + "](" + publish.FileName(p, w) + ")"
}

func names(list []string) string { return cell(strings.Join(list, ", ")) }

// cell makes text fit a table cell: one line, pipes escaped.
func cell(s string) string { return strings.ReplaceAll(oneLine(s), "|", `\|`) }

// oneLine joins the lines of s and escapes what Jekyll would read as
// Liquid ("{{", "{%").
func oneLine(s string) string {
	return liquid.Replace(strings.Join(strings.Fields(s), " "))
}

var liquid = strings.NewReplacer("{{", "&#123;&#123;", "{%", "&#123;%")
