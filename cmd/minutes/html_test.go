package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const htmlFixture = `---
layout: single
toc: true
meeting_time: 2025-06-18 16:00 UTC
title: CPANSec bi-weekly minutes
---

## Agenda

- {{ page.meeting_time | date_to_string: "ordinal", "US" }} at {{ page.meeting_time | date: "%H:%M %Z" }}
- [ ] @sjn - open item https://example.com
- [x] @tux - done <script>alert(1)</script>

## Agenda
`

func TestHTMLBody(t *testing.T) {
	p := writeTemp(t, "m.md", htmlFixture)
	code, out, errs := runCLI(t, "", "html", p)
	if code != exitOK || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		`<h2 id="agenda">Agenda</h2>`,
		`<h2 id="agenda-1">Agenda</h2>`,
		"Jun 18th, 2025 at 16:00 UTC",
		`<li class="task-list-item"><input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />@sjn - open item https://example.com</li>`,
		`checked="checked" />@tux - done &lt;script&gt;alert(1)&lt;/script&gt;</li>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<script") || strings.Contains(out, "page__title") {
		t.Errorf("body output has a script or a page title:\n%s", out)
	}
}

func TestHTMLPageAndGitHub(t *testing.T) {
	p := writeTemp(t, "m.md", htmlFixture)
	code, out, _ := runCLI(t, "", "html", "--page", p)
	if code != exitOK || !strings.Contains(out, `<h1 id="page-title" class="page__title">CPANSec bi-weekly minutes</h1>`) ||
		!strings.Contains(out, `<a href="#agenda-1">Agenda</a>`) {
		t.Errorf("--page: code %d\n%s", code, out)
	}
	// Flags may follow the file.
	code, out, _ = runCLI(t, "", "html", p, "--github")
	for _, want := range []string{"<th>meeting_time</th>", `<a href="https://example.com">https://example.com</a>`, "{{ page.meeting_time"} {
		if code != exitOK || !strings.Contains(out, want) {
			t.Errorf("--github: code %d, output lacks %q:\n%s", code, want, out)
		}
	}
}

func TestHTMLStdinAndFrontMatterNotice(t *testing.T) {
	code, out, errs := runCLI(t, "\ufeff---\ntitle: x\n---\n# Hi\n", "html", "-")
	if code != exitOK || !strings.Contains(out, `<h1 id="hi">Hi</h1>`) || !strings.HasPrefix(errs, "-:1: a byte-order mark") {
		t.Errorf("code %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestHTMLBuildFailure(t *testing.T) {
	p := writeTemp(t, "m.md", "# Minutes\n\n{% frobnicate %}\n")
	code, out, errs := runCLI(t, "", "html", p)
	if code != exitFail || !strings.Contains(errs, p+":3: unknown Liquid tag \"frobnicate\": the site's build fails here") {
		t.Errorf("code %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "{% frobnicate %}") {
		t.Errorf("the page is still printed, with the tag as text: %q", out)
	}
}

func TestHTMLErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"html"}, exitUsage, "usage: minutes html"},
		{[]string{"html", "a.md", "b.md"}, exitUsage, "usage: minutes html"},
		{[]string{"html", "--bogus", "a.md"}, exitUsage, "flag provided but not defined"},
		{[]string{"html", "/nonexistent/x.md"}, exitFail, "/nonexistent/x.md: no such file"},
	} {
		code, _, errs := runCLI(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.err) {
			t.Errorf("%v: code %d, stderr %q; want %d, %q", tc.args, code, errs, tc.code, tc.err)
		}
	}
}

// TestHTMLSiteFromProfile: {{ site.url }} and {{ site.title }} come from
// the group's profile, not from the preview's code.
func TestHTMLSiteFromProfile(t *testing.T) {
	src := "- {{ site.title }} at {{ site.url }}\n"
	code, stdout, _ := runCLI(t, src, "html", "-")
	if code != exitOK || !strings.Contains(stdout, "CPAN Security Group (CPANSec) 🦆🦆 at https://security.metacpan.org") {
		t.Errorf("built-in profile: %d %q", code, stdout)
	}
	prof := filepath.Join(t.TempDir(), "p.yaml")
	if err := os.WriteFile(prof, []byte("name: tc\ngroup: TC\nsite:\n  url: https://example.org\n  title: Our notes\n  repository: tc/notes\n  folder: notes\n  file_name: YYYY-MM-DD.md\n  index_file: README.md\n  index_line: \"* [YYYY-MM-DD](YYYY-MM-DD.md)\"\nmeeting:\n  time: \"16:00 UTC\"\n  cadence_days: 7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, src, "html", "--profile", prof, "-")
	if code != exitOK || !strings.Contains(stdout, "Our notes at https://example.org") {
		t.Errorf("--profile: %d %q %s", code, stdout, stderr)
	}
}

// TestProfileBesideTheMinutes: with no --profile, a .minutes.yaml in the
// file's folder or a folder above it is the group's profile.
func TestProfileBesideTheMinutes(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "meetings", "2026")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	prof := "name: tc\ngroup: TC\nsite:\n  url: https://example.org\n  title: Found above\n  repository: tc/notes\n  folder: notes\n  file_name: YYYY-MM-DD.md\n  index_file: README.md\n  index_line: \"* [YYYY-MM-DD](YYYY-MM-DD.md)\"\nmeeting:\n  time: \"16:00 UTC\"\n  cadence_days: 7\n"
	if err := os.WriteFile(filepath.Join(root, ".minutes.yaml"), []byte(prof), 0o644); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "2026-03-05.md")
	if err := os.WriteFile(file, []byte("- {{ site.title }}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, stderr := runCLI(t, "", "html", file); code != exitOK || !strings.Contains(stdout, "Found above") {
		t.Errorf("the profile above the file was not used: %d %q %s", code, stdout, stderr)
	}
	elsewhere := t.TempDir()
	cpansec := filepath.Join(elsewhere, "cpansec-minutes-2026-03-05.md")
	other := filepath.Join(elsewhere, "x.md")
	for _, f := range []string{cpansec, other} {
		if err := os.WriteFile(f, []byte("- {{ site.title }}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stdout, _ := runCLI(t, "", "html", cpansec); !strings.Contains(stdout, "CPANSec") {
		t.Errorf("with no profile around, CPANSec's file name: not the built-in profile: %q", stdout)
	}
	if _, stdout, _ := runCLI(t, "", "html", other); strings.Contains(stdout, "CPANSec") {
		t.Errorf("with no profile around, another name: the built-in profile, want none: %q", stdout)
	}
}
