package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core/registers"
	"gopkg.in/yaml.v3"
)

func init() {
	var asJSON, asMD, asYAML *bool
	var prof *string
	register(&command{
		name:    "registers",
		args:    "[--json|--md|--yaml] [--profile FILE] DIR...",
		summary: "build the attendance, action and decision registers of a minutes folder",
		help: `registers reads every minutes file in each DIR (a file named as the
profile names minutes, such as cpansec-minutes-2025-03-26.md; a FILE
argument is read as well) and builds three registers, meetings in date
order:

  attendance  per meeting: attendees, regrets, absent, chair, scribe;
              per person: meetings attended, regrets, first and last
              attended (aliases and typos the roster knows are one person)
  actions     every item with a task box, followed across meetings even
              when edited a little: owners, first and last meeting, the
              meeting that checked it (done, or null), how many meetings,
              and the file and line of its latest copy
  decisions   lines marked "Decision:", "decided", "Resolved", "Agreed",
              "Conclusion", "approved", votes and polls

A folder of history holding several versions of one meeting (copies
named NAME.md, "NAME (1).md", NAME.old.md...) is read once per meeting,
taking the longest version.

--md (the default) writes a Markdown page to publish with the minutes;
--json writes {"attendance", "people", "actions", "decisions"}; --yaml
writes the same as a Jekyll _data file.`,
		example: "minutes registers meetings > registers.md\n" +
			"minutes registers --json meetings | jq '.actions[] | select(.done == null) | .text'\n" +
			"minutes registers --yaml meetings > _data/registers.yml",
		setup: func(fs *flag.FlagSet) {
			asJSON = fs.Bool("json", false, "write JSON")
			asMD = fs.Bool("md", false, "write a Markdown page (the default)")
			asYAML = fs.Bool("yaml", false, "write a Jekyll _data YAML file")
			prof = fs.String("profile", "", "read the group's profile (minutes file name, roster, aliases) from FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			n := 0
			for _, b := range []*bool{asJSON, asMD, asYAML} {
				if *b {
					n++
				}
			}
			if fs.NArg() == 0 || n > 1 {
				fmt.Fprintf(e.stderr, "usage: minutes registers %s\n", commands["registers"].args)
				return exitUsage
			}
			p, err := profileFor(*prof, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			files, err := readFolders(e, fs.Args())
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			r, err := registers.Build(files, p)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			if len(r.Meetings) == 0 {
				fmt.Fprintf(e.stderr, "minutes registers: no minutes named like %s in %s\n", p.Site.FileName, strings.Join(fs.Args(), ", "))
				return exitFail
			}
			switch {
			case *asJSON:
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				err = enc.Encode(registersOut(r))
			case *asYAML:
				enc := yaml.NewEncoder(e.stdout)
				enc.SetIndent(2)
				err = enc.Encode(registersOut(r))
			default:
				_, err = fmt.Fprint(e.stdout, registers.Markdown(r, p))
			}
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			return exitOK
		},
	})
}

// readFolders reads the .md files at the top of each directory argument,
// and each file argument, with the limits of readFile. Names keep the
// directory, so that file and line point at the file.
func readFolders(e *env, args []string) ([]registers.File, error) {
	var out []registers.File
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("%s: no such file or directory", arg)
		}
		names := []string{arg}
		if st.IsDir() {
			entries, err := os.ReadDir(arg)
			if err != nil {
				return nil, fmt.Errorf("%s: %v", arg, unwrapPath(err))
			}
			names = names[:0]
			for _, en := range entries {
				if en.Type().IsRegular() && strings.HasSuffix(en.Name(), ".md") {
					names = append(names, filepath.Join(arg, en.Name()))
				}
			}
			sort.Strings(names)
		}
		for _, name := range names {
			src, err := readFile(e, name)
			if err != nil {
				return nil, err
			}
			out = append(out, registers.File{Name: name, Src: src})
		}
	}
	return out, nil
}
