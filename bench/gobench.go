package main

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// growth is one operation measured at 1x, 10x and 100x the largest file.
type growth struct {
	op, pkg, bench string
	perOp          bool // incremental: time per op should stay flat, not grow
}

// growths are the Go benchmarks of the growth figure: those the packages
// have, and those bench adds (growth_test.go).
var growths = []growth{
	{op: "read (core.Parse)", pkg: "./core", bench: "BenchmarkParse"},
	{op: "write (Document.Bytes)", pkg: "./core", bench: "BenchmarkWrite"},
	{op: "lint (lint.Check)", pkg: "./bench", bench: "BenchmarkLint"},
	{op: "preview, full render (preview.Render)", pkg: "./core/preview", bench: "BenchmarkRender"},
	{op: "preview, one keystroke (Renderer.Update)", pkg: "./bench", bench: "BenchmarkPreviewKeystroke", perOp: true},
	{op: "keystroke in Go (SetText, Update, Renderer.Update)", pkg: "./bench", bench: "BenchmarkKeystroke", perOp: true},
}

// result is one sub-benchmark's figures: wall time per op and per byte,
// and CPU time per op where the benchmark reports it (cpu-ns/op).
type result struct{ nsPerOp, nsPerByte, cpuPerOp float64 }

// cpu is the CPU time per op, or the wall time when the benchmark does not
// report CPU time.
func (r result) cpu() float64 {
	if r.cpuPerOp > 0 {
		return r.cpuPerOp
	}
	return r.nsPerOp
}

// benchLine matches "BenchmarkParse/10x-2   123   9876543 ns/op   14.56 MB/s",
// sub-benchmarks with a name between ("BenchmarkAdversarial/fences/10x-2")
// and sizes in KB ("BenchmarkCommands512K/fences/lint/512KB-2").
var benchLine = regexp.MustCompile(`^(Benchmark[\w/-]*?)/(\d+)(?:x|KB)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op\s+([\d.]+) MB/s(?:\s+([\d.]+) cpu-ns/op)?`)

// goFigures runs the growth benchmarks, one go test per package, each
// c.count times, and adds a row per operation from the fastest runs.
func goFigures(c config, t *table) error {
	byPkg := map[string][]string{}
	var pkgs []string
	for _, g := range growths {
		if byPkg[g.pkg] == nil {
			pkgs = append(pkgs, g.pkg)
		}
		byPkg[g.pkg] = append(byPkg[g.pkg], g.bench)
	}
	results := map[string]map[int]result{}
	for _, pkg := range pkgs {
		pattern := "^(" + strings.Join(byPkg[pkg], "|") + ")$/^(1|10|100)x$"
		if err := goBench(c, pkg, pattern, c.benchtime, nil, results); err != nil {
			return err
		}
	}
	for _, g := range growths {
		growthRow(t, g, results[g.bench])
	}
	return nil
}

// goBench runs the benchmarks of pkg that pattern selects, c.count times,
// and keeps in results, by benchmark name (up to the size) and size, the
// median run, by CPU time where the benchmark reports it (the machine is
// shared: a run's wall time grows with the others' work). env
// is added to the environment of go test.
func goBench(c config, pkg, pattern, benchtime string, env []string, results map[string]map[int]result) error {
	corpus, err := filepath.Abs(c.corpus)
	if err != nil {
		return err
	}
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", pattern, "-benchtime", benchtime, "-count", strconv.Itoa(c.count), pkg)
	cmd.Dir = c.repo
	cmd.Env = append(append(os.Environ(), "MINUTES_CORPUS="+corpus), env...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("go test -bench %s: %v\n%s", pkg, err, out)
	}
	type key struct {
		name string
		size int
	}
	runs := map[key][]result{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		ns, _ := strconv.ParseFloat(m[3], 64)
		mbps, _ := strconv.ParseFloat(m[4], 64)
		cpu, _ := strconv.ParseFloat(m[5], 64) // 0 when not reported
		runs[key{m[1], n}] = append(runs[key{m[1], n}], result{nsPerOp: ns, nsPerByte: 1e3 / mbps, cpuPerOp: cpu})
	}
	for k, rs := range runs {
		if results[k.name] == nil {
			results[k.name] = map[int]result{}
		}
		results[k.name][k.size] = medianRun(rs)
	}
	return nil
}

// medianRun returns the run of median CPU time (the lower middle one of an
// even count: other work only ever makes a run slower).
func medianRun(rs []result) result {
	sort.Slice(rs, func(i, j int) bool { return rs[i].cpu() < rs[j].cpu() })
	return rs[(len(rs)-1)/2]
}

// maxExponent bounds k in time ∝ size^k for "linear": 1 is linear, n log n
// over these sizes is about 1.09, quadratic 2. The margin is for what
// changes with size without being the algorithm (a 1.4 MB document no
// longer fits the caches, the collector has more to mark) and for the
// noise of a shared machine (±0.1 run to run).
const maxExponent = 1.2

// growthRow says how the operation's time grows from 1x to 100x: the
// exponent k of time ∝ size^k fitted through the 1x and 100x figures.
// A keystroke's time should grow less than linearly (k near 0).
func growthRow(t *table, g growth, r map[int]result) {
	figure := "Growth: " + g.op + " at 1x, 10x, 100x"
	one, ok1 := r[1]
	hundred, ok100 := r[100]
	if !ok1 || !ok100 {
		t.fail(figure, "linear", fmt.Errorf("%s did not report 1x and 100x", g.bench))
		return
	}
	var times, perByte []string
	for _, n := range []int{1, 10, 100} {
		times = append(times, ms(r[n].nsPerOp/1e6))
		perByte = append(perByte, fmt.Sprintf("%.2g", r[n].nsPerByte))
	}
	target := fmt.Sprintf("linear: time ∝ size^k, k ≤ %.1f", maxExponent)
	if g.perOp {
		target = fmt.Sprintf("at most linear (k ≤ %.1f; flat, k ≈ 0, is the goal)", maxExponent)
	}
	bytes1, bytes100 := one.nsPerOp/one.nsPerByte, hundred.nsPerOp/hundred.nsPerByte
	k := math.Log(hundred.nsPerOp/one.nsPerOp) / math.Log(bytes100/bytes1)
	note := ""
	if k > maxExponent && hundred.nsPerOp < 1e6 {
		// Copying 1.4 MB no longer fits the caches: slower per byte, still
		// one pass, and too fast to matter.
		note = " (under 1 ms at 100x: memory bandwidth, not the algorithm)"
	}
	t.add(row{
		figure:   figure,
		measured: fmt.Sprintf("%s per op; %s ns/byte; k = %.2f%s", strings.Join(times, ", "), strings.Join(perByte, ", "), k, note),
		target:   target, ratio: fmt.Sprintf("%.2f", hundred.nsPerByte/one.nsPerByte), verdict: check(k <= maxExponent || note != ""),
	})
}
