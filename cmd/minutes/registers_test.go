package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
	"gopkg.in/yaml.v3"
)

// registersFolder writes a small minutes folder: an item carried and
// checked, an alias, a regrets-only meeting, a decision and a template.
func registersFolder(t *testing.T) string {
	dir := t.TempDir()
	files := map[string]string{
		"cpansec-minutes-2025-01-08.md": "## Attendance\n\n- Attendees: @sjn, @rrwo\n- Regrets: @leont\n\n## Items\n\n- [ ] @tux XML::LibXML touches CVE issues\n- Decision: meet every four weeks\n- Vote on the charter: 4 for, 1 against\n",
		"cpansec-minutes-2025-01-22.md": "## Attendance\n\n- Regrets: @sjn\n\n## Items\n\n- [x] @tux - XML::LibXML touches CVE issues\n- [ ] @robrwo - policy | draft\n",
		"minutes-template.md":           "- Attendees: @FIXME\n- [ ] @FIXME - topic\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRegistersJSON(t *testing.T) {
	dir := registersFolder(t)
	code, stdout, stderr := runCLI(t, "", "registers", "--json", dir)
	if code != exitOK || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	var got struct {
		Attendance []map[string]any `json:"attendance"`
		People     []map[string]any `json:"people"`
		Actions    []map[string]any `json:"actions"`
		Decisions  []map[string]any `json:"decisions"`
	}
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if len(got.Attendance) != 2 {
		t.Fatalf("attendance %v", got.Attendance)
	}
	for _, k := range []string{"date", "attendees", "regrets", "absent", "chair", "scribe"} {
		if _, ok := got.Attendance[0][k]; !ok {
			t.Errorf("attendance lacks %q: %v", k, got.Attendance[0])
		}
	}
	if a := got.Attendance[1]; a["date"] != "2025-01-22" || len(a["attendees"].([]any)) != 0 || a["regrets"].([]any)[0] != "@sjn" {
		t.Errorf("regrets-only meeting: %v", a)
	}
	if len(got.Actions) != 2 {
		t.Fatalf("actions %v", got.Actions)
	}
	x := got.Actions[0]
	want := map[string]any{"first": "2025-01-08", "last": "2025-01-22", "done": "2025-01-22", "meetings": 2.0,
		"file": filepath.Join(dir, "cpansec-minutes-2025-01-22.md"), "line": 7.0, "owners": []any{"@tux"}}
	for k, v := range want {
		if !reflect.DeepEqual(x[k], v) {
			t.Errorf("action %s = %v, want %v", k, x[k], v)
		}
	}
	if y := got.Actions[1]; y["done"] != nil || y["text"] != "@robrwo - policy | draft" {
		t.Errorf("open action: %v", y)
	}
	if len(got.People) != 3 || got.People[1]["handle"] != "@robrwo" || got.People[1]["spellings"].([]any)[0] != "@rrwo" {
		t.Errorf("people %v", got.People)
	}
	if len(got.Decisions) != 2 || got.Decisions[0]["text"] != "Decision: meet every four weeks" || got.Decisions[0]["line"] != 9.0 || got.Decisions[0]["votes"] != nil {
		t.Errorf("decisions %v", got.Decisions)
	}
	wantVotes := map[string]any{"for": 4.0, "against": 1.0, "abstain": 0.0, "text": "4 for, 1 against"}
	if len(got.Decisions) == 2 && !reflect.DeepEqual(got.Decisions[1]["votes"], wantVotes) {
		t.Errorf("votes %v, want %v", got.Decisions[1]["votes"], wantVotes)
	}
}

func TestRegistersYAMLIsJSON(t *testing.T) {
	dir := registersFolder(t)
	_, js, _ := runCLI(t, "", "registers", "--json", dir)
	code, ys, stderr := runCLI(t, "", "registers", dir, "--yaml")
	if code != exitOK {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	var fromJSON, fromYAML any
	if err := json.Unmarshal([]byte(js), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal([]byte(ys), &fromYAML); err != nil {
		t.Fatalf("%v\n%s", err, ys)
	}
	// YAML reads numbers as int; JSON as float64.
	b, _ := json.Marshal(fromYAML)
	var yamlAsJSON any
	json.Unmarshal(b, &yamlAsJSON)
	if !reflect.DeepEqual(fromJSON, yamlAsJSON) {
		t.Errorf("YAML differs from JSON:\n%s", ys)
	}
}

func TestRegistersMarkdown(t *testing.T) {
	dir := registersFolder(t)
	code, md, _ := runCLI(t, "", "registers", dir)
	_, md2, _ := runCLI(t, "", "registers", "--md", dir)
	if code != exitOK || md != md2 {
		t.Fatalf("code %d; default and --md differ:\n%s\n---\n%s", code, md, md2)
	}
	for _, want := range []string{
		"| @robrwo - policy \\| draft | @robrwo | [2025-01-22](cpansec-minutes-2025-01-22.md) |",
		"## Done items",
		"- [2025-01-08](cpansec-minutes-2025-01-08.md): Decision: meet every four weeks",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q in\n%s", want, md)
		}
	}
}

func TestRegistersErrors(t *testing.T) {
	dir := registersFolder(t)
	for _, args := range [][]string{{"registers"}, {"registers", "--json", "--yaml", dir}} {
		if code, _, _ := runCLI(t, "", args...); code != exitUsage {
			t.Errorf("%v: code %d, want usage", args, code)
		}
	}
	if code, _, stderr := runCLI(t, "", "registers", filepath.Join(dir, "nope")); code != exitFail || !strings.Contains(stderr, "no such file") {
		t.Errorf("missing dir: code %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "registers", t.TempDir()); code != exitFail || !strings.Contains(stderr, "no minutes named like cpansec-minutes-YYYY-MM-DD.md") {
		t.Errorf("empty dir: code %d %q", code, stderr)
	}
}

// TestRegistersCorpus reads the real history: the example item
// ends at a line of its file that holds it, checked.
func TestRegistersCorpus(t *testing.T) {
	corpustest.Files(t, "cpansec-minutes-*.md")
	code, stdout, stderr := runCLI(t, "", "registers", "--json", corpustest.Dir())
	if code != exitOK {
		t.Fatalf("code %d %s", code, stderr)
	}
	var got registersDoc
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatal(err)
	}
	for _, a := range got.Actions {
		if strings.Contains(a.Text, "XML::LibXML touches CVE") {
			src, err := os.ReadFile(a.File)
			if err != nil {
				t.Fatal(err)
			}
			line := strings.Split(string(src), "\n")[a.Line-1]
			if !strings.Contains(line, "[x] @tux - XML::LibXML") || a.Done == nil || *a.Done != a.Last {
				t.Errorf("%+v at %q", a, line)
			}
			return
		}
	}
	t.Error("no XML::LibXML item")
}
