package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const lintHead = "---\nlayout: single\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n"

func TestLint(t *testing.T) {
	clean := lintHead + "- [ ] @sjn - CVE workflow\n- Next meeting: 2025-04-09 17:00 UTC\n"
	warnings := lintHead + "- @stigstp - see https://example.org\n- Next meeting: 2025-04-09 17:00 UTC\n"
	broken := lintHead + "- []\u00a0@sjn - CVE workflow\n- Next meeting: 2025-04-09 17:00 UTC\n"
	tests := []struct {
		name, content string
		args          []string
		code          int
		stdout        []string // lines, in order, with FILE for the path
	}{
		{"clean", clean, nil, exitOK, nil},
		{"warnings only", warnings, nil, exitOK, []string{
			"FILE:6:3: unknown-handle: @stigstp is not a handle on the roster: the roster writes this person as @stigtsp; use that",
			"FILE:6:18: bare-url: bare URL: the website shows it as plain text, not a link; write it as <https://example.org>",
		}},
		{"an error", broken, nil, exitFail, []string{
			`FILE:6:3: broken-box: "[]" is not a task box: the website and GitHub show it as text, not a checkbox; write "[ ]"`,
		}},
		{"a name added", lintHead + "- @newcomer, @other - hello\n- Next meeting: 2025-04-09 17:00 UTC\n",
			[]string{"--name", "@newcomer,other"}, exitOK, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeTemp(t, "cpansec-minutes-2025-03-26.md", tt.content)
			code, stdout, stderr := runCLI(t, "", append(append([]string{"lint"}, tt.args...), path)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, stderr)
			}
			want := ""
			for _, l := range tt.stdout {
				want += strings.ReplaceAll(l, "FILE", path) + "\n"
			}
			if stdout != want {
				t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
			}
			if len(tt.stdout) > 0 && !strings.Contains(stderr, path+": ") {
				t.Errorf("no summary on stderr: %q", stderr)
			}
		})
	}
}

func TestLintFix(t *testing.T) {
	src := lintHead + "- []\u00a0@sjn - CVE workflow\n- \n- @someone - see https://example.org\n- Next meeting: 2025-04-09 17:00 UTC\n"
	path := writeTemp(t, "cpansec-minutes-2025-03-26.md", src)
	code, stdout, _ := runCLI(t, "", "lint", "--fix", path)
	if code != exitOK {
		t.Errorf("exit %d after fixing every error", code)
	}
	want := path + `:6:3: fixed broken-box: "[]" is not a task box: the website and GitHub show it as text, not a checkbox; write "[ ]"` + "\n" +
		path + ":7:1: fixed empty-item: empty list item: the website shows an empty bullet; write its text, or remove the line\n" +
		path + ":8:18: fixed bare-url: bare URL: the website shows it as plain text, not a link; write it as <https://example.org>\n" +
		path + ":7:3: unknown-handle: @someone is not on the roster: check the spelling, or add the name to the roster if it is right\n"
	if stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", stdout, want)
	}
	got, _ := os.ReadFile(path)
	wantSrc := lintHead + "- [ ] @sjn - CVE workflow\n- @someone - see <https://example.org>\n- Next meeting: 2025-04-09 17:00 UTC\n"
	if string(got) != wantSrc {
		t.Errorf("file after --fix:\n%s\nwant:\n%s", got, wantSrc)
	}
	// A second run has nothing to fix and leaves the file alone.
	if _, stdout, _ := runCLI(t, "", "lint", "--fix", path); strings.Contains(stdout, "fixed") {
		t.Errorf("second --fix fixed again:\n%s", stdout)
	}
}

func TestLintFixStdin(t *testing.T) {
	src := lintHead + "-\u00a0item\n- Next meeting: 2025-04-09 17:00 UTC\n"
	code, stdout, stderr := runCLI(t, src, "lint", "--fix", "-")
	if code != exitOK {
		t.Errorf("exit %d", code)
	}
	if want := lintHead + "- item\n- Next meeting: 2025-04-09 17:00 UTC\n"; stdout != want {
		t.Errorf("stdout %q, want the fixed text %q", stdout, want)
	}
	if !strings.Contains(stderr, "-:6:2: fixed nbsp-marker:") {
		t.Errorf("stderr %q lacks the fix report", stderr)
	}
}

func TestLintFiles(t *testing.T) {
	good := writeTemp(t, "cpansec-minutes-2025-03-26.md", lintHead+"- Next meeting: 2025-04-09 17:00 UTC\n")
	bad := writeTemp(t, "cpansec-minutes-2025-03-27.md", lintHead+"- Next meeting: 2025-04-09 17:00 UTC\n")
	code, stdout, stderr := runCLI(t, "", "lint", good, filepath.Join(t.TempDir(), "missing.md"), bad)
	if code != exitFail {
		t.Errorf("exit %d, want 1 (a missing file, a date mismatch)", code)
	}
	if !strings.Contains(stderr, "missing.md: no such file") {
		t.Errorf("stderr %q", stderr)
	}
	if !strings.HasPrefix(stdout, bad+":3:15: date-mismatch: meeting_time says 2025-03-26, but the file name says 2025-03-27") || strings.Contains(stdout, good) {
		t.Errorf("stdout %q", stdout)
	}
}

func TestLintProfile(t *testing.T) {
	prof := writeTemp(t, "small.yaml", "name: small\nsite:\n  repository: example/site\n  file_name: small-YYYY-MM-DD.md\n"+
		"meeting:\n  time: \"18:30 UTC\"\n  cadence_days: 7\nroster:\n  - handle: \"@alice\"\n")
	doc := writeTemp(t, "small-2025-03-26.md", lintHead+"- @alice and @alicx\n- Next meeting: 2025-04-02 18:30 UTC\n")
	code, stdout, _ := runCLI(t, "", "lint", "--profile", prof, doc)
	if code != exitOK || stdout != doc+":6:14: unknown-handle: @alicx is not on the roster: did you mean @alice?\n" {
		t.Errorf("exit %d, stdout %q", code, stdout)
	}
	badProf := writeTemp(t, "bad.yaml", "name: bad\nsite:\n  repository: nope\n")
	code, _, stderr := runCLI(t, "", "lint", "--profile", badProf, doc)
	if code != exitFail || !strings.HasPrefix(stderr, badProf+":3: ") {
		t.Errorf("bad profile: exit %d, stderr %q", code, stderr)
	}
}

func TestLintHelpListsRules(t *testing.T) {
	_, stdout, _ := runCLI(t, "", "lint", "-h")
	for _, r := range []string{"broken-box", "bare-url", "unknown-handle", "--fix", "--name"} {
		if !strings.Contains(stdout, r) {
			t.Errorf("lint -h lacks %q", r)
		}
	}
}
