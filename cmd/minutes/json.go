package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

func init() {
	var prof *string
	register(&command{
		name:    "json",
		args:    "[--profile FILE] FILE",
		summary: "print the minutes' structure and facts as JSON",
		help: `json prints what the editor reads in FILE: front_matter (in file order),
date ("YYYY-MM-DD"), time ("HH:MM UTC"), title, people (attendees,
regrets, absent, chair, scribe, approved_by: names as written), sections
(title, heading as written, level, time, line, items, sections), items
before the first heading, items (text, checked: null, false or true,
handles, line, items), actions (open items with an owner: owner, text,
line) and next_meeting ("YYYY-MM-DD HH:MM UTC", or the date alone).

With a group's profile (--profile FILE, or a .minutes.yaml beside FILE or
above it), actions are found by the group's rules, as 'minutes actions'
and the page list them (one entry per owner); without one, by the
language's rules alone.`,
		setup: func(fs *flag.FlagSet) {
			prof = fs.String("profile", "", "find actions by the rules of the group's profile FILE")
		},
		example: "minutes json meetings/cpansec-minutes-2025-03-26.md | jq .people",
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintln(e.stderr, "usage: minutes json [--profile FILE] FILE")
				return exitUsage
			}
			d, err := readDoc(e, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			j := jsonDoc(d)
			if file := *prof; file != "" || findProfile(fs.Arg(0)) != "" {
				p, err := profileFor(file, fs.Arg(0))
				if err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
				j.Actions = groupActions(d, p)
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(j); err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			return exitOK
		},
	})
}

// groupActions lists the open actions by the group's rules, one entry per
// owner.
func groupActions(d *core.Document, p *profile.Profile) []docActionJSON {
	out := []docActionJSON{}
	for _, a := range openActions(d, p, false) {
		for _, o := range a.Owners {
			out = append(out, docActionJSON{Owner: o, Text: a.Text, Line: a.Line})
		}
	}
	return out
}
