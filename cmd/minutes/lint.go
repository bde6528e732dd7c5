package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
)

// names is a repeatable flag of handles ("--name @a --name @b,@c").
type names []string

func (n *names) String() string { return strings.Join(*n, ",") }

func (n *names) Set(v string) error {
	for _, h := range strings.Split(v, ",") {
		if h = strings.TrimSpace(h); h != "" {
			*n = append(*n, h)
		}
	}
	return nil
}

func init() {
	var fix *bool
	var prof *string
	var extra names
	register(&command{
		name:    "lint",
		args:    "[--fix] [--profile FILE] [--name @handle ...] FILE...",
		summary: "check minutes for mistakes, and fix the safe ones",
		help: `lint checks each FILE (standard input when none) for the mistakes made
when minutes are written by hand, and prints one line per finding, in line
order:

  FILE:LINE:COL: rule: message

The message says what is wrong and what to do. The exit status is 1 when
a finding is an error (the website does not render the page or part of
it, or the minutes contradict themselves) or a file cannot be read, and 0
when there are only warnings. A count per file goes to standard error.

--fix applies the safe fixes, each touching only its own line, writes the
files back, prints each fix as FILE:LINE:COL: fixed rule: message, and
then the findings that remain. With standard input, the fixed text goes
to standard output and the report to standard error.

Handles are checked against the roster of the group's profile (the
built-in CPANSec one, or --profile FILE); --name adds a handle the roster
does not know yet (repeat it, or separate handles with commas).

Rules:
` + rulesHelp(),
		example: "minutes lint meetings/cpansec-minutes-2025-03-26.md\nminutes lint --fix --name @newcomer meetings/*.md",
		setup: func(fs *flag.FlagSet) {
			fix = fs.Bool("fix", false, "apply the safe fixes and write the files back")
			prof = fs.String("profile", "", "read the group's profile (and roster) from FILE")
			fs.Var(&extra, "name", "add @handle to the roster for this run (repeatable)")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			p, err := profileFor(*prof, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			opts := []lint.Option{lint.WithProfile(p), lint.WithExtraNames(extra...)}
			status := exitOK
			for _, name := range fileArgs(fs.Args()) {
				if code := lintFile(e, name, *fix, opts); code > status {
					status = code
				}
			}
			return status
		},
	})
}

// rulesHelp lists the rules for the help text.
func rulesHelp() string {
	var b strings.Builder
	for _, r := range lint.Rules() {
		fmt.Fprintf(&b, "  %-23s %s\n", r.Name, r.Summary)
	}
	return b.String()
}

// lintFile checks one file, fixing it first with fix, and returns its exit
// status.
func lintFile(e *env, name string, fix bool, opts []lint.Option) int {
	d, err := readDoc(e, name)
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitFail
	}
	report := e.stdout
	if fix {
		if name == "-" {
			report = e.stderr // the fixed text goes to standard output
		}
		if d, err = fixFile(e, report, name, d, opts); err != nil {
			fmt.Fprintln(e.stderr, err)
			return exitFail
		}
	}
	fs := lint.Check(d, opts...)
	printFindings(report, name, fs)
	summary(e.stderr, name, fs)
	if lint.HasErrors(fs) {
		return exitFail
	}
	return exitOK
}

// fixFile applies the safe fixes, reports them, and writes the result back
// (to standard output for "-"). It returns the fixed document.
func fixFile(e *env, report io.Writer, name string, d *core.Document, opts []lint.Option) (*core.Document, error) {
	fixed, done, err := lint.FixAll(d, opts...)
	if err != nil {
		return d, fmt.Errorf("%s: %v", name, err)
	}
	for _, f := range done {
		fmt.Fprintf(report, "%s:%d:%d: fixed %s: %s\n", name, f.Line, f.Column, f.Rule, f.Message)
	}
	if name == "-" {
		_, err = e.stdout.Write(fixed.Bytes())
		return fixed, err
	}
	if len(done) == 0 {
		return fixed, nil
	}
	return fixed, writeFile(name, fixed.Bytes())
}

func printFindings(w io.Writer, name string, fs []lint.Finding) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s: %s\n", name, f.Line, f.Column, f.Rule, f.Message)
	}
}

// summary writes the count of errors and warnings of a file, and how many
// --fix would fix.
func summary(w io.Writer, name string, fs []lint.Finding) {
	if len(fs) == 0 {
		return
	}
	errs, fixable := 0, 0
	for _, f := range fs {
		if f.Severity == lint.Error {
			errs++
		}
		if f.Fixable() {
			fixable++
		}
	}
	fmt.Fprintf(w, "%s: %s, %s", name, plural(errs, "error"), plural(len(fs)-errs, "warning"))
	if fixable > 0 {
		fmt.Fprintf(w, " (%d fixable with --fix)", fixable)
	}
	fmt.Fprintln(w)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
