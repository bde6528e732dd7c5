package preview

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/adversarial"
	"github.com/cpansec/minutes/internal/corpustest"
)

// checkOver fails unless CheckBudget finds src over the budget at line.
func checkOver(t *testing.T, name, src string, line int) {
	t.Helper()
	var be *BudgetError
	if err := CheckBudget([]byte(src)); !errors.As(err, &be) {
		t.Errorf("%s: CheckBudget = %v, want a *BudgetError", name, err)
	} else if be.Line != line {
		t.Errorf("%s: at line %d (%v), want %d", name, be.Line, be, line)
	}
}

// TestCheckBudgetEdges: each bound allows its value and refuses one more.
func TestCheckBudgetEdges(t *testing.T) {
	if err := CheckBudget([]byte(strings.Repeat("[", MaxMarkupBytes))); err != nil {
		t.Errorf("markup at the bound: %v", err)
	}
	checkOver(t, "markup past the bound", strings.Repeat("[", MaxMarkupBytes+1), 0)
	if err := CheckBudget([]byte(strings.Repeat("a\n", MaxLines-1) + "a")); err != nil {
		t.Errorf("lines at the bound: %v", err)
	}
	checkOver(t, "lines past the bound", strings.Repeat("a\n", MaxLines), 0)
	// CheckSize, the same bounds without Liquid.
	for _, src := range []string{strings.Repeat("[", MaxMarkupBytes), strings.Repeat("a\n", MaxLines-1) + "a"} {
		if err := CheckSize([]byte(src)); err != nil {
			t.Errorf("CheckSize at the bound: %v", err)
		}
	}
	for _, src := range []string{strings.Repeat("[", MaxMarkupBytes+1), strings.Repeat("a\n", MaxLines)} {
		if err := CheckSize([]byte(src)); err == nil {
			t.Errorf("CheckSize past the bound (%d bytes): within it", len(src))
		}
	}
}

// TestCheckBudgetLiquid: a tag past MaxLiquidValue or MaxLiquidWork is
// found at its line (issue 13's bombs: replace, append, prepend chains,
// and the work of many tags), as the render reports it; Liquid within the
// budget, and a work budget spent exactly, pass.
func TestCheckBudgetLiquid(t *testing.T) {
	head := "---\nlayout: page\n---\n# T\n\n"
	for _, bomb := range []string{
		`{{ "xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 14) + ` }}`,
		`{{ "xx"` + strings.Repeat(` | replace: "x", "xxxx"`, 34) + ` }}`,
		`{{ "` + strings.Repeat("x", 600<<10) + `" | append: "` + strings.Repeat("y", 600<<10) + `" }}`,
	} {
		checkOver(t, bomb[:min(len(bomb), 40)], head+"- a\n- "+bomb+"\n- next\n", 7)
	}
	big := `"` + strings.Repeat("x", 600<<10) + `"`
	checkOver(t, "prepend", head+"{{ "+big+" | prepend: "+big+" }}\n", 6)
	if err := CheckBudget([]byte(head + `- {{ "ab" | append: "c" | upcase | replace: "A", "a" }}` + "\n")); err != nil {
		t.Errorf("small Liquid: %v", err)
	}
	const each = 1 << 16
	n := MaxLiquidWork / each
	fm := "---\nv: " + strings.Repeat("v", each-liquidStepCost) + "\n---\n"
	for _, extra := range []int{0, 1} {
		var b strings.Builder
		b.WriteString(fm)
		for i := 0; i < n+extra; i++ {
			b.WriteString("- " + strconv.Itoa(i) + " {{ page.v }}\n")
		}
		if extra == 0 {
			if err := CheckBudget([]byte(b.String())); err != nil {
				t.Errorf("the work budget spent exactly: %v", err)
			}
		} else {
			checkOver(t, "one tag past the work budget", b.String(), 4+n)
		}
	}
}

// TestCheckBudgetCorpus: every real file of every group is within the
// budget; every hostile construct at the editor's 512 KB cap is not, and
// already not by its size alone (CheckSize, what a file opened is
// checked with).
func TestCheckBudgetCorpus(t *testing.T) {
	files := append(corpustest.Files(t, "*.md"), corpustest.Files(t, "../corpus-others/*/*.md")...)
	for _, p := range files {
		if err := CheckBudget(corpustest.Read(t, p)); err != nil {
			t.Errorf("%s: %v", corpustest.Name(p), err)
		}
	}
	for _, c := range adversarial.Constructs {
		src := c.Sized(512 << 10)
		if err := CheckBudget(src); err == nil {
			t.Errorf("%s at 512 KB: within the budget", c.Name)
		}
		if err := CheckSize(src); err == nil {
			t.Errorf("%s at 512 KB: within the size budget", c.Name)
		}
	}
}

// TestCheckSizeLeavesLiquid: a document whose only excess is its Liquid
// is within CheckSize (the preview shows the site's error there) and past
// CheckBudget.
func TestCheckSizeLeavesLiquid(t *testing.T) {
	src := []byte("- {{ \"xx\"" + strings.Repeat(` | replace: "x", "xxxx"`, 34) + " }}\n")
	if err := CheckSize(src); err != nil {
		t.Errorf("CheckSize: %v", err)
	}
	if err := CheckBudget(src); err == nil {
		t.Error("CheckBudget: within the budget")
	}
}

// BenchmarkCheckBudget checks the largest hostile Liquid and markup
// documents at the editor's cap, against rendering them.
func BenchmarkCheckBudget(b *testing.B) {
	for _, name := range []string{"liquid-lines", "link-open", "headings"} {
		for _, c := range adversarial.Constructs {
			if c.Name != name {
				continue
			}
			src := c.Sized(512 << 10)
			b.Run(name+"/check", func(b *testing.B) {
				for b.Loop() {
					_ = CheckBudget(src)
				}
			})
			b.Run(name+"/render", func(b *testing.B) {
				for b.Loop() {
					Render(src, WithNow(fixedNow))
				}
			})
		}
	}
}

// TestLiquidLoops: nested loops over literal ranges whose iterations pass
// the work budget are reported as a build that takes too long, at the
// loop that passes it, and CheckBudget finds them; loops within it, and
// loops over lists, stay "the website evaluates it".
func TestLiquidLoops(t *testing.T) {
	limit := MaxLiquidWork / liquidStepCost
	for _, tt := range []struct {
		name, src string
		over      int // the line reported, 0 for none
	}{
		{"within", "{% for i in (1.." + strconv.Itoa(limit) + ") %}x{% endfor %}\n", 0},
		{"one past", "{% for i in (1.." + strconv.Itoa(limit+1) + ") %}x{% endfor %}\n", 1},
		{"nested", "a\n{% for i in (1..1000) %}\n{% for j in (1..1000) %}x{% endfor %}{% endfor %}\n", 3},
		{"side by side", "{% for i in (1..60000) %}{% endfor %}{% for i in (1..60000) %}{% endfor %}\n", 0},
		{"a list", "{% for p in site.pages %}{% for q in site.pages %}x{% endfor %}{% endfor %}\n", 0},
	} {
		got := liquidDivergences(tt.src, liquidWorkIssue)
		switch {
		case tt.over == 0 && len(got) > 0:
			t.Errorf("%s: %+v", tt.name, got)
		case tt.over > 0 && (len(got) != 1 || got[0].Line != tt.over):
			t.Errorf("%s: %+v, want one at line %d", tt.name, got, tt.over)
		case tt.over > 0:
			checkOver(t, tt.name, tt.src, tt.over)
		}
	}
}
