package templates

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// TestDefaultTemplateWithPeople: people added to new minutes from the
// default template are written in the group's own shape — one line of
// handles, "Regrets @x" on its line — replacing the placeholders; and the
// placeholders alone are nobody.
func TestDefaultTemplateWithPeople(t *testing.T) {
	src, err := New(Default(), when.At(2026, 3, 5, 16, 0), nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := core.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range d.Facts().People {
		if len(l.People) > 0 {
			t.Errorf("the template names %v as %s", l.People, l.Role)
		}
	}
	for _, set := range []struct {
		role  core.Role
		names []string
	}{{core.Attendee, []string{"@sjn", "@stigtsp", "@robrwo"}}, {core.Regrets, []string{"@leont"}}} {
		c, err := d.SetPeople(set.role, set.names)
		if err != nil {
			t.Fatal(err)
		}
		if d, err = d.Apply(c); err != nil {
			t.Fatal(err)
		}
	}
	want := strings.Replace(string(src), "## Attending\n\n- …\n\n- Regrets …\n", "## Attending\n\n- @sjn, @stigtsp, @robrwo\n\n- Regrets @leont\n", 1)
	if d.String() != want {
		t.Errorf("got\n%s\nwant\n%s", d.String(), want)
	}
}
