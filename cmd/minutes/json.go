package main

import (
	"encoding/json"
	"flag"
	"fmt"
)

func init() {
	register(&command{
		name:    "json",
		args:    "FILE",
		summary: "print the minutes' structure and facts as JSON",
		help: `json prints what the editor reads in FILE: front_matter (in file order),
date ("YYYY-MM-DD"), time ("HH:MM UTC"), title, people (attendees,
regrets, absent, chair, scribe, approved_by: names as written), sections
(title, heading as written, level, time, line, items, sections), items
before the first heading, items (text, checked: null, false or true,
handles, line, items), actions (open items with an owner: owner, text,
line) and next_meeting ("YYYY-MM-DD HH:MM UTC", or the date alone).`,
		example: "minutes json meetings/cpansec-minutes-2025-03-26.md | jq .people",
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintln(e.stderr, "usage: minutes json FILE")
				return exitUsage
			}
			d, err := readDoc(e, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(d.JSON()); err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			return exitOK
		},
	})
}
