package lint

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of golden files")

// escapes are the visible stand-ins golden files use for invisible
// characters.
var escapes = []string{
	"{NBSP}", "\u00a0", "{BOM}", "\uFEFF", "{EMSP}", "\u2003", "{ZWSP}", "\u200B",
	"{NNBSP}", "\u202F", "{CR}", "\r", "{TAB}", "\t",
}

func unescape(s string) string { return strings.NewReplacer(escapes...).Replace(s) }

func escape(s string) string {
	rev := make([]string, len(escapes))
	for i := 0; i < len(escapes); i += 2 {
		rev[i], rev[i+1] = escapes[i+1], escapes[i]
	}
	return strings.NewReplacer(rev...).Replace(s)
}

// goldenCase is one testdata file: the options in its comment ("name:
// FILE" gives the file name, "names: @a @b" adds names to the roster,
// "profile: FILE" reads a profile from testdata), the input, and the
// expected findings and fixed text.
type goldenCase struct {
	file string
	a    *txtar.Archive
	name string
	opts []Option
}

func readGolden(t *testing.T, file string) goldenCase {
	a, err := txtar.ParseFile(file)
	if err != nil {
		t.Fatal(err)
	}
	g := goldenCase{file: file, a: a}
	for _, line := range strings.Split(string(a.Comment), "\n") {
		key, val, ok := strings.Cut(line, ":")
		switch val = strings.TrimSpace(val); {
		case !ok:
		case key == "name":
			g.name = val
		case key == "names":
			g.opts = append(g.opts, WithExtraNames(strings.Fields(val)...))
		case key == "profile":
			data, err := os.ReadFile(filepath.Join("testdata", val))
			if err != nil {
				t.Fatal(err)
			}
			p, err := profile.Load(data)
			if err != nil {
				t.Fatalf("%s: %v", val, err)
			}
			g.opts = append(g.opts, WithProfile(p))
		}
	}
	return g
}

func (g goldenCase) section(name string) (string, bool) {
	for _, f := range g.a.Files {
		if f.Name == name {
			return string(f.Data), true
		}
	}
	return "", false
}

// formatFindings writes findings one a line as the golden files hold them.
func formatFindings(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fix := ""
		if f.Fixable() {
			fix = " [fix]"
		}
		fmt.Fprintf(&b, "%d:%d: %s %s%s: %s\n", f.Line, f.Column, f.Severity, f.Rule, fix, escape(f.Message))
	}
	return b.String()
}

// TestGolden lints the input of each testdata/*.txt file and compares the
// findings and the result of FixAll with the file's "findings" and
// "fixed" sections. Every fix must touch only its line and remove its
// finding. Run with -update to rewrite the expected sections.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	if len(files) == 0 {
		t.Fatal("no golden files in testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			g := readGolden(t, file)
			in, ok := g.section("input")
			if !ok {
				t.Fatal("no input section")
			}
			d, err := core.Parse([]byte(unescape(in)), core.WithName(g.name))
			if err != nil {
				t.Fatal(err)
			}
			fs := Check(d, g.opts...)
			checkFindings(t, file, d, fs, false, g.opts...)
			got := map[string]string{"findings": formatFindings(fs)}
			if _, ok := g.section("fixed"); ok {
				fixed, _, err := FixAll(d, g.opts...)
				if err != nil {
					t.Fatal(err)
				}
				got["fixed"] = escape(string(fixed.Bytes()))
			}
			g.compare(t, got)
		})
	}
}

// compare checks each produced section against the file, or rewrites the
// file with -update.
func (g goldenCase) compare(t *testing.T, got map[string]string) {
	changed := false
	for i, f := range g.a.Files {
		out, ok := got[f.Name]
		if !ok || string(f.Data) == out {
			continue
		}
		if *update {
			g.a.Files[i].Data = []byte(out)
			changed = true
			continue
		}
		t.Errorf("%s: section %s differs\n--- got ---\n%s--- want ---\n%s", g.file, f.Name, out, f.Data)
	}
	if changed {
		if err := os.WriteFile(g.file, txtar.Format(g.a), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestEveryRuleHasGolden makes sure each rule is seeded in some golden
// file, so that its line, column and fix are checked.
func TestEveryRuleHasGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	seen := map[string]bool{}
	for _, file := range files {
		g := readGolden(t, file)
		want, _ := g.section("findings")
		for _, line := range strings.Split(want, "\n") {
			if f := strings.Fields(line); len(f) >= 3 {
				seen[strings.TrimSuffix(f[2], ":")] = true
			}
		}
	}
	for _, r := range Rules() {
		if !seen[r.Name] {
			t.Errorf("rule %s has no finding in testdata/*.txt", r.Name)
		}
	}
}
