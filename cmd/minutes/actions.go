package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
)

func init() {
	var asJSON, all *bool
	var prof *string
	register(&command{
		name:    "actions",
		args:    "[--json] [--all] [--profile FILE] FILE",
		summary: "print the open action items grouped by owner",
		help: `actions prints the action items of the minutes in FILE ("-" is
standard input), as the page's Action items panel lists them: the open
items ("- [ ]") that are tasks, owned by the handles they start with
("@a and @b - ...", "Contact @a, @b - ...", "@a (+@b) ...") or else by an
enclosing item's, and any item saying "@a will ...". Calls for
volunteers, questions put to no one, comments, events and the next
meeting are not actions; the group's phrases for these are in the
profile ("actions:"). An action is listed under each owner (a misspelt
handle the group's roster knows, such as @rrwo, under the handle meant),
each with its line:

  @robrwo (2)
  - Start documenting embedded dependencies (line 12)
  - Put together a proposal for PAUSE rules (line 40)

--all adds the tasks nobody has taken, under "No owner". --json prints
the same groups as JSON: [{"owner": "@robrwo", "actions": [{"text":
"...", "line": 12, "owners": ["@robrwo"]}]}] (owner "" for no owner). Nothing is
printed when there are no actions.`,
		example: "minutes actions meetings/cpansec-minutes-2025-03-26.md\nminutes actions --json --all minutes.md | jq '.[].owner'",
		setup: func(fs *flag.FlagSet) {
			asJSON = fs.Bool("json", false, "print JSON")
			all = fs.Bool("all", false, "add the tasks without an owner")
			prof = fs.String("profile", "", "read the group's profile (roster, aliases) from FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintf(e.stderr, "usage: minutes actions %s\n", commands["actions"].args)
				return exitUsage
			}
			p, err := profileFor(*prof, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			d, err := readDoc(e, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			actions := openActions(d, p, *all)
			if !*asJSON {
				fmt.Fprint(e.stdout, publish.ActionsText(actions, p))
				return exitOK
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(actionsJSON(publish.GroupByOwner(actions, p))); err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			return exitOK
		},
	})
}

// openActions returns the minutes' action items under the group's rules
// (publish.Actions, as the page's panel lists them) and, with all, the
// tasks nobody has taken, in document order.
func openActions(d *core.Document, p *profile.Profile, all bool) []publish.Action {
	if all {
		return publish.Tasks(d, p)
	}
	return publish.Actions(d, p)
}

// ownerJSON is one owner's actions as --json prints them.
type ownerJSON struct {
	Owner   string       `json:"owner"`
	Actions []actionJSON `json:"actions"`
}

// actionJSON is one action; owners lists all its owners (an action with
// several is listed under each).
type actionJSON struct {
	Text   string   `json:"text"`
	Line   int      `json:"line"`
	Owners []string `json:"owners"`
}

func actionsJSON(groups []publish.OwnerActions) []ownerJSON {
	out := []ownerJSON{}
	for _, g := range groups {
		o := ownerJSON{Owner: g.Owner, Actions: []actionJSON{}}
		for _, a := range g.Actions {
			owners := a.Owners
			if owners == nil {
				owners = []string{}
			}
			o.Actions = append(o.Actions, actionJSON{Text: a.Text, Line: a.Line, Owners: owners})
		}
		out = append(out, o)
	}
	return out
}
