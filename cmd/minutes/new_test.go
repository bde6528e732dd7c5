package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

func TestNewDefaults(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "new")
	if code != exitOK || stderr != "" {
		t.Fatalf("minutes new: code %d, stderr %q", code, stderr)
	}
	// runCLI fixes now at 2026-11-22T12:00:00Z; the profile meets at 16:00 UTC.
	want, err := templates.New("2026-compact", when.At(2026, time.November, 22, 16, 0), profile.Default())
	if err != nil {
		t.Fatal(err)
	}
	if stdout != string(want) {
		t.Errorf("minutes new printed\n%s\nwant\n%s", stdout, want)
	}
	if !strings.Contains(stdout, "meeting_time: 2026-11-22 16:00 UTC") || !strings.Contains(stdout, "- Sunday 2026-11-22 @ 16:00 UTC.") {
		t.Errorf("not today's date at the usual time:\n%s", stdout)
	}
}

func TestNewFlags(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--template", "2024-timed", "--date", "2025-06-18", "--time", "17:00"},
			[]string{"meeting_time: 2025-06-18 17:00 UTC", "title: Minutes 2025-06-18", "## 16:30 UTC – Pre-meeting socializing", "## 17:00 UTC – Meeting start", "Next meeting is Wednesday 2025-07-02 @ 17:00 UTC"}},
		{[]string{"--date=2024-01-06", "--time=12:00", "--template=2024-early"},
			[]string{"layout: page", "Meeting was on Saturday January 6th, 2024, at 12:00 UTC"}},
		{[]string{"--template", "2025-projects", "--time", "9:30 CET", "--date", "2025-03-26"},
			[]string{"meeting_time: 2025-03-26 09:30 CET", "### [Security Patch Tooling](https://github.com/orgs/CPAN-Security/projects/11/views/2)"}},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCLI(t, "", append([]string{"new"}, tt.args...)...)
		if code != exitOK || stderr != "" {
			t.Errorf("new %v: code %d, stderr %q", tt.args, code, stderr)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(stdout, w) {
				t.Errorf("new %v: output lacks %q", tt.args, w)
			}
		}
		if strings.Contains(stdout, "FIXME") {
			t.Errorf("new %v left a FIXME", tt.args)
		}
	}
}

func TestNewUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"--date", "2025-13-01"}, "--date"},
		{[]string{"--date", "18/06/2025"}, "want YYYY-MM-DD"},
		{[]string{"--time", "teatime"}, "--time"},
		{[]string{"--template", "1999-ancient"}, "2026-compact"},
		{[]string{"extra"}, `unexpected argument "extra"`},
		{[]string{"--colour", "blue"}, "flag provided but not defined"},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCLI(t, "", append([]string{"new"}, tt.args...)...)
		if code != exitUsage || stdout != "" || !strings.Contains(stderr, tt.msg) {
			t.Errorf("new %v: code %d, stdout %q, stderr %q; want usage error with %q", tt.args, code, stdout, stderr, tt.msg)
		}
	}
}

func TestNewProfile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "pts.yaml")
	os.WriteFile(good, []byte(`name: pts
group: PTS
site: {repository: example/pts, folder: notes, file_name: pts-YYYY-MM-DD.md}
meeting: {time: "18:30", cadence_days: 7, location: "#pts on IRC", template: 2025-projects}
boards: [{name: Venue, url: "https://github.com/orgs/example/projects/1"}]
roster: [{handle: "@alice"}]
`), 0o644)
	code, stdout, stderr := runCLI(t, "", "new", "--profile", good, "--date", "2026-04-30")
	if code != exitOK || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	for _, w := range []string{"title: PTS bi-weekly minutes", "meeting_time: 2026-04-30 18:30 UTC", "### [Venue](https://github.com/orgs/example/projects/1)", "Next meeting is Thursday 2026-05-07 @ 18:30 UTC in #pts on IRC"} {
		if !strings.Contains(stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, stdout)
		}
	}

	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nsite:\n  repository: nope\n  file_name: x-YYYY-MM-DD.md\n"), 0o644)
	code, _, stderr = runCLI(t, "", "new", "--profile", bad)
	if code != exitFail || !strings.HasPrefix(stderr, bad+":3: ") || !strings.Contains(stderr, "OWNER/NAME") {
		t.Errorf("bad profile: code %d, stderr %q; want %s:3: …", code, stderr, bad)
	}
	missing := filepath.Join(dir, "missing.yaml")
	code, _, stderr = runCLI(t, "", "new", "--profile", missing)
	if code != exitFail || stderr != missing+": no such file\n" {
		t.Errorf("missing profile: code %d, stderr %q", code, stderr)
	}
	noTemplate := filepath.Join(dir, "nt.yaml")
	os.WriteFile(noTemplate, []byte("name: x\nsite: {repository: o/r, file_name: x-YYYY-MM-DD.md}\nmeeting: {template: fancy}\n"), 0o644)
	code, _, stderr = runCLI(t, "", "new", "--profile", noTemplate)
	if code != exitUsage || !strings.Contains(stderr, "meeting.template") {
		t.Errorf("profile with unknown template: code %d, stderr %q", code, stderr)
	}
}

func TestNewWithoutClock(t *testing.T) {
	// The real main leaves env.now unset: today falls back to the clock.
	e := &env{}
	got := today(e)
	if now := time.Now().UTC(); got.DateString() != now.Format("2006-01-02") && got.DateString() != now.Add(-time.Minute).Format("2006-01-02") {
		t.Errorf("today() = %s, now %s", got, now)
	}
}

func TestTemplatesCommand(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "templates")
	if code != exitOK || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != len(templates.List()) {
		t.Fatalf("%d lines for %d templates:\n%s", len(lines), len(templates.List()), stdout)
	}
	for i, info := range templates.List() {
		if !strings.HasPrefix(lines[i], info.Name+" ") || strings.HasSuffix(lines[i], "(default)") != info.Default {
			t.Errorf("line %q does not describe %s (default %v)", lines[i], info.Name, info.Default)
		}
	}
	if code, _, _ := runCLI(t, "", "templates", "extra"); code != exitUsage {
		t.Errorf("templates extra: code %d", code)
	}
}
