// Command minutes reads, checks and writes meeting minutes kept as Markdown
// in a Git repository. It shares its core with the web editor.
//
// Each command lives in its own file and registers itself with register.
// Exit status: 0 ok, 1 a file failed, 2 usage.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// env is what a command sees of the world; tests replace it.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// now returns the current time as RFC 3339; tests fix it.
	now func() string
	// large lifts the editor's limits on what is read (--large).
	large bool
}

// command is one subcommand of minutes.
type command struct {
	name    string
	args    string // synopsis of the arguments, e.g. "[-w] [--fix] FILE..."
	summary string // one line
	help    string // paragraphs explaining the command
	example string // shell lines
	// setup declares the flags; run runs with the remaining arguments.
	setup func(fs *flag.FlagSet)
	run   func(e *env, fs *flag.FlagSet) int
}

var commands = map[string]*command{}

// register adds a command; each command file calls it from init.
func register(c *command) { commands[c.name] = c }

func main() {
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		now: func() string { return time.Now().UTC().Format(time.RFC3339) }}
	os.Exit(run(e, os.Args[1:]))
}

// run dispatches args to a command and returns the exit status.
func run(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			if c := commands[args[1]]; c != nil {
				commandHelp(e.stdout, c, nil)
				return exitOK
			}
			fmt.Fprintf(e.stderr, "minutes: unknown command %q\n", args[1])
			return exitUsage
		}
		usage(e.stdout)
		return exitOK
	}
	c := commands[name]
	if c == nil {
		fmt.Fprintf(e.stderr, "minutes: unknown command %q\n\n", name)
		usage(e.stderr)
		return exitUsage
	}
	fs := flag.NewFlagSet("minutes "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	if c.setup != nil {
		c.setup(fs)
	}
	fs.BoolVar(&e.large, "large", false, "read files up to 16 MB nesting at any depth (the web editor's limits are 512 KB and 100 levels)")
	if err := fs.Parse(interleave(fs, args[1:])); err != nil {
		if err == flag.ErrHelp {
			commandHelp(e.stdout, c, fs)
			return exitOK
		}
		fmt.Fprintf(e.stderr, "minutes %s: %v\n", c.name, err)
		fmt.Fprintf(e.stderr, "usage: minutes %s %s\n", c.name, c.args)
		return exitUsage
	}
	return c.run(e, fs)
}

// interleave moves flags that follow positional arguments to the front, so
// that "minutes next FILE --date 2025-01-08" works as users expect.
func interleave(fs *flag.FlagSet, args []string) []string {
	var flags, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			pos = append(pos, args[i+1:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if strings.Contains(name, "=") {
				continue
			}
			if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
			continue
		}
		pos = append(pos, a)
	}
	return append(flags, append([]string{"--"}, pos...)...)
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "minutes reads, checks and writes meeting minutes kept as Markdown.")
	fmt.Fprintln(w, "\nUsage: minutes COMMAND [ARGS]\n\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\n'minutes help COMMAND' or 'minutes COMMAND -h' explains a command with an example.")
}

func commandHelp(w io.Writer, c *command, fs *flag.FlagSet) {
	fmt.Fprintf(w, "usage: minutes %s %s\n\n%s\n", c.name, c.args, c.summary)
	if c.help != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.help))
	}
	if fs == nil {
		fs = flag.NewFlagSet(c.name, flag.ContinueOnError)
		if c.setup != nil {
			c.setup(fs)
		}
	}
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprintln(w, "\nFlags:")
			first = false
		}
		dash := "-"
		if len(f.Name) > 1 {
			dash = "--"
		}
		fmt.Fprintf(w, "  %s%s\t%s\n", dash, f.Name, f.Usage)
	})
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n")
		for _, l := range strings.Split(strings.TrimSpace(c.example), "\n") {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
}
