package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// corpusFiles returns real minutes (see internal/corpustest).
func corpusFiles(t *testing.T) []string { return corpustest.Files(t, "*.md") }

func writeTemp(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFmtIsIdentityOnCorpus(t *testing.T) {
	for _, f := range corpusFiles(t) {
		src, _ := os.ReadFile(f)
		code, out, errs := runCLI(t, "", "fmt", f)
		if code != exitOK || out != string(src) || errs != "" {
			t.Fatalf("%s: code %d, identical %v, stderr %q", f, code, out == string(src), errs)
		}
	}
}

func TestFmtFix(t *testing.T) {
	seeded := "---\nlayout: single\n---\n\n## Minutes\n\n- [] @sjn - broken box\n-\u00a0[x] @tux - nbsp before box\n- fine\u00a0text stays\n##\u00a0Heading\n"
	want := "---\nlayout: single\n---\n\n## Minutes\n\n- [ ] @sjn - broken box\n- [x] @tux - nbsp before box\n- fine\u00a0text stays\n## Heading\n"
	p := writeTemp(t, "m.md", seeded)
	code, out, errs := runCLI(t, "", "fmt", "--fix", p)
	if code != exitOK || out != want {
		t.Fatalf("code %d\n%q\nwant\n%q", code, out, want)
	}
	for _, line := range []string{p + ":7:3: fixed broken-box", p + ":8:2: fixed broken-box", p + ":10:3: fixed nbsp-heading"} {
		if !strings.Contains(errs, line) {
			t.Errorf("stderr lacks %q:\n%s", line, errs)
		}
	}
	// -w writes the fix back; the file then needs no more fixing.
	if code, _, _ := runCLI(t, "", "fmt", "--fix", "-w", p); code != exitOK {
		t.Fatal(code)
	}
	if got, _ := os.ReadFile(p); string(got) != want {
		t.Errorf("-w wrote %q", got)
	}
	if _, _, errs := runCLI(t, "", "fmt", "--fix", p); errs != "" {
		t.Errorf("second fix reports %q", errs)
	}
}

func TestFmtErrors(t *testing.T) {
	bin := writeTemp(t, "bin.md", "# x\n\x00\x01")
	latin := writeTemp(t, "latin.md", "# ok\nCaf\xe9\n")
	good := writeTemp(t, "good.md", "# fine\n")
	code, out, errs := runCLI(t, "", "fmt", bin, good, latin, "/nonexistent/x.md")
	if code != exitFail {
		t.Errorf("code %d, want %d", code, exitFail)
	}
	if out != "# fine\n" {
		t.Errorf("the good file was not printed: %q", out)
	}
	for _, want := range []string{bin + ":2: binary file", latin + ":2: not UTF-8", "/nonexistent/x.md: no such file"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if code, out, _ := runCLI(t, "- a\n", "fmt"); code != exitOK || out != "- a\n" {
		t.Errorf("stdin: %d %q", code, out)
	}
}

func TestJSON(t *testing.T) {
	p := writeTemp(t, "cpansec-minutes-2026-02-19.md", "---\nlayout: single\ntoc: true\nmeeting_time: 2026-02-19 16:00 UTC\ntitle: CPANSec bi-weekly minutes\n---\n\n## Attending\n\n- @sjn, @robrwo\n\n- Regrets @leont\n\n## Minutes\n\n- [ ] @sjn - guide\n  - [x] done part\n\n## Next meeting\n\n- Next meeting is Thursday 2026-03-05 @ 16:00 UTC\n")
	code, out, errs := runCLI(t, "", "json", p)
	if code != exitOK {
		t.Fatalf("code %d: %s", code, errs)
	}
	var j struct {
		FrontMatter map[string]string `json:"front_matter"`
		Date, Time  string
		People      map[string][]string
		Sections    []struct {
			Title string
			Level int
			Line  int
			Items []struct {
				Text    string
				Checked *bool
				Handles []string
				Items   []struct{ Checked *bool }
			}
		}
		Actions     []struct{ Owner, Text string }
		NextMeeting string `json:"next_meeting"`
	}
	if err := json.Unmarshal([]byte(out), &j); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "{\n  \"front_matter\": {\n    \"layout\": \"single\",\n    \"toc\": \"true\",\n    \"meeting_time\"") {
		t.Errorf("front matter not in file order:\n%s", out[:120])
	}
	if j.Date != "2026-02-19" || j.Time != "16:00 UTC" || j.NextMeeting != "2026-03-05 16:00 UTC" {
		t.Errorf("date %q time %q next %q", j.Date, j.Time, j.NextMeeting)
	}
	if strings.Join(j.People["attendees"], " ") != "@sjn @robrwo" || strings.Join(j.People["regrets"], " ") != "@leont" {
		t.Errorf("people %v", j.People)
	}
	m := j.Sections[1]
	if m.Title != "Minutes" || m.Level != 2 || m.Line != 14 || *m.Items[0].Checked || !*m.Items[0].Items[0].Checked || m.Items[0].Handles[0] != "@sjn" {
		t.Errorf("minutes section %+v", m)
	}
	if j.Sections[0].Items[0].Checked != nil {
		t.Error("an item without a box must have checked: null")
	}
	if len(j.Actions) != 1 || j.Actions[0].Owner != "@sjn" {
		t.Errorf("actions %+v", j.Actions)
	}
	if code, _, errs := runCLI(t, "", "json"); code != exitUsage || !strings.Contains(errs, "usage") {
		t.Errorf("no file: %d %q", code, errs)
	}
}
