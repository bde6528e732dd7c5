package main

import (
	"encoding/json"
	"strings"
	"testing"
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
