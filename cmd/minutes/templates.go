package main

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/cpansec/minutes/core/templates"
)

func init() {
	var prof *string
	register(&command{
		name:    "templates",
		args:    "[--profile FILE]",
		summary: "list the templates 'minutes new' can use",
		help: `templates lists the built-in templates, one per line: the name to give
'minutes new --template', what the format looks like, and which one is the
default. A profile with templates of its own (a learned profile's
"learned") lists those instead: they are what 'minutes new' makes for
the group.`,
		example: "minutes templates\nminutes new --template 2025-projects",
		setup: func(fs *flag.FlagSet) {
			prof = fs.String("profile", "", "list the templates of the group's profile FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() > 0 {
				fmt.Fprintf(e.stderr, "minutes templates: unexpected argument %q\nusage: minutes templates [--profile FILE]\n", fs.Arg(0))
				return exitUsage
			}
			p, err := profileFor(*prof, "")
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			for _, t := range templates.ForProfile(p) {
				mark := ""
				if t.Default {
					mark = " (default)"
				}
				fmt.Fprintf(w, "%s\t%s%s\n", t.Name, t.Description, mark)
			}
			w.Flush()
			return exitOK
		},
	})
}
