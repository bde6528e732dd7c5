package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/internal/corpustest"
)

// corpus returns the paths of the real minutes (see internal/corpustest).
func corpus(t testing.TB) []string { return corpustest.Files(t, "*.md") }

func parseFile(t testing.TB, path string) *core.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := core.Parse(src, core.WithName(filepath.Base(path)))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestCorpus lints every real file: each finding lies in the document and
// its fix touches only its line and removes it; FixAll leaves nothing
// fixable. LINT_DUMP=1 prints every finding for review.
func TestCorpus(t *testing.T) {
	counts := map[string]int{}
	var dump strings.Builder
	for _, path := range corpus(t) {
		d := parseFile(t, path)
		fs := Check(d)
		checkFindings(t, filepath.Base(path), d, fs, true)
		for _, f := range fs {
			counts[f.Rule]++
			fmt.Fprintf(&dump, "%s:%d:%d: %s: %s: %s\n", filepath.Base(path), f.Line, f.Column, f.Severity, f.Rule, f.Message)
		}
		fixed, _, err := FixAll(d)
		if err != nil {
			t.Fatalf("%s: FixAll: %v", path, err)
		}
		for _, f := range Check(fixed) {
			if f.Fixable() {
				t.Errorf("%s:%d:%d: %s still fixable after FixAll", path, f.Line, f.Column, f.Rule)
			}
		}
	}
	var names []string
	for r := range counts {
		names = append(names, r)
	}
	sort.Strings(names)
	for _, r := range names {
		t.Logf("%-24s %d", r, counts[r])
	}
	if os.Getenv("LINT_DUMP") != "" {
		t.Log("\n" + dump.String())
	}
}
