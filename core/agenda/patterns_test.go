package agenda

import (
	"slices"
	"testing"
)

// The lines of these tables are the minutes' own (../shared/corpus), with
// a few that the expressions must refuse.

func TestTitleMatchers(t *testing.T) {
	for _, p := range []struct {
		name     string
		f        func(string) bool
		yes, not []string
	}{
		{"isApprovalTitle", isApprovalTitle, []string{"Approve previous meeting minutes", "Approval"}, []string{"disapprove", "Agenda"}},
		{"isAgendaTitle", isAgendaTitle, []string{"Agenda", "Meeting details", "Agenda for today"}, []string{"The agenda", "Agendas"}},
		{"isAttendanceTitle", isAttendanceTitle, []string{"Attendees", "Regrets", "Absents", "Present", "Participants"}, []string{"Agenda"}},
		{"isPreMeetingTitle", isPreMeetingTitle, []string{"16:00 UTC – Pre-meeting socializing", "premeeting"}, []string{"Meeting start"}},
		{"isMeetingEndTitle", isMeetingEndTitle, []string{"17:30 UTC – Meeting end"}, []string{"End", "Meeting ending"}},
	} {
		for _, s := range p.yes {
			if !p.f(s) {
				t.Errorf("%s(%q) = false", p.name, s)
			}
		}
		for _, s := range p.not {
			if p.f(s) {
				t.Errorf("%s(%q) = true", p.name, s)
			}
		}
	}
}

func TestLabelEnds(t *testing.T) {
	for _, tt := range []struct {
		f         func(string) (int, bool)
		in, label string // label: what stays, "" for no match
	}{
		{labelEnd, "Attendees: @stigtsp, @tux", "Attendees:"},
		{labelEnd, "Regrets @leont", "Regrets"},
		{labelEnd, "Welcome – @sjn", "Welcome –"},
		{labelEnd, "**Chair**: @a", "**Chair**:"},
		{labelEnd, "Meeting chair -  @a", "Meeting chair -"},
		{labelEnd, "Meeting secretary — @s", "Meeting secretary —"},
		{labelEnd, "Scribes: @a", "Scribes:"},
		{labelEnd, "welcomed", ""},
		{labelEnd, "chairs: @a", ""},
		{nextRoleEnd, "Organizer: @oalders", "Organizer: "},
		{nextRoleEnd, "organiser:@o", "organiser:"},
		{nextRoleEnd, "Meeting secretary — @s", "Meeting secretary — "},
		{nextRoleEnd, "Chair @a", ""},
		{nextRoleEnd, "Attendees: @a", ""},
	} {
		end, ok := tt.f(tt.in)
		if ok != (tt.label != "") || tt.in[:end] != tt.label {
			t.Errorf("end of label of %q = %q, %v; want %q", tt.in, tt.in[:end], ok, tt.label)
		}
	}
}

func TestLinkDates(t *testing.T) {
	s := "https://www.timeanddate.com/worldclock/fixedtime.html?year=2024&month=2&day=24&hour=15&min=0&sec=0 " +
		"and year=2024&amp;month=12&amp;day=5 and year=20245&month=1&day=1"
	var got []string
	for _, m := range linkDates(s) {
		got = append(got, s[m[0]:m[1]]+"|"+s[m[4]:m[5]])
		if (m[12] < 0) != (len(got) > 1) {
			t.Errorf("link %d: time groups %v", len(got), m[12:])
		}
	}
	want := []string{"year=2024&month=2&day=24&hour=15&min=0|&", "year=2024&amp;month=12&amp;day=5|&amp;"}
	if !slices.Equal(got, want) {
		t.Errorf("linkDates = %q, want %q (not the five-digit year)", got, want)
	}
	s = "iso=20240718T170000 iso=20240718T17000 iso=20240718t170000"
	if m := isoLinks(s); len(m) != 1 || s[m[0][2]:m[0][3]] != "2024" || s[m[0][12]:m[0][13]] != "00" {
		t.Errorf("isoLinks = %v", m)
	}
}
