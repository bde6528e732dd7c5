package core

import (
	"strings"
	"testing"
)

func people(role Role, names ...string) func(*testing.T, *Document) (Change, error) {
	return func(t *testing.T, d *Document) (Change, error) { return d.SetPeople(role, names) }
}

func TestSetPeople(t *testing.T) {
	const timed = "### Welcome\n\n*   Meeting chair: @timlegge\n*   Meeting secretary: @sjn & @tux\n\n" +
		"### Attendees, absents & regrets\n\n*   Attendees\n    * @sjn, @stigtsp\n*   Regrets\n    * @robrwo\n\n" +
		"### Approve previous meeting minutes\n\n*   Previous meeting minutes was approved by @sjn, @timlegge, and merged by @sjn\n"
	const compact = "## Attending\n\n- @sjn, @stigtsp\n\n- Regrets @leont\n\n## Minutes\n"
	const onePer = "## Attendees\n1. @sjn\n1. @stigtsp\n\n## Regrets\n1. @Tux\n"
	const early = "### Attendees & regrets\n\n- Present: @stigtsp, @petek\n- Regrets: @leont\n"
	runEdits(t, []editCase{
		{"comma child", timed, people(Attendee, "@sjn", "@stigtsp", "@tux"),
			strings.Replace(timed, "* @sjn, @stigtsp\n", "* @sjn, @stigtsp, @tux\n", 1), nil},
		{"clear children keeps label", timed, people(Regrets),
			strings.Replace(timed, "*   Regrets\n    * @robrwo\n", "*   Regrets\n", 1), nil},
		{"inline chair", timed, people(Chair, "@robrwo"),
			strings.Replace(timed, "chair: @timlegge", "chair: @robrwo", 1), nil},
		{"clear chair", timed, people(Chair),
			strings.Replace(timed, "chair: @timlegge", "chair:", 1), nil},
		{"two scribes", timed, people(Scribe, "@a", "@b"),
			strings.Replace(timed, "@sjn & @tux", "@a & @b", 1), nil},
		{"approvals", timed, people(ApprovedBy, "@a", "@b", "@c"),
			strings.Replace(timed, "approved by @sjn, @timlegge, and merged", "approved by @a, @b and @c, and merged", 1), nil},
		{"clear approvals", timed, people(ApprovedBy),
			strings.Replace(timed, "approved by @sjn, @timlegge, and merged", "approved by , and merged", 1), nil},
		{"new absent list in label style", timed, people(Absent, "@x"),
			strings.Replace(timed, "    * @robrwo\n", "    * @robrwo\n*   Absents\n    * @x\n", 1), nil},
		{"compact attendees", compact, people(Attendee, "@sjn", "@tux"),
			strings.Replace(compact, "- @sjn, @stigtsp", "- @sjn, @tux", 1), nil},
		{"compact regrets inline", compact, people(Regrets, "@leont", "@robrwo"),
			strings.Replace(compact, "Regrets @leont", "Regrets @leont, @robrwo", 1), nil},
		{"compact new absent", compact, people(Absent, "@x"),
			strings.Replace(compact, "- Regrets @leont\n", "- Regrets @leont\n\n- Absents @x\n", 1), nil},
		{"one per line keeps numbering style", onePer, people(Attendee, "@sjn", "@tux", "@stigtsp"),
			strings.Replace(onePer, "1. @sjn\n1. @stigtsp\n", "1. @sjn\n1. @tux\n1. @stigtsp\n", 1), nil},
		{"early inline", early, people(Attendee, "@a", "@b"),
			strings.Replace(early, "Present: @stigtsp, @petek", "Present: @a, @b", 1), nil},
		{"no section yet", "# Minutes 2024-01-01\n\nText.\n", people(Attendee, "@a"),
			"# Minutes 2024-01-01\n\nText.\n\n## Attendees\n\n- Attendees: @a\n", nil},
		{"no approval line", compact, people(ApprovedBy, "@a"), "", ErrNoPlace},
		{"clear one per item section", onePer, people(Attendee),
			strings.Replace(onePer, "1. @sjn\n1. @stigtsp\n", "1.\n", 1), nil},
		{"refill a cleared section", "## Attending\n\n-\n\n- Regrets @x\n", people(Attendee, "@a", "@b"),
			"## Attending\n\n- @a, @b\n\n- Regrets @x\n", nil},
		{"placeholders are replaced, not read as people", "## Attending\n\n- …\n\n- Regrets …\n", people(Attendee, "@sjn", "@stigtsp", "@robrwo"),
			"## Attending\n\n- @sjn, @stigtsp, @robrwo\n\n- Regrets …\n", nil},
		{"a regrets placeholder is replaced in its own shape", "## Attending\n\n- …\n\n- Regrets …\n", people(Regrets, "@leont"),
			"## Attending\n\n- …\n\n- Regrets @leont\n", nil},
		{"@handle placeholder", "## Attendees\n\n- Attendees: @handle\n", people(Attendee, "@a"),
			"## Attendees\n\n- Attendees: @a\n", nil},
	})
	// Each result reads back with the names set.
	for _, tc := range []struct {
		src   string
		role  Role
		names []string
	}{{timed, Attendee, []string{"@a", "@b"}}, {compact, Regrets, []string{"@c"}}, {onePer, Regrets, []string{"@d", "@e"}},
		{early, Absent, []string{"@f"}}, {timed, Chair, []string{"@g"}}, {compact, Chair, []string{"@h"}}} {
		d, _ := Parse([]byte(tc.src))
		c, err := d.SetPeople(tc.role, tc.names)
		if err != nil {
			t.Fatal(err)
		}
		nd, _ := d.Apply(c)
		if got := strings.Join(nd.Facts().Names(tc.role), " "); got != strings.Join(tc.names, " ") {
			t.Errorf("%s after set reads %q, want %v in\n%s", tc.role, got, tc.names, nd)
		}
	}
}
