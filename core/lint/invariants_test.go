package lint

import (
	"bytes"
	"testing"

	"github.com/cpansec/minutes/core"
)

// checkFindings checks what every finding promises: a place inside the
// document, a known rule, and a fix that changes only the finding's line
// and makes the finding go away. With sample, only the first fix of each
// rule is applied (each costs a new check of the document).
func checkFindings(t *testing.T, name string, d *core.Document, fs []Finding, sample bool, opts ...Option) {
	t.Helper()
	lines := bytes.Count(d.Bytes(), []byte("\n")) + 1
	counts := map[string]int{}
	for _, f := range fs {
		counts[f.Rule]++
	}
	fixed := map[string]bool{}
	for _, f := range fs {
		if f.Line < 1 || f.Line > lines || f.Column < 1 {
			t.Errorf("%s:%d:%d: %s: outside the document (%d lines)", name, f.Line, f.Column, f.Rule, lines)
		}
		if _, ok := ruleSummaries[f.Rule]; !ok {
			t.Errorf("%s:%d: rule %q is not listed in Rules", name, f.Line, f.Rule)
		}
		if f.Message == "" {
			t.Errorf("%s:%d: %s: empty message", name, f.Line, f.Rule)
		}
		if f.Fixable() && !(sample && fixed[f.Rule]) {
			fixed[f.Rule] = true
			checkFix(t, name, d, f, counts[f.Rule], opts...)
		}
	}
}

// checkFix applies one finding's fix and checks that only its line changed
// and that the rule, which had before findings, has fewer.
func checkFix(t *testing.T, name string, d *core.Document, f Finding, before int, opts ...Option) {
	t.Helper()
	start, end := d.LineStart(f.Line), d.LineStart(f.Line+1)
	for _, s := range f.Fix {
		if s.Start < start || s.End > end || s.Start > s.End {
			t.Errorf("%s:%d: %s: fix [%d,%d) leaves line %d [%d,%d)", name, f.Line, f.Rule, s.Start, s.End, f.Line, start, end)
			return
		}
	}
	fixed, err := d.Apply(f.Fix)
	if err != nil {
		t.Errorf("%s:%d: %s: fix does not apply: %v", name, f.Line, f.Rule, err)
		return
	}
	// A fix that removes a line moves the findings after it up, so count
	// the rule's findings rather than look for this one's place.
	if after := countRule(Check(fixed, opts...), f.Rule); after >= before {
		t.Errorf("%s:%d:%d: %s: still reported after its fix (%d findings of the rule before, %d after)", name, f.Line, f.Column, f.Rule, before, after)
	}
}

func countRule(fs []Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule {
			n++
		}
	}
	return n
}
