package preview

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) }

// firstDifference returns the index of the first differing token of two
// block structures, or -1.
func firstDifference(a, b []blockToken) int {
	for i := 0; i < len(a) || i < len(b); i++ {
		if i >= len(a) || i >= len(b) || a[i].kind != b[i].kind || a[i].text != b[i].text {
			return i
		}
	}
	return -1
}

// TestDifferentialJekyll renders every corpus file with the preview and
// with the real Jekyll and kramdown and compares their block structure:
// headings with ids, paragraphs, lists and items with nesting and
// checkboxes, and the text of each. At least 95% of the files must match
// block for block, and every file that does not must have a Divergence
// within a few lines of the first difference.
func TestDifferentialJekyll(t *testing.T) {
	files := readCorpus(t)
	goldens := map[string][]byte{}
	for path, a := range readGoldens(t) {
		goldens["testdata-"+filepath.Base(path)] = goldenInput(a)
	}
	all := map[string][]byte{}
	for n, b := range files {
		all[n] = b
	}
	for n, b := range goldens {
		all[n] = b
	}
	want := jekyllBodies(t, all)
	checkGoldensAgainstJekyll(t, goldens, want)
	names := sortedNames(files)
	same, bytesSame := 0, 0
	var report []string
	for _, name := range names {
		if Render(files[name], WithNow(fixedNow)) == want[name] {
			bytesSame++
		}
		got := renderWithLines(files[name], fixedNow)
		gs, ws := blockStructure(got), blockStructure(want[name])
		k := firstDifference(gs, ws)
		if k < 0 {
			same++
			continue
		}
		line := lineNear(gs, k)
		divs := Divergences(files[name])
		reported := false
		for _, d := range divs {
			if d.Line >= line-3 && d.Line <= line+3 {
				reported = true
			}
		}
		ctx := func(s []blockToken) string {
			var parts []string
			for i := max(0, k-2); i < min(len(s), k+3); i++ {
				parts = append(parts, s[i].String())
			}
			return strings.Join(parts, " | ")
		}
		msg := fmt.Sprintf("%s: differs at block %d (line %d), reported=%v\n  preview: %s\n  jekyll:  %s", name, k, line, reported, ctx(gs), ctx(ws))
		report = append(report, msg)
		if !reported {
			t.Errorf("%s", msg)
		}
	}
	pct := 100 * float64(same) / float64(len(names))
	t.Logf("%d of %d corpus files (%.1f%%) render block for block as Jekyll does; %d byte for byte", same, len(names), pct, bytesSame)
	for _, r := range report {
		t.Log(r)
	}
	if pct < 95 {
		t.Errorf("only %.1f%% of files identical block for block; want at least 95%%", pct)
	}
}

// lineNear is the line of the block at k or the nearest one before it.
func lineNear(s []blockToken, k int) int {
	for i := min(k, len(s)-1); i >= 0; i-- {
		if s[i].line > 0 {
			return s[i].line
		}
	}
	return 1
}

// checkGoldensAgainstJekyll requires the golden inputs to render as Jekyll
// renders them, block for block, or to have a Divergence near the first
// difference.
func checkGoldensAgainstJekyll(t *testing.T, goldens map[string][]byte, want map[string]string) {
	for name, input := range goldens {
		got := renderWithLines(input, fixedNow)
		gs, ws := blockStructure(got), blockStructure(want[name])
		k := firstDifference(gs, ws)
		if k < 0 {
			continue
		}
		line := lineNear(gs, k)
		reported := false
		for _, d := range Divergences(input) {
			reported = reported || (d.Line >= line-3 && d.Line <= line+3)
		}
		if !reported {
			t.Errorf("%s: differs from Jekyll at block %d (line %d) without a Divergence:\n  preview: %v\n  jekyll:  %v",
				name, k, line, gs[k:min(len(gs), k+3)], ws[k:min(len(ws), k+3)])
		}
	}
}
