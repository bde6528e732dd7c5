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

// stages are the stages of BenchmarkAdversarial (growth_test.go), in its
// order.
var stages = []string{"parse", "lint", "render", "next"}

// adversarialFigures runs BenchmarkAdversarial (growth_test.go: each stage
// of what the editor does with a document it opens and of Next meeting,
// on each hostile construct of internal/adversarial at 1x, 10x and 100x,
// on one core) and adds a row per construct with each stage's growth, then
// BenchmarkCommands512K (cmd/minutes: `minutes html` and `minutes lint` on
// each construct at the editor's 512 KB cap) and a row with the slowest
// construct of each command (issue 13).
func adversarialFigures(c config, t *table) error {
	results := map[string]map[int]result{}
	pattern := "^BenchmarkAdversarial$/./^(" + strings.Join(stages, "|") + ")$/^(1|10|100)x$"
	// One core: the stages are single-threaded, and the collector's
	// work on a second core would hide part of their cost.
	if err := goBench(c, "./bench", pattern, adversarialBenchtime, []string{"GOMAXPROCS=1"}, results); err != nil {
		return err
	}
	for _, a := range adversarial.Constructs {
		adversarialRow(t, a, results)
	}
	cmds := map[string]map[int]result{}
	if err := goBench(c, "./cmd/minutes", "^BenchmarkCommands512K$/./^(html|lint)$/^512KB$", "1x", nil, cmds); err != nil {
		return err
	}
	for _, cmd := range []string{"html", "lint"} {
		commandRow(t, cmd, cmds)
	}
	return nil
}

// adversarialRow says how one construct's time grows, stage by stage: the
// CPU time at each size and the exponent k of time ∝ size^k of the step
// from 10x to 100x (the step from 1x mostly measures fixed costs). 1 is
// linear; the verdict is on the largest k of a stage that takes 1 ms or
// more at 100x (below that, caches and the collector weigh more than the
// algorithm).
func adversarialRow(t *table, a adversarial.Construct, results map[string]map[int]result) {
	figure := "Growth on hostile input: " + a.Name + " at 1x, 10x, 100x, by stage (CPU time, one core)"
	target := fmt.Sprintf("linear: each stage's k ≤ %.1f", maxExponent)
	size := float64(len(a.Doc(100))) / float64(len(a.Doc(10)))
	var parts []string
	worst, worstStage, total1, total100 := 0.0, "", 0.0, 0.0
	for _, st := range stages {
		r := results["BenchmarkAdversarial/"+a.Name+"/"+st]
		for _, n := range []int{1, 10, 100} {
			if _, ok := r[n]; !ok {
				t.fail(figure, target, fmt.Errorf("BenchmarkAdversarial/%s/%s did not report %dx", a.Name, st, n))
				return
			}
		}
		// Sizes from the documents themselves: a slow run's MB/s is
		// printed as 0.00, which says nothing of its size.
		k := math.Log(r[100].cpu()/r[10].cpu()) / math.Log(size)
		if r[100].cpu() >= 1e6 && k > worst {
			worst, worstStage = k, st
		}
		total1 += r[1].cpu()
		total100 += r[100].cpu()
		parts = append(parts, fmt.Sprintf("%s %s, %s, %s (k %.2f)", st, ms(r[1].cpu()/1e6), ms(r[10].cpu()/1e6), ms(r[100].cpu()/1e6), k))
	}
	measured := strings.Join(parts, "; ")
	if worstStage != "" {
		measured += fmt.Sprintf("; largest k: %s", worstStage)
	}
	t.add(row{
		figure:   figure,
		measured: measured,
		target:   target,
		ratio:    fmt.Sprintf("%.2f", (total100/float64(len(a.Doc(100))))/(total1/float64(len(a.Doc(1))))),
		verdict:  check(worst <= maxExponent),
	})
}

// commandRow is the slowest construct of one command at 512 KB, by CPU
// time: on an idle machine the wall time is at most about that (the
// collector's work on the other core overlaps the command's); on a loaded
// one the wall time says more of the load than of the command.
func commandRow(t *table, cmd string, r map[string]map[int]result) {
	figure := "minutes " + cmd + " on 512 KB of hostile input, slowest construct (CPU time)"
	target := "under 1 s"
	slowest, worst := "", 0.0
	for _, a := range adversarial.Constructs {
		res, ok := r["BenchmarkCommands512K/"+a.Name+"/"+cmd][512]
		if !ok {
			t.fail(figure, target, fmt.Errorf("BenchmarkCommands512K/%s/%s did not report", a.Name, cmd))
			return
		}
		if res.cpu() > worst {
			slowest, worst = a.Name, res.cpu()
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
