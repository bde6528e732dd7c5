package core

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// TestCorpusFacts checks the facts read from real minutes of each format
// against a reading by hand.
func TestCorpusFacts(t *testing.T) {
	corpus(t)
	tests := []struct {
		file                           string
		date, time, next               string
		attendees, regrets, absent     string
		chair, scribe, approved, title string
		actions                        int
	}{
		{file: "cpansec-minutes-2024-01-06@a9bf513.md", date: "2024-01-06", time: "12:00 UTC",
			attendees: "@stigtsp @petek @sjn @timlegge", regrets: "@leont @tux @jjatria @oalders", title: "Minutes 2024-01-06",
			chair: "-", scribe: "-", absent: "-"},
		{file: "cpansec-minutes-2024-02-10@a5000c2.md", date: "2024-02-10", time: "15:00 UTC", next: "2024-02-24 15:00 UTC",
			attendees: "@oalders @tux @timlegge @leont @stigtsp @sjn", regrets: "@hydahy @tinita", title: "Minutes 2024-02-10"},
		{file: "cpansec-minutes-2024-02-24@699fabe.md", date: "2024-02-24", time: "15:00 UTC",
			attendees: "@stigo @tux @sjn @ingy @timlegge Tina Müller", regrets: "@oalders", chair: "@sjn", scribe: "@timlegge", title: "Meeting Minutes 2024-02-24"},
		{file: "cpansec-minutes-2024-06-19@8deb432.md", date: "2024-06-19", time: "16:00 UTC", next: "2024-07-03 17:00 UTC",
			attendees: "@sjn @stigtsp @timlegge @book @leont", regrets: "@Tux @garu", title: "Minutes 2024-06-19"},
		{file: "cpansec-minutes-2024-11-15@ff5825f.md", date: "2024-11-15", time: "16:00 UTC", next: "2024-11-27 17:00 UTC",
			attendees: "@sjn @stigtsp @tux @thibaultduponchelle @timlegge", regrets: "@robrwo", chair: "@timlegge", scribe: "@sjn @tux",
			approved: "@sjn @timlegge @tux @garu", title: "Minutes 2024-11-15"},
		{file: "cpansec-minutes-2024-10-02@e8aa679.md", date: "2024-10-02", approved: "@sjn @timlegge @stigtsp"},
		{file: "cpansec-minutes-2025-03-26@cb162a4.md", date: "2025-03-26", time: "17:00 UTC", next: "2025-04-09 17:00 UTC",
			attendees: "@sjn @robrwo @stigtsp @thibaultduponchelle", regrets: "@timlegge", chair: "@robrwo", scribe: "@sjn",
			approved: "@atoomic @thibaultduponchelle @timlegge", title: "CPANSec bi-weekly minutes", actions: 31},
		{file: "cpansec-minutes-2025-12-11@6b37b62.md", date: "2025-12-11", time: "16:00 UTC", next: "2026-01-08 16:00 UTC",
			attendees: "@jjatria @sjn @stigtsp @thibaultduponchelle @timlegge Michael", actions: 3},
		{file: "cpansec-minutes-2026-02-19@1b6c82e.md", date: "2026-02-19", time: "16:00 UTC",
			attendees: "@sjn @stigtsp @robrwo @timlegge", regrets: "@leont", title: "CPANSec bi-weekly minutes"},
		{file: "cpansec-minutes-2025-01-08@86018a3.md", date: "2025-01-08", approved: "-", // "approved by XXX": a placeholder
			attendees: "@sjn @robrwo @tux @leont @timlegge @stigtsp"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := Parse(readCorpus(t, filepath.Join(corpustest.Dir(), tt.file)), WithName(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f := d.Facts()
			check := func(what, got, want string) {
				t.Helper()
				if want == "-" && got != "" || want != "" && want != "-" && got != want {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("date", f.When.DateString(), tt.date)
			check("time", f.When.TimeString(), tt.time)
			next := ""
			if !f.Next.IsZero() {
				next = f.Next.String()
			}
			check("next", next, tt.next)
			check("attendees", strings.Join(f.Names(Attendee), " "), tt.attendees)
			check("regrets", strings.Join(f.Names(Regrets), " "), tt.regrets)
			check("absent", strings.Join(f.Names(Absent), " "), tt.absent)
			check("chair", strings.Join(f.Names(Chair), " "), tt.chair)
			check("scribe", strings.Join(f.Names(Scribe), " "), tt.scribe)
			check("approved", strings.Join(f.Names(ApprovedBy), " "), tt.approved)
			check("title", f.Title, tt.title)
			if tt.actions > 0 && len(f.Actions) != tt.actions {
				t.Errorf("actions = %d, want %d", len(f.Actions), tt.actions)
			}
		})
	}
}

func TestFactsShapes(t *testing.T) {
	tests := []struct {
		name, src string
		role      Role
		want      string
	}{
		{"one per sub-item", "- Attendees\n    - @a\n    - @b\n", Attendee, "@a|@b"},
		{"comma line", "* Attendees\n    * @a, @b & @c\n", Attendee, "@a|@b|@c"},
		{"inline with colon", "- Present: @a, @b and Tina Müller\n", Attendee, "@a|@b|Tina Müller"},
		{"inline regrets no colon", "## Attending\n\n- @a, @b\n\n- Regrets @leont\n", Regrets, "@leont"},
		{"attending section", "## Attending\n\n- @a, @b\n\n- Regrets @leont\n", Attendee, "@a|@b"},
		{"numbered section", "## Attendees\n1. @a\n1. @b\n", Attendee, "@a|@b"},
		{"notes", "- Attendees: @a (left early), @b [joined late]\n", Attendee, "@a|@b"},
		{"placeholders", "- Attendees\n  - …\n- Regrets\n  - FIXME\n", Attendee, ""},
		{"absents", "- Absents\n    - @x\n", Absent, "@x"},
		{"not attending section", "## Not attending\n- @x\n", Absent, "@x"},
		{"chair", "### Welcome\n- Meeting chair: @a\n- Meeting secretary: @b & @c\n", Scribe, "@b|@c"},
		{"next meeting's chair is not this one's", "### Elect next meeting chair and secretary\n- Chair: @a\n", Chair, ""},
		{"next chair label", "- Next meeting chair: @a\n", Chair, ""},
		{"struck", "- ~~Chair: @a~~\n", Chair, ""},
		{"approved", "- Previous meeting minutes were approved in PR#56 by @a, @b and @c\n", ApprovedBy, "@a|@b|@c"},
		{"approved and merged", "- Previous meeting minutes was approved by @a and @b, and merged by @sjn\n", ApprovedBy, "@a|@b"},
		{"welcome", "1. Welcome – @sjn\n   * @timlegge took minutes\n", Chair, "@sjn"},
		{"took minutes", "1. Welcome – @sjn\n   * @timlegge took minutes\n", Scribe, "@timlegge"},
		{"linked names", "- Chair: [@oalders](https://github.com/oalders)\n", Chair, "@oalders"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(d.Facts().Names(tt.role), "|"); got != tt.want {
				t.Errorf("%s = %q, want %q", tt.role, got, tt.want)
			}
		})
	}
}

func TestFactsDates(t *testing.T) {
	tests := []struct {
		name, src, file, date, time, next string
	}{
		{"meeting_time", "---\nmeeting_time: 2025-06-18 16:00 UTC\n---\n", "", "2025-06-18", "16:00 UTC", ""},
		{"long meeting_time", "---\nmeeting_time: February 24th, 2024 15:00 UTC\n---\n", "", "2024-02-24", "15:00 UTC", ""},
		{"meeting was on", "# Minutes\n\nMeeting was on Saturday January 6th, 2024, at 12:00 UTC.\n", "", "2024-01-06", "12:00 UTC", ""},
		{"agenda line", "## Agenda\n\n- 2026-01-08 @ 16:00 UTC.\n", "", "2026-01-08", "16:00 UTC", ""},
		{"file name", "# Minutes\n", "cpansec-minutes-2025-03-26.md", "2025-03-26", "", ""},
		{"time from start heading", "# Minutes 2024-03-13\n## 17:00 UTC – Meeting start\n", "", "2024-03-13", "17:00 UTC", ""},
		{"next without year", "# Minutes 2024-02-24\n\nNext meeting is Wed March 13th @ 17:00UTC on TPRF Slack.\n", "", "2024-02-24", "", "2024-03-13 17:00 UTC"},
		{"next in section", "# Minutes 2024-12-11\n## Next meeting date, time and location\n* Next meeting is 2025-01-08 (8 Jan) @ 16:00UTC\n", "", "2024-12-11", "", "2025-01-08 16:00 UTC"},
		{"upcoming events are not the date", "## Upcoming events\n1. FOSDEM 2025-02-01\n", "cpansec-minutes-2025-01-22.md", "2025-01-22", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.src), WithName(tt.file))
			if err != nil {
				t.Fatal(err)
			}
			f := d.Facts()
			next := ""
			if !f.Next.IsZero() {
				next = f.Next.String()
			}
			if next != "" && !strings.Contains(d.Text(f.NextSpan), f.Next.DateOnly().String()[:4]) && !strings.Contains(d.Text(f.NextSpan), "March") {
				t.Errorf("NextSpan %v covers %q", f.NextSpan, d.Text(f.NextSpan))
			}
			if f.When.DateString() != tt.date || f.When.TimeString() != tt.time || next != tt.next {
				t.Errorf("date %q time %q next %q, want %q %q %q", f.When.DateString(), f.When.TimeString(), next, tt.date, tt.time, tt.next)
			}
		})
	}
}

func TestActions(t *testing.T) {
	d, err := Parse([]byte("- [ ] @sjn - write guide\n  - [ ] review it\n- [x] @tux - done\n- [ ] (Volunteer needed) - docs\n- [] @leont - broken box still open\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Facts().Actions {
		got = append(got, a.Owner+":"+a.Text)
	}
	want := "@sjn:@sjn - write guide|@sjn:review it|@leont:@leont - broken box still open"
	if strings.Join(got, "|") != want {
		t.Errorf("actions %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// TestOtherGroupsPeople reads attendance and roles in other groups' words:
// Rust's leadership council ("## Attendance", "Council members:",
// "Observers:", "Facilitator:").
func TestOtherGroupsPeople(t *testing.T) {
	files := corpustest.Files(t, "../corpus-others/rust-lang+leadership-council/minutes_sync-meeting_2025-11-07.md")
	d, err := Parse(corpustest.Read(t, files[0]))
	if err != nil {
		t.Fatal(err)
	}
	got := map[Role][]string{}
	for _, l := range d.Facts().People {
		for _, p := range l.People {
			got[l.Role] = append(got[l.Role], p.Name)
		}
	}
	attendees := strings.Join(got[Attendee], ", ")
	for _, want := range []string{"TC", "Josh Stone", "Eric Huss", "Tshepang Mbambo", "Niko Matsakis"} {
		if !strings.Contains(attendees, want) {
			t.Errorf("attendees %q lack %s", attendees, want)
		}
	}
	if strings.Join(got[Chair], ",") != "TC" {
		t.Errorf("chair %q, want the facilitator TC", got[Chair])
	}
}
