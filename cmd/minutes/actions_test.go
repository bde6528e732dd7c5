package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/internal/corpustest"
)

const actionsMinutes = `## Agenda
- [ ] @robrwo - Start documenting embedded dependencies
- [x] @sjn - done already
- [ ] @rrwo - Put together a proposal for PAUSE rules
- @sjn - Funding
    - [ ] contact the sponsors
- [ ] Volunteers needed for the blog
`

func TestActionsText(t *testing.T) {
	code, stdout, stderr := runCLI(t, actionsMinutes, "actions", "-")
	if code != exitOK || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	want := "@robrwo (2)\n- Start documenting embedded dependencies (line 2)\n- Put together a proposal for PAUSE rules (line 4)\n\n@sjn (1)\n- contact the sponsors (line 6)\n"
	if !strings.HasPrefix(stdout, "@robrwo (2)\n") || !strings.Contains(stdout, "- contact the sponsors (line 6)") || strings.Contains(stdout, "Volunteers") || strings.Contains(stdout, "done already") {
		t.Errorf("got\n%s\nwant like\n%s", stdout, want)
	}
	_, all, _ := runCLI(t, actionsMinutes, "actions", "--all", "-")
	if !strings.Contains(all, "No owner (1)\n- Volunteers needed for the blog (line 7)") {
		t.Errorf("--all:\n%s", all)
	}
	if code, stdout, _ := runCLI(t, "# Minutes\n- nothing to do\n", "actions", "-"); code != exitOK || stdout != "" {
		t.Errorf("no actions: code %d, stdout %q", code, stdout)
	}
}

func TestActionsJSON(t *testing.T) {
	code, stdout, stderr := runCLI(t, actionsMinutes, "actions", "-", "--json")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	var got []ownerJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if len(got) != 2 || got[0].Owner != "@robrwo" || len(got[0].Actions) != 2 || got[0].Actions[1].Line != 4 || got[1].Owner != "@sjn" {
		t.Errorf("got %+v", got)
	}
	if _, stdout, _ := runCLI(t, "# Minutes\n", "actions", "--json", "-"); strings.TrimSpace(stdout) != "[]" {
		t.Errorf("no actions: %q", stdout)
	}
	if code, _, _ := runCLI(t, "", "actions"); code != exitUsage {
		t.Errorf("no file: code %d", code)
	}
}

// TestActionsSeveralOwners: an action with two owners is listed under
// each, volunteer calls and comments under none.
func TestActionsSeveralOwners(t *testing.T) {
	src := "## Agenda\n- [ ] @stigtsp and @tux – Better tooling\n- @robrwo - workflow\n  - [ ] (Volunteer needed) – Write a guide\n- [ ] @stigtsp - good idea!\n"
	_, stdout, _ := runCLI(t, src, "actions", "-")
	want := "@stigtsp (1)\n- @stigtsp and @tux – Better tooling (line 2)\n\n@tux (1)\n- @stigtsp and @tux – Better tooling (line 2)\n"
	if stdout != want {
		t.Errorf("got\n%s\nwant\n%s", stdout, want)
	}
	_, all, _ := runCLI(t, src, "actions", "--all", "-")
	if !strings.Contains(all, "No owner (1)\n- (Volunteer needed) – Write a guide (line 4)") || strings.Contains(all, "good idea") {
		t.Errorf("--all:\n%s", all)
	}
}

// TestActionsAsPanel: on real minutes the command prints what the page's
// panel lists, publish.Actions under the built-in profile.
func TestActionsAsPanel(t *testing.T) {
	path := corpustest.Files(t, "cpansec-minutes-2025-04-09@e8aa679.md")[0]
	src := corpustest.Read(t, path)
	d, err := core.Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Default()
	want := publish.ActionsText(publish.Actions(d, p), p)
	_, stdout, _ := runCLI(t, string(src), "actions", "-")
	if stdout != want || !strings.Contains(stdout, "@timlegge (") {
		t.Errorf("got\n%s\nwant\n%s", stdout, want)
	}
	if strings.Contains(stdout, "Volunteer") || strings.Contains(stdout, "FOSS North") || strings.Contains(stdout, "Others?") {
		t.Errorf("volunteer calls or events listed:\n%s", stdout)
	}
}
