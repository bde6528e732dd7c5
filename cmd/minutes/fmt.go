package main

import (
	"flag"
	"fmt"
)

func init() {
	var write, fix *bool
	var prof *string
	register(&command{
		name:    "fmt",
		args:    "[-w] [--fix] [--profile FILE] [FILE...]",
		summary: "print minutes as the editor saves them (unchanged), or repair them",
		help: `fmt reads each FILE (standard input when none) and prints it as the
editor saves it after opening it and making no edit: byte for byte the
same. It fails with FILE:LINE: message when a file cannot be read as
minutes (binary, not UTF-8, too large).

--fix applies the safe repairs, each touching only its own line:
U+00A0 no-break spaces in list markers, task boxes and headings, "[]" and
"[U+00A0]" boxes (to "[ ]"), a byte-order mark before the front matter,
and "----" front matter delimiters. Each repair is reported on standard
error as FILE:LINE:COL: fixed RULE: message.

-w writes the result back to the file instead of printing it (only when
it changed).

fmt is the same for every group: what it prints does not depend on the
profile. It takes --profile as every command does (scripts pass it to
all), and checks it: a profile that does not load fails before any file
is written.`,
		example: "minutes fmt meetings/cpansec-minutes-2025-03-26.md | cmp - meetings/cpansec-minutes-2025-03-26.md\nminutes fmt --fix -w meetings/*.md",
		setup: func(fs *flag.FlagSet) {
			write = fs.Bool("w", false, "write the result back to each file")
			fix = fs.Bool("fix", false, "apply the safe repairs")
			prof = fs.String("profile", "", "the group's profile FILE, checked (the output does not depend on it)")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if *prof != "" {
				if _, err := loadProfile(*prof); err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
			}
			status := exitOK
			for _, name := range fileArgs(fs.Args()) {
				if err := fmtFile(e, name, *write, *fix); err != nil {
					fmt.Fprintln(e.stderr, err)
					status = exitFail
				}
			}
			return status
		},
	})
}

func fmtFile(e *env, name string, write, fix bool) error {
	d, err := readDoc(e, name)
	if err != nil {
		return err
	}
	out := d.Bytes()
	if fix {
		for _, r := range d.Repairs() {
			fmt.Fprintf(e.stderr, "%s:%d:%d: fixed %s: %s\n", name, r.Line, r.Column, r.Rule, r.Message)
		}
		out = d.RepairAll().Apply(d.Bytes())
	}
	if write && name != "-" {
		if string(out) == string(d.Bytes()) {
			return nil
		}
		return writeFile(name, out)
	}
	_, err = e.stdout.Write(out)
	return err
}
