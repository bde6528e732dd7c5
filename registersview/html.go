package registersview

import (
	"fmt"
	"html"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/registers"
)

// The view is HTML made here and put in place whole: the items table
// (sortable by its headers' data-sort buttons, filtered by a Filter),
// each person's attendance with its chart, and the decisions. The text of
// an item or a decision is its Markdown rendered as the preview renders a
// line (preview.Span: links, code, emphasis; no raw HTML, no unsafe link).
// Every item and decision has a button with data-file and data-line, the
// line of its latest copy, which the view opens; a click on an item's text
// (not on a link in it) opens it too.

// SummaryText says which meetings the registers come from.
func SummaryText(r *registers.Registers) string {
	n := len(r.Meetings)
	switch n {
	case 0:
		return "No minutes found."
	case 1:
		return "From 1 meeting, " + r.Meetings[0].Date + "."
	}
	return fmt.Sprintf("From %d meetings, %s to %s.", n, r.Meetings[0].Date, r.Meetings[n-1].Date)
}

// ItemsHTML returns the items table with the rows given, in their order,
// its header marking the order o; shown of total tells how many passed the
// filter.
func ItemsHTML(rows []registers.Item, o registers.Order, total int) string {
	return itemsHTML(rows, o, total, span)
}

// itemsHTML is ItemsHTML with the items' texts rendered by text.
func itemsHTML(rows []registers.Item, o registers.Order, total int, text func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<p class="reg-count" id="registers-count">%d of %d items</p>`, len(rows), total)
	b.WriteString(`<table class="reg-items"><thead><tr>`)
	for _, c := range registers.Columns {
		sort := ""
		if c.Key == o.By {
			sort = ` aria-sort="ascending"`
			if o.Desc {
				sort = ` aria-sort="descending"`
			}
		}
		fmt.Fprintf(&b, `<th scope="col"%s><button type="button" data-sort="%s">%s</button></th>`, sort, c.Key, c.Header)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, it := range rows {
		class := "open"
		if !it.Open {
			class = "done"
		}
		if it.Stale {
			class += " stale"
		}
		last := it.Last
		if !it.Open {
			last = it.Done + " (done)"
		}
		mark := ""
		if it.Stale {
			mark = ` <span class="reg-stale">stale</span>`
		}
		fmt.Fprintf(&b, `<tr class="%s"><td class="reg-item" data-file="%s" data-line="%d"><span class="reg-text">%s</span>%s</td><td>%s</td><td>%s</td><td class="num">%d</td><td class="num">%d</td><td>%s</td></tr>`,
			class, esc(it.File), it.Line, text(it.Text), mark, esc(strings.Join(it.Owners, ", ")), it.First, it.Meetings, it.Days, openButton(it.File, it.Line, last))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// OwnerOptionsHTML returns the options of the owner filter: any owner,
// then each owner, selected marked.
func OwnerOptionsHTML(owners []string, selected string) string {
	var b strings.Builder
	b.WriteString(`<option value="">Any owner</option>`)
	for _, o := range owners {
		sel := ""
		if strings.EqualFold(o, selected) {
			sel = " selected"
		}
		fmt.Fprintf(&b, `<option value="%s"%s>%s</option>`, esc(o), sel, esc(o))
	}
	return b.String()
}

// AttendanceHTML returns each person's attendance, with the chart of it.
func AttendanceHTML(r *registers.Registers) string {
	var b strings.Builder
	b.WriteString(`<table class="reg-people"><thead><tr><th scope="col">Person</th><th scope="col">Attended</th><th scope="col">Regrets</th><th scope="col">Absent</th><th scope="col">Over time</th></tr></thead><tbody>`)
	for _, pr := range r.People {
		name := pr.Handle
		if pr.Name != "" {
			name += " (" + pr.Name + ")"
		}
		fmt.Fprintf(&b, `<tr><th scope="row">%s</th><td class="num">%d</td><td class="num">%d</td><td class="num">%d</td><td>%s</td></tr>`,
			esc(name), pr.Attended, pr.Regrets, pr.Absent, registers.AttendanceSVG(r, pr))
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// DecisionsHTML returns the decisions, each with its date (which opens
// its line) and the counts of a vote.
func DecisionsHTML(r *registers.Registers) string {
	if len(r.Decisions) == 0 {
		return `<p>None recorded.</p>`
	}
	var b strings.Builder
	b.WriteString(`<ul class="reg-decisions">`)
	for _, d := range r.Decisions {
		fmt.Fprintf(&b, `<li>%s %s`, openButton(d.File, d.Line, d.Date), span(d.Text))
		if v := d.Votes; v != nil {
			fmt.Fprintf(&b, ` <span class="reg-votes">%d for, %d against, %d abstaining</span>`, v.For, v.Against, v.Abstain)
		}
		b.WriteString(`</li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// openButton is a button that opens file at line, labelled label.
func openButton(file string, line int, label string) string {
	return `<button type="button" class="reg-open" data-file="` + esc(file) + `" data-line="` + strconv.Itoa(line) +
		`" title="Open ` + esc(file) + ` at line ` + strconv.Itoa(line) + `">` + esc(flat(label)) + `</button>`
}

// span renders a text's Markdown as one line; its links open in another
// tab, so that following one leaves the page and its dialog as they are.
// The markup is preview.Span's own, so "<a " starts only its links.
func span(s string) string {
	return strings.ReplaceAll(preview.Span(flat(s)), "<a ", `<a target="_blank" rel="noopener noreferrer" `)
}

func esc(s string) string { return html.EscapeString(s) }

// flat joins the lines of s.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }
