package main

import (
	"fmt"
	"math"
	"strings"

	"github.com/cpansec/minutes/internal/adversarial"
)

// adversarialBenchtime is the -benchtime of the hostile-input benchmarks:
// there are about fifty constructs at three sizes, so each gets less time
// than the corpus figures (the fastest of c.count runs still counts).
const adversarialBenchtime = "100ms"

// adversarialFigures runs BenchmarkAdversarial (growth_test.go: what the
// editor does with a document it opens, on each hostile construct of
// internal/adversarial at 1x, 10x and 100x) and adds a row per construct
// with its growth, then BenchmarkCommands512K (cmd/minutes: `minutes html`
// and `minutes lint` on each construct at the editor's 512 KB cap) and a
// row with the slowest construct of each command (issue 13).
func adversarialFigures(c config, t *table) error {
	results := map[string]map[int]result{}
	if err := goBench(c, "./bench", "^BenchmarkAdversarial$/./^(1|10|100)x$", adversarialBenchtime, results); err != nil {
		return err
	}
	for _, a := range adversarial.Constructs {
		adversarialRow(t, a, results["BenchmarkAdversarial/"+a.Name])
	}
	cmds := map[string]map[int]result{}
	if err := goBench(c, "./cmd/minutes", "^BenchmarkCommands512K$/./^(html|lint)$/^512KB$", "1x", cmds); err != nil {
		return err
	}
	for _, cmd := range []string{"html", "lint"} {
		commandRow(t, cmd, cmds)
	}
	return nil
}

// adversarialRow says how one construct's time grows: the time at each
// size, the factor from one size to the next (10 is linear: each size is
// ten times the one before) and the exponent k of time ∝ size^k of each
// step. The verdict is on the larger k; the step from 1x mostly measures
// fixed costs, the one to 100x the algorithm.
func adversarialRow(t *table, a adversarial.Construct, r map[int]result) {
	name := a.Name
	figure := "Growth on hostile input: " + name + " at 1x, 10x, 100x"
	target := fmt.Sprintf("linear: each step's k ≤ %.1f", maxExponent)
	for _, n := range []int{1, 10, 100} {
		if _, ok := r[n]; !ok {
			t.fail(figure, target, fmt.Errorf("BenchmarkAdversarial/%s did not report %dx", name, n))
			return
		}
	}
	var times, factors, ks []string
	worst := 0.0
	for i, n := range []int{1, 10, 100} {
		times = append(times, ms(r[n].nsPerOp/1e6))
		if i == 0 {
			continue
		}
		prev := r[n/10]
		factor := r[n].nsPerOp / prev.nsPerOp
		// Sizes from the documents themselves: a slow run's MB/s is
		// printed as 0.00, which says nothing of its size.
		size := float64(len(a.Doc(n))) / float64(len(a.Doc(n/10)))
		k := math.Log(factor) / math.Log(size)
		worst = max(worst, k)
		factors = append(factors, fmt.Sprintf("×%.1f", factor))
		ks = append(ks, fmt.Sprintf("%.2f", k))
	}
	note := ""
	if worst > maxExponent && r[100].nsPerOp < 1e6 {
		note = " (under 1 ms at 100x: fixed costs and caches, not the algorithm)"
	}
	t.add(row{
		figure:   figure,
		measured: fmt.Sprintf("%s; growth %s; k = %s%s", strings.Join(times, ", "), strings.Join(factors, ", "), strings.Join(ks, ", "), note),
		target:   target,
		ratio:    fmt.Sprintf("%.2f", (r[100].nsPerOp/float64(len(a.Doc(100))))/(r[1].nsPerOp/float64(len(a.Doc(1))))),
		verdict:  check(worst <= maxExponent || note != ""),
	})
}

// commandRow is the slowest construct of one command at 512 KB.
func commandRow(t *table, cmd string, r map[string]map[int]result) {
	figure := "minutes " + cmd + " on 512 KB of hostile input, slowest construct"
	target := "under 1 s"
	slowest, worst := "", 0.0
	for _, a := range adversarial.Constructs {
		res, ok := r["BenchmarkCommands512K/"+a.Name+"/"+cmd][512]
		if !ok {
			t.fail(figure, target, fmt.Errorf("BenchmarkCommands512K/%s/%s did not report", a.Name, cmd))
			return
		}
		if res.nsPerOp > worst {
			slowest, worst = a.Name, res.nsPerOp
		}
	}
	t.add(row{
		figure:   figure,
		measured: fmt.Sprintf("%s (%s)", ms(worst/1e6), slowest),
		target:   target,
		ratio:    fmt.Sprintf("%.2f", worst/1e9),
		verdict:  check(worst < 1e9),
	})
}
