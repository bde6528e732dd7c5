package core

import (
	"strings"
	"testing"
)

// TestPeopleTablesAndInitials reads attendance written as a table of
// names and as a paragraph of names with initials (TC39's shapes), and
// leaves tables that do not list people and prose with parentheses alone.
func TestPeopleTablesAndInitials(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      string // role: name (note); …
		rows      string // the text of the first list's spans
	}{
		{"after a role line", "# Notes\n\n**Remote attendees:**\n\n| Name | Abbreviation | Organization |\n| --- | --- | --- |\n| Waldemar Horwat | WH | Google |\n| Aki Rose Braun | AKI | PayPal |\n\n## Agenda\n",
			"attendees: Waldemar Horwat (WH / Google); attendees: Aki Rose Braun (AKI / PayPal)", "\n| Waldemar Horwat | WH | Google |\n| Aki Rose Braun | AKI | PayPal |"},
		{"organisation column", "# Notes\n\n| Name | Abbreviation | Organization |\n|----|---|---|\n| Waldemar Horwat | WH | Google |\n\n## Agenda\n",
			"attendees: Waldemar Horwat (WH / Google)", "\n| Waldemar Horwat | WH | Google |"},
		{"in a role section, empty row", "# Notes\n\n## Regrets\n\n| Name | Why |\n|----|---|\n| **Waldemar Horwat** | travel |\n| | |\n",
			"regrets: Waldemar Horwat (travel)", "\n| **Waldemar Horwat** | travel |\n| | |"},
		{"not people", "# Notes\n\n| Item | Owner |\n|----|---|\n| Release | WH |\n", "", ""},
		{"names without a column that says what", "# Notes\n\n| Name | Value |\n|----|---|\n| size | 3 |\n", "", ""},
		{"initials", "# X\n\nJohn Neumann (JN), Dave Herman (DH), Anne van Kesteren (AVK), Mark S. Miller (MM)\n\n## Agenda\n",
			"attendees: John Neumann (JN); attendees: Dave Herman (DH); attendees: Anne van Kesteren (AVK); attendees: Mark S. Miller (MM)", "John Neumann (JN), Dave Herman (DH), Anne van Kesteren (AVK), Mark S. Miller (MM)"},
		{"prose with parentheses", "# X\n\nWe talked of JSON (JS), Cascading Style Sheets (CSS), the Object Model (DOM)\n", "", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			rows := ""
			for _, l := range d.Facts().People {
				for _, p := range l.People {
					got = append(got, l.Role.String()+": "+p.Name+" ("+p.Note+")")
				}
				if rows == "" && len(l.Spans) > 0 {
					rows = d.Text(l.Spans[0])
				}
			}
			want := tt.want
			if g := strings.ReplaceAll(strings.Join(got, "; "), " ()", ""); g != want {
				t.Errorf("people %q\nwant   %q", g, want)
			}
			if rows != tt.rows {
				t.Errorf("spans %q, want %q", rows, tt.rows)
			}
		})
	}
}
