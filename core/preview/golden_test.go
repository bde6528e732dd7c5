package preview

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of testdata/*.md from the current output")

// Each testdata/*.md holds a comment, an "input" section and the expected
// renderings: "website" (the body, as Jekyll's {{ content }}), "page"
// (website with title and table of contents), "github" (GitHub mode) and
// "divergences" (one "LINE:COL: message" per line). The website sections
// are also checked against the real Jekyll by TestDifferentialJekyll.

// goldenSections renders input into each expected section.
func goldenSections(input []byte) map[string]string {
	var divs strings.Builder
	for _, d := range Divergences(input, WithSite(testSite)) {
		fmt.Fprintf(&divs, "%d:%d: %s\n", d.Line, d.Column, d.Message)
	}
	return map[string]string{
		"website":     Render(input, WithNow(fixedNow), WithSite(testSite)),
		"page":        Render(input, WithNow(fixedNow), WithPage(true), WithSite(testSite)),
		"github":      Render(input, WithMode(GitHub)),
		"divergences": divs.String(),
	}
}

var sectionOrder = []string{"website", "page", "github", "divergences"}

func readGoldens(t *testing.T) map[string]*txtar.Archive {
	t.Helper()
	paths, err := filepath.Glob("testdata/*.md")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	out := map[string]*txtar.Archive{}
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[p] = a
	}
	return out
}

func goldenInput(a *txtar.Archive) []byte {
	for _, f := range a.Files {
		if f.Name == "input" {
			return f.Data
		}
	}
	return nil
}

func TestGolden(t *testing.T) {
	for path, a := range readGoldens(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			input := goldenInput(a)
			if input == nil {
				t.Fatal("no input section")
			}
			got := goldenSections(input)
			if *update {
				a.Files = []txtar.File{{Name: "input", Data: input}}
				for _, name := range sectionOrder {
					a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(got[name])})
				}
				if err := os.WriteFile(path, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range a.Files {
				if f.Name == "input" {
					continue
				}
				want, ok := got[f.Name]
				if !ok {
					t.Errorf("unknown section %q", f.Name)
					continue
				}
				if want != string(f.Data) {
					t.Errorf("section %s differs:\n--- got\n%s\n--- want\n%s", f.Name, want, f.Data)
				}
			}
		})
	}
}
