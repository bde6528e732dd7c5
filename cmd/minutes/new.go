package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

func init() {
	var tmpl, date, clock, prof *string
	register(&command{
		name:    "new",
		args:    "[--template NAME] [--date YYYY-MM-DD] [--time HH:MM] [--profile FILE]",
		summary: "print new minutes made from a template",
		help: `new prints a new minutes document for one meeting, made from a template
(see 'minutes templates'): front matter with layout, toc, meeting_time and
title, and the date, weekday and time written wherever the template shows
them, the next meeting one cadence later, and the group's project boards.

--date is the meeting date; the default is today in UTC. --time is the
meeting time in UTC (or with a zone, "16:00 CET"); the default is the
group's usual time. --template defaults to the group's template (the
2026 compact format for CPANSec). --profile reads another group's profile
file (YAML or JSON) instead of the built-in CPANSec one.

Save the output under the name the group uses, e.g.
meetings/cpansec-minutes-YYYY-MM-DD.md.`,
		example: "minutes new --date 2026-03-05 > meetings/cpansec-minutes-2026-03-05.md\nminutes new --template 2024-timed --date 2025-06-18 --time 17:00",
		setup: func(fs *flag.FlagSet) {
			tmpl = fs.String("template", "", "template NAME (default: the profile's)")
			date = fs.String("date", "", "meeting date YYYY-MM-DD (default: today, UTC)")
			clock = fs.String("time", "", "meeting time HH:MM in UTC (default: the profile's)")
			prof = fs.String("profile", "", "read the group's profile from FILE")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() > 0 {
				fmt.Fprintf(e.stderr, "minutes new: unexpected argument %q\nusage: minutes new %s\n", fs.Arg(0), commands["new"].args)
				return exitUsage
			}
			p, err := profileFor(*prof, "")
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			at, name, err := newOptions(e, p, *tmpl, *date, *clock)
			if err != nil {
				fmt.Fprintf(e.stderr, "minutes new: %v\n", err)
				return exitUsage
			}
			doc, err := templates.New(name, at, p)
			if err != nil {
				fmt.Fprintf(e.stderr, "minutes new: %v\n", err)
				return exitFail
			}
			e.stdout.Write(doc)
			return exitOK
		},
	})
}

// newOptions turns the flags of new into the meeting's date and time and
// the template name, with the defaults filled in.
func newOptions(e *env, p *profile.Profile, tmpl, date, clock string) (at when.When, name string, err error) {
	if date == "" {
		at = today(e)
	} else if at, err = when.ParseDate(date); err != nil {
		return at, "", fmt.Errorf("--date: %v", err)
	}
	c := p.Clock()
	if clock != "" {
		if c, err = when.ParseClock(clock); err != nil {
			return at, "", fmt.Errorf("--time: %v", err)
		}
		if c.Zone == "" {
			c.Zone = when.UTC
		}
	}
	name = tmpl
	if name == "" {
		name = p.Meeting.Template
	}
	if name == "" {
		name = templates.DefaultFor(p)
	}
	if _, own := p.Template(name); own {
		return at.WithClock(c), name, nil
	}
	if _, err := templates.Source(name); err != nil {
		if tmpl == "" {
			return at, "", fmt.Errorf("the profile's meeting.template: %v", err)
		}
		return at, "", fmt.Errorf("--template: %v", err)
	}
	return at.WithClock(c), name, nil
}

// today returns the current date in UTC, from e.now when a test set it.
func today(e *env) when.When {
	now := time.Now().UTC()
	if e.now != nil {
		if t, err := time.Parse(time.RFC3339, e.now()); err == nil {
			now = t.UTC()
		}
	}
	return when.FromTime(now).DateOnly()
}

// ProfileFile is the name of a group's profile beside its minutes: found
// in the folder of the file a command reads or in a folder above it, as
// .editorconfig is found.
const ProfileFile = ".minutes.yaml"

// profileFor returns the profile in file (--profile), else the first
// ProfileFile in the folder of near (a file or folder the command reads;
// "-" or "" is the working folder) or a folder above it, else the built-in
// one for standard input, a folder and files named as the built-in group
// names its minutes (cpansec-minutes-YYYY-MM-DD.md), else the generic
// profile, which knows no group's facts: another group's minutes are not
// checked against CPANSec's roster, front matter or meeting time.
func profileFor(file, near string) (*profile.Profile, error) {
	if file == "" {
		file = findProfile(near)
	}
	if file == "" && !builtinNames(near) {
		return profile.Generic(), nil
	}
	return loadProfile(file)
}

// builtinNames reports whether near is standard input, a folder, or a
// file named by the built-in profile's file name pattern.
func builtinNames(near string) bool {
	if near == "" || near == "-" {
		return true
	}
	if st, err := os.Stat(near); err == nil && st.IsDir() {
		return true
	}
	_, ok := publish.DateFromFileName(profile.Default(), near)
	return ok
}

// findProfile returns the nearest ProfileFile for near, or "".
func findProfile(near string) string {
	dir := "."
	if near != "" && near != "-" {
		dir = near
		if st, err := os.Stat(near); err != nil || !st.IsDir() {
			dir = filepath.Dir(near)
		}
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ProfileFile)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// loadProfile returns the built-in profile, or the one in file. Errors
// read FILE:LINE: message.
func loadProfile(file string) (*profile.Profile, error) {
	if file == "" {
		return profile.Default(), nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file", file)
		}
		return nil, fmt.Errorf("%s: %v", file, unwrapPath(err))
	}
	p, err := profile.Load(data)
	var pe *profile.Error
	switch {
	case errors.As(err, &pe) && pe.Line > 0:
		return nil, fmt.Errorf("%s:%d: %s", file, pe.Line, pe.Msg)
	case err != nil:
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return p, nil
}
