package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const nextMinutes = `---
layout: single
meeting_time: 2025-03-12 17:00 UTC
title: CPANSec bi-weekly minutes
---

## Agenda & Meeting Details 2025-03-12
- 2025-03-12 17:00 UTC on #cpansec-discussion on Matrix

### Attendees, absents & regrets
-   Attendees
    * @sjn, @tux
-   Regrets
    * @leont

### Approve previous meeting minutes
-   Previous meeting minutes was approved by @robrwo and merged by @sjn

## Agenda
- [x] @sjn - done thing
    - [ ] @tux - follow-up
- [ ] @robrwo - open thing

## Next meeting date, time and location
- Next meeting is Wednesday 2025-03-26 @ 17:00UTC in #cpansec-discussion on Matrix
`

func TestNextStdout(t *testing.T) {
	code, stdout, stderr := runCLI(t, nextMinutes, "next", "-")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"meeting_time: 2025-03-26 17:00 UTC\n",
		"## Agenda & Meeting Details 2025-03-26\n- 2025-03-26 17:00 UTC on",
		"-   Attendees\n-   Regrets\n",
		"-   Previous meeting minutes (2025-03-12) to be approved\n",
		"## Agenda\n- [ ] @robrwo - open thing\n",
		"- Next meeting is Wednesday 2025-04-09 @ 17:00UTC",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("agenda lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout, "[x]") || strings.Contains(stdout, "follow-up") {
		t.Errorf("checked item or its sub-item kept:\n%s", stdout)
	}
	for _, want := range []string{
		"next meeting: Wednesday 2025-03-26 17:00 UTC (the minutes' next-meeting line 25)",
		"dropped 1 checked item with its sub-items, 1 open sub-item among them (minutes line 20 (1 open))",
		"line 11: attendees: cleared @sjn, @tux",
		"save it as cpansec-minutes-2025-03-26.md",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("report lacks %q:\n%s", want, stderr)
		}
	}
}

func TestNextFlags(t *testing.T) {
	code, stdout, stderr := runCLI(t, nextMinutes, "next", "-", "--date", "2025-04-02", "--time", "16:00")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "meeting_time: 2025-04-02 16:00 UTC") || !strings.Contains(stdout, "Next meeting is Wednesday 2025-04-16 @ 16:00UTC") {
		t.Errorf("--date/--time not applied:\n%s", stdout)
	}
	for _, args := range [][]string{{"next", "-", "--date", "2025-13-01"}, {"next", "-", "--time", "25:00"}, {"next"}, {"next", "a.md", "b.md"}} {
		if code, _, stderr := runCLI(t, nextMinutes, args...); code != exitUsage || stderr == "" {
			t.Errorf("%v: code %d, stderr %q", args, code, stderr)
		}
	}
}

func TestNextErrors(t *testing.T) {
	code, _, stderr := runCLI(t, "## Agenda\n- [ ] something\n", "next", "-")
	if code != exitFail || !strings.Contains(stderr, "-: the minutes give neither") || !strings.Contains(stderr, "--date") {
		t.Errorf("no date: code %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "", "next", filepath.Join(t.TempDir(), "missing.md"))
	if code != exitFail || !strings.Contains(stderr, "missing.md: no such file") {
		t.Errorf("missing file: code %d, stderr %q", code, stderr)
	}
	code, _, stderr = runCLI(t, "a\x00b", "next", "-")
	if code != exitFail || !strings.HasPrefix(stderr, "-:") {
		t.Errorf("binary input: code %d, stderr %q", code, stderr)
	}
}

func TestNextOutput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "cpansec-minutes-2025-03-12.md")
	if err := os.WriteFile(in, []byte(nextMinutes), 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory gets the group's file name.
	code, stdout, stderr := runCLI(t, "", "next", in, "-o", dir)
	want := filepath.Join(dir, "cpansec-minutes-2025-03-26.md")
	if code != exitOK || stdout != "" || !strings.Contains(stderr, "wrote "+want) {
		t.Fatalf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	first, err := os.ReadFile(want)
	if err != nil || !strings.Contains(string(first), "meeting_time: 2025-03-26 17:00 UTC") {
		t.Fatalf("%s: %v\n%s", want, err, first)
	}
	// An existing file is kept unless -f.
	if err := os.WriteFile(want, []byte("the scribe's edits\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "", "next", in, "-o", want)
	if code != exitFail || !strings.Contains(stderr, "already exists (use -f to overwrite it)") {
		t.Errorf("overwrite without -f: code %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(want); string(b) != "the scribe's edits\n" {
		t.Errorf("file overwritten without -f: %q", b)
	}
	if code, _, stderr = runCLI(t, "", "next", in, "-o", want, "-f"); code != exitOK {
		t.Errorf("-f: code %d, stderr %q", code, stderr)
	}
	if b, _ := os.ReadFile(want); string(b) != string(first) {
		t.Errorf("-f did not write the agenda:\n%s", b)
	}
}

// TestNextCorpus runs next on real minutes and checks, from outside, what
// a new user would: no checked item survives, every open one not under a
// checked item does, the date comes from the next-meeting line, and
// attendance is cleared.
func TestNextCorpus(t *testing.T) {
	files := corpusFiles(t)
	path := filepath.Join(filepath.Dir(files[0]), "cpansec-minutes-2025-03-26@e8aa679.md")
	code, stdout, stderr := runCLI(t, "", "next", path)
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "meeting_time: 2025-04-09 17:00 UTC") || !strings.Contains(stderr, "next-meeting line") {
		t.Errorf("date not taken from the next-meeting line:\n%s", stderr)
	}
	if strings.Contains(stdout, "- [x]") || strings.Contains(stdout, "- [X]") {
		t.Error("a checked item survived")
	}
	code, js, _ := runCLI(t, stdout, "json", "-")
	if code != exitOK || !strings.Contains(js, `"attendees": []`) || !strings.Contains(js, `"regrets": []`) {
		t.Errorf("attendance not cleared: %s", js)
	}
}

// TestNextRegisters makes the agenda after the 2025-06-18 minutes with the
// corpus as the registers: items carried for six meetings or more are
// marked with their count (three checked by hand: each is in the minutes
// of 2025-02-19 to 2025-06-18, eight meetings), others are not.
func TestNextRegisters(t *testing.T) {
	files := corpusFiles(t)
	dir := filepath.Dir(files[0])
	code, stdout, stderr := runCLI(t, "", "next", "--registers", dir, filepath.Join(dir, "cpansec-minutes-2025-06-18@8faf856.md"))
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	for _, want := range []string{
		"- [ ] @stigtsp - Minimal (TLDR) version of policy wanted (carried 8 meetings)\n",
		"- [ ] @tux - Team document template wanted; Help needed (carried 8 meetings)\n",
		"- [ ] @sjn - Explore options with Ovid's company (carried 8 meetings)\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("agenda lacks %q", want)
		}
	}
	if !strings.Contains(stderr, `stale: added " (carried 8 meetings)"`) {
		t.Errorf("the report does not say what was marked:\n%s", stderr)
	}
	for _, line := range strings.Split(stdout, "\n") {
		if strings.Contains(line, "(carried") && !strings.HasPrefix(strings.TrimSpace(line), "- [ ]") {
			t.Errorf("a mark on a line that is not an open item: %q", line)
		}
	}
	code, _, stderr = runCLI(t, "", "next", "--registers", t.TempDir(), filepath.Join(dir, "cpansec-minutes-2025-06-18@8faf856.md"))
	if code != exitFail || !strings.Contains(stderr, "no minutes named like") {
		t.Errorf("an empty registers folder: code %d, %q", code, stderr)
	}
}
