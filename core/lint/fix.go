package lint

import (
	"sort"

	"github.com/cpansec/minutes/core"
)

// Fixes merges the fixes of findings into one change. A fix that overlaps
// one already taken is left out (FixAll takes it on a later round); the
// returned findings are those whose fix is in the change.
func Fixes(findings []Finding) (core.Change, []Finding) {
	var fixable []Finding
	for _, f := range findings {
		if f.Fixable() {
			fixable = append(fixable, f)
		}
	}
	sort.SliceStable(fixable, func(i, j int) bool { return fixable[i].Fix[0].Start < fixable[j].Fix[0].Start })
	var change core.Change
	var taken []Finding
	for _, f := range fixable {
		if overlaps(change, f.Fix) {
			continue
		}
		change = append(change, f.Fix...)
		taken = append(taken, f)
	}
	sort.SliceStable(change, func(i, j int) bool { return change[i].Start < change[j].Start })
	return change, taken
}

// overlaps reports whether a splice of b touches a splice of a. Two
// insertions at the same place count as overlapping, since their order
// would matter.
func overlaps(a, b core.Change) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End || x.Start == y.Start {
				return true
			}
		}
	}
	return false
}

// maxRounds bounds FixAll: each round fixes at least one finding, and a
// fix may reveal at most a few more (a box seen once U+00A0 is gone).
const maxRounds = 8

// FixAll applies every safe fix to d, checking again after each round
// until no fixable finding is left. It returns the fixed document and the
// findings it fixed, in the order they were fixed; their Line is the line
// in d (a fix that removes a line moves the lines after it), their Column
// where the fix was made.
func FixAll(d *core.Document, opts ...Option) (*core.Document, []Finding, error) {
	var fixed []Finding
	var orig []int // orig[n-1] is the line of d that line n now is; nil: the same
	for round := 0; round < maxRounds; round++ {
		change, taken := Fixes(Check(d, opts...))
		if len(change) == 0 {
			break
		}
		next, err := d.Apply(change)
		if err != nil {
			return d, fixed, err
		}
		for _, f := range taken {
			if orig != nil {
				f.Line = orig[f.Line-1]
			}
			fixed = append(fixed, f)
		}
		orig = followLines(d, change, orig)
		d = next
	}
	return d, fixed, nil
}

// followLines returns, for each line after change, the line of the
// original source it comes from. Each splice of a fix stays within one
// line and either keeps it or removes it whole.
func followLines(d *core.Document, change core.Change, orig []int) []int {
	removed := map[int]bool{}
	for _, s := range change {
		if s.Text == "" && s.End > s.Start && d.Bytes()[s.End-1] == '\n' && s.Start == d.LineStart(d.Line(s.Start)) {
			removed[d.Line(s.Start)] = true
		}
	}
	lines := d.Line(len(d.Bytes()))
	out := make([]int, 0, lines)
	for n := 1; n <= lines; n++ {
		if removed[n] {
			continue
		}
		if orig != nil {
			out = append(out, orig[n-1])
		} else {
			out = append(out, n)
		}
	}
	return append(out, lines+1) // a last line without a line ending
}
