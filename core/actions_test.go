package core

import (
	"strings"
	"testing"
)

// TestTasks checks who owns what, item by item, under rules like a
// group's profile gives.
func TestTasks(t *testing.T) {
	rules := ActionRules{
		Sections:       []string{"upcoming events"},
		VolunteerCalls: []string{"volunteer", "tuits", "others?"},
		Comments:       []string{"good idea"},
	}
	tests := []struct {
		src  string
		want string // "line:owner,owner" of each task, "line:" for no owner
	}{
		{"- [ ] @stigtsp and @tux – Better tooling\n", "1:@stigtsp,@tux"},
		{"- [ ] Contact @timlegge, @stigtsp - Analysing vulnerabilities\n", "1:@timlegge,@stigtsp"},
		{"- [ ] @sjn (+@leont) write the FAQ\n", "1:@sjn,@leont"},
		{"- [ ] @stigtsp and others add tasks to the board\n", "1:@stigtsp"},
		{"- [ ] @timlegge has started; happy to discuss with @tux\n", "1:@timlegge"},
		{"- @robrwo - workflow description needed\n  - [ ] (Volunteer needed) – Write a guide\n", "2:"},
		{"- [ ] @sjn - who is open to do funded work?\n  - [ ] @leont (? - please contact @sjn)\n  - [ ] Others? (contact @sjn!)\n", "1:|3:"},
		{"- [ ] @stigtsp - Can someone look at the feed, it's broken\n", "1:"},
		{"- [ ] @stigtsp - good idea!\n", ""},
		{"- [ ] @sjn - Funding\n  - [ ] contact the sponsors\n", "1:@sjn|2:@sjn"},
		{"- [x] @sjn - proposal\n  - @sjn will put a project on github\n  - @sjn - move it eventually\n", "2:@sjn"},
		{"- [x] @sjn - FOSDEM\n  - [ ] @sjn - gives a talk if there is room\n", "2:@sjn"},
		{"* @tux will write an introduction, @timlegge will review\n* @stigtsp took over the ticket\n", "1:@tux,@timlegge"},
		{"- [ ] ~~@sjn - dropped~~\n- [ ] ? - Show policies\n", "2:"},
		{"## Upcoming events and deadlines\n- [ ] (Sweden) FOSS North - 2025-04-14\n  - @sjn will attend\n", ""},
		{"## Next meeting\n- [ ] @sjn - next meeting 2026-01-08 16:00 UTC\n", ""},
		{"- [ ] @tux's checklist\n", "1:"},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.src))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Tasks(rules) {
			got = append(got, itoa(a.Line)+":"+strings.Join(a.Owners, ","))
		}
		if strings.Join(got, "|") != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, strings.Join(got, "|"), tt.want)
		}
	}
}
