package main

import (
	"bytes"
	"strings"
	"testing"
)

// runCLI runs the command line in args and returns status, stdout, stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, now: func() string { return "2026-11-22T12:00:00Z" }}
	code := run(e, args)
	return code, out.String(), errb.String()
}

func TestUsage(t *testing.T) {
	if code, _, stderr := runCLI(t, ""); code != exitUsage || !strings.Contains(stderr, "Usage: minutes COMMAND") {
		t.Errorf("no args: code %d stderr %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "frobnicate"); code != exitUsage || !strings.Contains(stderr, `unknown command "frobnicate"`) {
		t.Errorf("unknown: code %d stderr %q", code, stderr)
	}
	if code, stdout, _ := runCLI(t, "", "help"); code != exitOK || !strings.Contains(stdout, "Commands:") {
		t.Errorf("help: code %d stdout %q", code, stdout)
	}
}

func TestEveryCommandHasHelpAndExample(t *testing.T) {
	for name, c := range commands {
		t.Run(name, func(t *testing.T) {
			code, stdout, _ := runCLI(t, "", name, "-h")
			if code != exitOK || !strings.Contains(stdout, "usage: minutes "+name) || !strings.Contains(stdout, "Example:") {
				t.Errorf("%s -h: code %d\n%s", name, code, stdout)
			}
			if c.summary == "" || c.example == "" {
				t.Errorf("%s lacks a summary or an example", name)
			}
		})
	}
}
