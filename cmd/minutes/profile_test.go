package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/internal/corpustest"
)

// TestEveryCommandTakesProfile: each command declares --profile.
func TestEveryCommandTakesProfile(t *testing.T) {
	for name, c := range commands {
		fs := flag.NewFlagSet(name, flag.ContinueOnError)
		if c.setup != nil {
			c.setup(fs)
		}
		if fs.Lookup("profile") == nil {
			t.Errorf("minutes %s has no --profile", name)
		}
		if !strings.Contains(c.args, "--profile FILE") {
			t.Errorf("minutes %s: synopsis %q does not name --profile", name, c.args)
		}
	}
}

// TestProfileCommand learns Node.js TSC's profile from its two files,
// saves it, and uses it: new minutes with its template, its templates
// listed, GitHub's rendering for html, fmt accepting it.
func TestProfileCommand(t *testing.T) {
	dir := corpustest.File(t, "../corpus-others/nodejs+TSC")
	code, out, stderr := runCLI(t, "", "profile", "--repository", "nodejs/TSC", dir)
	if code != exitOK {
		t.Fatalf("profile: %d %s", code, stderr)
	}
	for _, want := range []string{"repository: nodejs/TSC\n", "file_name: meetings_YYYY-MM-DD.md\n", "attendees: [Present]\n", "renderer: github\n", "- {handle: \"@mhdawson\", name: Michael Dawson}\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("profile lacks %q:\n%s", want, out)
		}
	}
	file := filepath.Join(t.TempDir(), ".minutes.yaml")
	if err := os.WriteFile(file, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := profile.Load([]byte(out)); err != nil {
		t.Fatalf("printed profile does not load: %v", err)
	}
	code, doc, stderr := runCLI(t, "", "new", "--profile", file, "--date", "2026-03-04")
	if code != exitOK || !strings.HasPrefix(doc, "# Node.js Technical Steering Committee (TSC) Meeting 2026-03-04\n\n## Links\n") || !strings.Contains(doc, "## Present\n\n* …\n") {
		t.Errorf("new: %d %s\n%s", code, stderr, doc)
	}
	if code, list, _ := runCLI(t, "", "templates", "--profile", file); code != exitOK || !strings.HasPrefix(list, "learned ") || strings.Contains(list, "2026-compact") {
		t.Errorf("templates: %d\n%s", code, list)
	}
	md := filepath.Join(filepath.Dir(file), "2026-03-04.md")
	if err := os.WriteFile(md, []byte("---\ntitle: x\n---\n\n# Meeting\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The .minutes.yaml beside the file is found: GitHub shows front
	// matter as a table, Jekyll does not show it.
	if code, html, stderr := runCLI(t, "", "html", md); code != exitOK || !strings.Contains(html, "<table") {
		t.Errorf("html with a GitHub-read profile: %d %s\n%s", code, stderr, html)
	}
	cpansec := filepath.Join(t.TempDir(), "cpansec.yaml")
	if err := os.WriteFile(cpansec, profile.Default().YAML(), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, html, _ := runCLI(t, "", "html", "--profile", cpansec, md); code != exitOK || strings.Contains(html, "<table") {
		t.Errorf("html with the Jekyll profile: %d\n%s", code, html)
	}
	if code, _, stderr := runCLI(t, "", "fmt", "--profile", file, md); code != exitOK {
		t.Errorf("fmt --profile: %d %s", code, stderr)
	}
	bad := filepath.Join(filepath.Dir(file), "bad.yaml")
	os.WriteFile(bad, []byte("name: x\nsite: {repository: nope}\n"), 0o644)
	if code, _, stderr := runCLI(t, "", "fmt", "--profile", bad, md); code != exitFail || !strings.Contains(stderr, "bad.yaml:2:") {
		t.Errorf("fmt with a broken profile: %d %q", code, stderr)
	}
}

// TestProfileSiteFromGit: the repository comes from the Git remote, the
// folder from where the minutes sit in it, Jekyll from a _config.yml and
// with it the remote's GitHub Pages site.
func TestProfileSiteFromGit(t *testing.T) {
	root := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(root, ".git"), 0o755))
	must(os.WriteFile(filepath.Join(root, ".git", "config"), []byte("[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/other/fork.git\n[remote \"origin\"]\n\turl = git@github.com:example-org/site.git\n"), 0o644))
	must(os.WriteFile(filepath.Join(root, "_config.yml"), []byte("title: x\n"), 0o644))
	dir := filepath.Join(root, "docs", "meetings")
	must(os.MkdirAll(filepath.Join(dir, "2025"), 0o755))
	for _, day := range []string{"2025-01-08", "2025-01-22"} {
		must(os.WriteFile(filepath.Join(dir, "2025", day+".md"), []byte("# Sync "+day+"\n\n## Present\n\n- @a\n"), 0o644))
	}
	must(os.WriteFile(filepath.Join(dir, "README.md"), []byte("- [2025-01-08](2025/2025-01-08.md)\n- [2025-01-22](2025/2025-01-22.md)\n"), 0o644))
	code, out, stderr := runCLI(t, "", "profile", dir)
	if code != exitOK {
		t.Fatalf("%d %s", code, stderr)
	}
	for _, want := range []string{"repository: example-org/site\n", "folder: docs/meetings\n", "file_name: YYYY/YYYY-MM-DD.md\n", "renderer: jekyll\n", "url: https://example-org.github.io/site\n", "cadence_days: 14\n",
		"index_file: docs/meetings/README.md\n", `index_line: "- [YYYY-MM-DD](YYYY/YYYY-MM-DD.md)"`} {
		if !strings.Contains(out, want) {
			t.Errorf("lacks %q:\n%s", want, out)
		}
	}
	if code, _, stderr := runCLI(t, "", "profile", t.TempDir()); code != exitFail || !strings.Contains(stderr, "no minutes") {
		t.Errorf("empty folder: %d %q", code, stderr)
	}
}
