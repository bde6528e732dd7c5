package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/registers"
	"github.com/cpansec/minutes/core/when"
)

func init() {
	var date, clock, out, prof, regs *string
	var force *bool
	register(&command{
		name:    "next",
		args:    "FILE [--date YYYY-MM-DD] [--time HH:MM] [--registers DIR] [-o OUT [-f]] [--profile FILE]",
		summary: "print the next meeting's agenda made from minutes",
		help: `next makes the agenda of the next meeting from the minutes in FILE ("-" is
standard input), by the group's rule: checked items go with their
sub-items (open ones too), open items and everything else stay in place;
an item copied twice keeps one copy; attendees, regrets, absents, chair
and scribe are cleared; the previous minutes are put up for approval.

The new meeting is on the date of the minutes' next-meeting line, or two
weeks (the group's cadence) after the meeting, at the next-meeting line's
time, else the meeting's. meeting_time, the title, every line that states
the meeting's date (in its own spelling, with the right weekday), the
timed headings (start at the meeting time, pre-meeting 30 minutes before,
"Meeting end" 1 hour and "End" 1h30 after) and the next-meeting line (one
cadence later) follow. --date and --time (UTC unless a zone is given)
override the date and time.

With --registers DIR (the group's minutes folder, read as minutes
registers reads it), an open item carried for the profile's
meeting.stale_after meetings or more (6 by default) is marked at the end
of its line with how long: "(carried 7 meetings)"; a mark already there
is updated.

The agenda goes to standard output, or to OUT with -o (a directory gets
the group's file name, cpansec-minutes-YYYY-MM-DD.md); an existing file is
not overwritten without -f. What was done, line by line, goes to standard
error: every dropped item with its line in the minutes, every rewritten
line with its line in the agenda, and notes on what to check.`,
		example: "minutes next meetings/cpansec-minutes-2025-03-12.md -o meetings/\nminutes next minutes.md --date 2025-04-02 --time 16:00 > agenda.md",
		setup: func(fs *flag.FlagSet) {
			date = fs.String("date", "", "the next meeting's date YYYY-MM-DD (default: from the minutes)")
			clock = fs.String("time", "", "the next meeting's time HH:MM in UTC (default: from the minutes)")
			out = fs.String("o", "", "write the agenda to OUT (a file, or a directory for the group's file name)")
			force = fs.Bool("f", false, "overwrite OUT if it exists")
			prof = fs.String("profile", "", "read the group's profile (cadence, usual time) from FILE")
			regs = fs.String("registers", "", "mark the open items carried for many meetings, counted in the minutes of DIR")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintf(e.stderr, "usage: minutes next %s\n", commands["next"].args)
				return exitUsage
			}
			opts, err := nextOptions(*date, *clock)
			if err != nil {
				fmt.Fprintf(e.stderr, "minutes next: %v\n", err)
				return exitUsage
			}
			p, err := profileFor(*prof, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			name := fs.Arg(0)
			d, err := readDoc(e, name)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			if *regs != "" {
				carried, err := carriedIn(e, *regs, p)
				if err != nil {
					fmt.Fprintln(e.stderr, err)
					return exitFail
				}
				opts = append(opts, agenda.WithCarried(carried))
			}
			r, err := agenda.Next(d, append(opts, agenda.WithProfile(p))...)
			if errors.Is(err, agenda.ErrNoDate) {
				fmt.Fprintf(e.stderr, "%s: %v with --date\n", name, err)
				return exitFail
			}
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			fileName := nextFileName(p, name, r.Report)
			if *out == "" {
				e.stdout.Write(r.Bytes())
				fmt.Fprint(e.stderr, r.Report.String())
				fmt.Fprintf(e.stderr, "save it as %s\n", fileName)
				return exitOK
			}
			target, err := writeAgenda(*out, fileName, r.Bytes(), *force)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			fmt.Fprint(e.stderr, r.Report.String())
			fmt.Fprintf(e.stderr, "wrote %s\n", target)
			return exitOK
		},
	})
}

// nextOptions turns the --date and --time flags into agenda options.
func nextOptions(date, clock string) ([]agenda.Option, error) {
	var opts []agenda.Option
	if date != "" {
		d, err := when.ParseDate(date)
		if err != nil {
			return nil, fmt.Errorf("--date: %v", err)
		}
		opts = append(opts, agenda.WithDate(d))
	}
	if clock != "" {
		c, err := when.ParseClock(clock)
		if err != nil {
			return nil, fmt.Errorf("--time: %v", err)
		}
		opts = append(opts, agenda.WithClock(c))
	}
	return opts, nil
}

// writeAgenda writes the agenda to out, or to out/fileName when out is a
// directory, refusing to replace an existing file unless force is set. It
// returns the path written.
func writeAgenda(out, fileName string, data []byte, force bool) (string, error) {
	if st, err := os.Stat(out); err == nil && st.IsDir() {
		out = filepath.Join(out, fileName)
	}
	if force {
		return out, writeFile(out, data)
	}
	f, err := os.OpenFile(out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return out, fmt.Errorf("%s: already exists (use -f to overwrite it)", out)
	}
	if err != nil {
		return out, fmt.Errorf("%s: %v", out, unwrapPath(err))
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(out)
		return out, fmt.Errorf("%s: %v", out, unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return out, fmt.Errorf("%s: %v", out, unwrapPath(err))
	}
	return out, nil
}

// nextFileName names the agenda: by the profile's file name pattern, else
// as the minutes are named with their date replaced by the new one
// ("minutes_2022-03-15.md" gives "minutes_2022-03-29.md"), else
// "agenda-YYYY-MM-DD.md".
func nextFileName(p *profile.Profile, name string, r agenda.Report) string {
	if p.Site.FileName != "" {
		return publish.FileName(p, r.When)
	}
	base := filepath.Base(name)
	if name != "-" && r.Previous.HasYear() {
		for _, old := range []string{r.Previous.DateString(), strings.ReplaceAll(r.Previous.DateString(), "-", "")} {
			if strings.Contains(base, old) { // "2022-03-15", "20211209"
				return strings.Replace(base, old, dateLike(old, r.When), 1)
			}
		}
	}
	return "agenda-" + r.When.DateString() + ".md"
}

// dateLike writes w as old is written: with dashes or as eight digits.
func dateLike(old string, w when.When) string {
	if strings.Contains(old, "-") {
		return w.DateString()
	}
	return strings.ReplaceAll(w.DateString(), "-", "")
}

// carriedIn builds the registers of the minutes folder dir, for the
// carried marks of the agenda.
func carriedIn(e *env, dir string, p *profile.Profile) (func(string) int, error) {
	files, err := readFolders(e, []string{dir})
	if err != nil {
		return nil, err
	}
	r, err := registers.Build(files, p)
	if err != nil {
		return nil, err
	}
	if len(r.Meetings) == 0 {
		return nil, fmt.Errorf("minutes next: --registers %s: no minutes named like %s", dir, p.Site.FileName)
	}
	return r.Carried(p), nil
}
