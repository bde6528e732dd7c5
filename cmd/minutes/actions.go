package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/publish"
)

func init() {
	var asJSON, all *bool
	var prof *string
	register(&command{
		name:    "actions",
		args:    "[--json] [--all] [--profile FILE] FILE",
		summary: "print the open action items grouped by owner",
		help: `actions prints the open action items of the minutes in FILE ("-" is
standard input): the items with an open box ("- [ ]") that name an owner,
in their text or in an enclosing item's, grouped by owner (a misspelt
handle the group's roster knows, such as @rrwo, is grouped under the
handle meant), each with its line:

  @robrwo (2)
  - Start documenting embedded dependencies (line 12)
  - Put together a proposal for PAUSE rules (line 40)

--all adds the open items without an owner, under "No owner". --json
prints the same groups as JSON: [{"owner": "@robrwo", "actions":
[{"text": "...", "line": 12}]}] (owner "" for no owner). Nothing is
printed when there are no actions.`,
		example: "minutes actions meetings/cpansec-minutes-2025-03-26.md\nminutes actions --json --all minutes.md | jq '.[].owner'",
		setup: func(fs *flag.FlagSet) {
			asJSON = fs.Bool("json", false, "print JSON")
			all = fs.Bool("all", false, "add open items without an owner")
			prof = fs.String("profile", "", "read the group's profile (roster, aliases) from FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintf(e.stderr, "usage: minutes actions %s\n", commands["actions"].args)
				return exitUsage
			}
			p, err := loadProfile(*prof)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			d, err := readDoc(e, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			actions := openActions(d, *all)
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

// openActions returns the minutes' actions (open items with an owner) and,
// with all, the open items without one, in document order.
func openActions(d *core.Document, all bool) []publish.Action {
	owned := map[*core.Item]core.Action{}
	for _, a := range d.Facts().Actions {
		owned[a.Item] = a
	}
	var out []publish.Action
	for _, it := range d.Items() {
		if a, ok := owned[it]; ok {
			out = append(out, publish.Action{Owner: a.Owner, Text: a.Text, Line: a.Line})
		} else if all && it.Box == core.Open {
			out = append(out, publish.Action{Text: it.Text, Line: it.Line})
		}
	}
	return out
}

// ownerJSON is one owner's actions as --json prints them.
type ownerJSON struct {
	Owner   string       `json:"owner"`
	Actions []actionJSON `json:"actions"`
}

type actionJSON struct {
	Text string `json:"text"`
	Line int    `json:"line"`
}

func actionsJSON(groups []publish.OwnerActions) []ownerJSON {
	out := []ownerJSON{}
	for _, g := range groups {
		o := ownerJSON{Owner: g.Owner, Actions: []actionJSON{}}
		for _, a := range g.Actions {
			o.Actions = append(o.Actions, actionJSON{Text: a.Text, Line: a.Line})
		}
		out = append(out, o)
	}
	return out
}
