package core

import (
	"slices"
	"strings"
	"testing"
)

// The lines of these tables are the minutes' own (../shared/corpus and
// corpus-others), with a few that the expressions must refuse.

func TestLabelRole(t *testing.T) {
	tests := []struct {
		in   string
		role Role
		end  int // the label's length
	}{
		{"Attendees: @stigtsp, @tux, @sjn", Attendee, len("Attendees")},
		{"Attendees", Attendee, len("Attendees")},
		{"Attendee: @a", Attendee, len("Attendee")},
		{"Partly attending", Attendee, len("Partly attending")},
		{"Partly Absent", Attendee, len("Partly Absent")},
		{"Present: @stigtsp, @petek", Attendee, len("Present")},
		{"Council members present", Attendee, len("Council members")},
		{"Regrets: @oalders", Regrets, len("Regrets")},
		{"Regrets @leont", Regrets, len("Regrets")},
		{"Apologies", Regrets, len("Apologies")},
		{"Absents", Absent, len("Absents")},
		{"Absentees: x", Absent, len("Absentees")},
		{"Not present: @z", Absent, len("Not present")},
		{"Chair: @oalders", Chair, len("Chair")},
		{"Meeting chair - @sjn", Chair, len("Meeting chair")},
		{"Chaired by @x", Chair, len("Chaired by")},
		{"Organizer: @oalders", Chair, len("Organizer")},
		{"ORGANISER", Chair, len("ORGANISER")},
		{"Facilitator: Joe", Chair, len("Facilitator")},
		{"Secretary: @timlegge", Scribe, len("Secretary")},
		{"Scribes: @a, @b", Scribe, len("Scribes")},
		{"Minute-taker: @t", Scribe, len("Minute-taker")},
		{"Minutes taken by @x", Scribe, len("Minutes taken by")},
		{"Note takers", Scribe, len("Note takers")},
		{"\u212Aattendees", NoRole, 0}, // not ASCII 'k' folding into a label
		{"Chairs: @a", NoRole, 0},
		{"attendeesx", NoRole, 0},
		{"The attendees", NoRole, 0},
		{"Organization, Governance & Funding", NoRole, 0},
		{"Present purpose and regulatory requirements", Attendee, len("Present")}, // classify then refuses the sentence
		{"", NoRole, 0},
	}
	for _, tt := range tests {
		role, end := labelRole(tt.in)
		if role != tt.role || end != tt.end {
			t.Errorf("labelRole(%q) = %v, %d; want %v, %d", tt.in, role, end, tt.role, tt.end)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		in   string
		role Role
		rest string
	}{
		{"Attendees: @stigtsp, @tux, @sjn, @ingy, @timlegge, Tina Müller", Attendee, "@stigtsp, @tux, @sjn, @ingy, @timlegge, Tina Müller"},
		{"**Attendees:** @a", Attendee, "@a"},
		{"Regrets @leont", Regrets, "@leont"},
		{"Meeting chair – @sjn", Chair, "@sjn"},
		{"Secretary: …", Scribe, "…"},
		{"Chair: TBD at PTS", Chair, "TBD at PTS"},
		{"Attendees we know of: @stigtsp, @sjn", NoRole, ""},
		{"Attendees, absents & regrets", NoRole, ""},
		{"Present purpose and regulatory requirements", NoRole, ""},
		{"@timlegge took minutes", NoRole, ""},
	}
	for _, tt := range tests {
		role, rest := classify(tt.in)
		if role != tt.role || rest != tt.rest {
			t.Errorf("classify(%q) = %v, %q; want %v, %q", tt.in, role, rest, tt.role, tt.rest)
		}
	}
}

func TestLabelEnd(t *testing.T) {
	tests := []struct {
		in   string
		end  string // the text before the names
		none bool
	}{
		{in: "Attendees: @a, @b", end: "Attendees: "},
		{in: "- Attendees – @a", end: "- Attendees – "},
		{in: "Regrets @leont", end: "Regrets "},
		{in: "**Chair**: @oalders", end: "**Chair**: "},
		{in: "Meeting chair -  @sjn", end: "Meeting chair -  "},
		{in: "Absentees: @x", end: "Absentees: "},
		{in: "Scribes: @a", end: "Scribes: "},
		{in: "Secretary:", end: "Secretary:"},
		{in: "Chairs: @a", none: true},
		{in: "@timlegge took minutes", none: true},
	}
	for _, tt := range tests {
		end, ok := labelEnd(tt.in)
		if ok == tt.none || ok && tt.in[:end] != tt.end {
			t.Errorf("labelEnd(%q) = %d, %v; want the end of %q", tt.in, end, ok, tt.end)
		}
	}
}

// Every label word is reachable: no other word of an earlier role or
// longer match takes it, and mayBeLabel lets it through.
func TestEveryLabelWord(t *testing.T) {
	for _, l := range labelWords {
		for _, w := range l.words {
			for _, text := range []string{w + ": @a", strings.ToUpper(w[:1]) + w[1:] + " - @a"} {
				if role, rest := classify(text); role != l.role || rest != "@a" {
					t.Errorf("classify(%q) = %v, %q; want %v", text, role, rest, l.role)
				}
			}
		}
	}
}

func TestApprovals(t *testing.T) {
	tests := []struct {
		in, rest, names string
		ok              bool
	}{
		{"Previous minutes approved by @stigtsp and @thibaultduponchelle, and merged by @sjn",
			" @stigtsp and @thibaultduponchelle, and merged by @sjn", "@stigtsp and @thibaultduponchelle", true},
		{"approved in PR#56 by @ingydotnet, @oalders and @timlegge.",
			" @ingydotnet, @oalders and @timlegge.", "@ingydotnet, @oalders and @timlegge", true},
		{"approved by @thibaultduponchelle and merged by @sjn", " @thibaultduponchelle and merged by @sjn", "@thibaultduponchelle", true},
		{"APPROVED BY @A", " @A", "@A", true},
		{"unapproved by @a", "", "", false},
		{"approvedby @a", "", "", false},
		{"approved @x by @a", "", "", false}, // an '@' before "by"
	}
	for _, tt := range tests {
		rest, ok := approvedBy(tt.in)
		if ok != tt.ok || rest != tt.rest {
			t.Errorf("approvedBy(%q) = %q, %v; want %q, %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
		start, end, ok := approvalNames(tt.in)
		if ok != tt.ok || tt.in[start:end] != tt.names {
			t.Errorf("approvalNames(%q) = %q, %v; want %q", tt.in, tt.in[start:end], ok, tt.names)
		}
	}
	// The names end with the text: a line break before them leaves none.
	if rest, ok := approvedBy("approved by\n@a"); !ok || rest != "" {
		t.Errorf("approvedBy(approved by\\n@a) = %q, %v", rest, ok)
	}
	if _, _, ok := approvalNames("approved by\n@a"); ok {
		t.Errorf("approvalNames(approved by\\n@a) found names")
	}
}

func TestHandlesOfLines(t *testing.T) {
	for in, want := range map[string]string{
		"Welcome – @sjn": "@sjn", "welcome—@sjn ": "@sjn", "WELCOME -\t@a\n": "@a",
		"Welcome - @sjn extra": "", "welcome @sjn": "", "Welcome – @": "",
	} {
		if got, ok := welcomeChair(in); got != want || ok != (want != "") {
			t.Errorf("welcomeChair(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{
		"@timlegge took minutes": "@timlegge", "@tim-legge takes the minutes.": "@tim-legge", "@a is taking minutes": "@a",
		"@a TOOK THE MINUTES": "@a", "@a took the minute": "", "@a  took minutes": "", "@ took minutes": "", "@a took minutesx": "",
	} {
		if got, ok := minutesTaker(in); got != want || ok != (want != "") {
			t.Errorf("minutesTaker(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestSplitAndLinks(t *testing.T) {
	for in, want := range map[string][]string{
		"@sjn, @timlegge, & @stigtsp": {"@sjn", "@timlegge", "", "@stigtsp"},
		"@a, @b and @c & @d":          {"@a", "@b", "@c", "@d"},
		"Brand and Anders":            {"Brand", "Anders"},
		"Ferdinand":                   {"Ferdinand"},
		"@a nor @b; @c":               {"@a", "@b", "@c"},
		"":                            {""},
	} {
		if got := splitList(in); !slices.Equal(got, want) {
			t.Errorf("splitList(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"[@a](https://github.com/a) and [b](c)":                                                          "@a and b",
		"[CPANSec meetings page](https://security.metacpan.org/meetings/#meeting-agendaminutes-format).": "CPANSec meetings page.",
		"[a] [b](c)": "[a] b", "[a](b": "[a](b", "no link": "no link",
	} {
		if got := replaceLinks(in); got != want {
			t.Errorf("replaceLinks(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProseMatchers(t *testing.T) {
	for _, p := range []struct {
		name     string
		f        func(string) bool
		yes, not []string
	}{
		{"isAboutNext", isAboutNext, []string{"Next meeting", "Elections: elect a chair"}, []string{"nextcloud", "Elections"}},
		{"mentionsOtherDate", mentionsOtherDate, []string{"Upcoming events", "Deadline", "PREVIOUS minutes", "prevent"}, []string{"Agenda"}},
		{"isMeetingDetails", isMeetingDetails, []string{"Meeting details", "Agenda", "Minutes", "bi-weekly call"}, []string{"The agenda", "Minutesx", "meetings"}},
		{"isNextLine", isNextLine, []string{"Next meeting: 2024-01-01", "Time: 16:00", "The next meeting will be on Thursday, March 3rd"}, []string{"Timeline", "The next meeting", "The next meeting discusses 2024-01-01"}},
		{"saysMeetingWas", saysMeetingWas, []string{"Meeting was on Tuesday", "meeting is on"}, []string{"meeting was once"}},
		{"mentionsAttendance", mentionsAttendance, []string{"Attendance", "Regrets", "Present", "Participants"}, []string{"Agenda"}},
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

func TestTimeHeading(t *testing.T) {
	for title, want := range map[string]bool{
		"Meeting start": true, "Start": true, "Begin": true, "Meeting end": true, "End": true, "16:04 UTC – Meeting start": true,
		"Agenda": false, "Weekend plans": false, "Restart of the CNA": false, "Ending support": false,
	} {
		if got := TimeHeading(title); got != want {
			t.Errorf("TimeHeading(%q) = %v, want %v", title, got, want)
		}
	}
}

// The quick tests let through what the expressions match, 'k' and 's' as
// (?i) folds them included.
func TestMayMatchKeepsMatches(t *testing.T) {
	for _, s := range []string{"Previou\u017F meeting", "NEXT", "bi-wee\u212Aly", "Upcoming event\u017F", "eLeCt", "Meeting minute\u017F"} {
		if isAboutNext(s) != nextRe().MatchString(s) || mentionsOtherDate(s) != otherDateRe().MatchString(s) || isMeetingDetails(s) != detailsRe().MatchString(s) {
			t.Errorf("a quick test refuses %q, which its expression matches", s)
		}
	}
}
