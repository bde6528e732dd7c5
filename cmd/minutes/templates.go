package main

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/cpansec/minutes/core/templates"
)

func init() {
	register(&command{
		name:    "templates",
		args:    "",
		summary: "list the templates 'minutes new' can use",
		help: `templates lists the built-in templates, one per line: the name to give
'minutes new --template', what the format looks like, and which one is the
default.`,
		example: "minutes templates\nminutes new --template 2025-projects",
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() > 0 {
				fmt.Fprintf(e.stderr, "minutes templates: unexpected argument %q\nusage: minutes templates\n", fs.Arg(0))
				return exitUsage
			}
			w := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			for _, t := range templates.List() {
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
