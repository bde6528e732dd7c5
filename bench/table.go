package main

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// table is the benchmark's one output: a row per figure.
type table struct {
	machine machine
	rows    []row
	took    time.Duration
}

// row is one figure. ratio is measured ÷ baseline (or ÷ target where the
// target is a bound); verdict is "ok", "MISS" or "" for figures that only
// explain others.
type row struct {
	figure, measured, target, baseline, ratio, verdict string
}

// add appends a row.
func (t *table) add(r row) { t.rows = append(t.rows, r) }

// fail records a figure that could not be measured, and why.
func (t *table) fail(figure, target string, err error) {
	t.add(row{figure: figure, measured: "not measured: " + err.Error(), target: target, verdict: "MISS"})
}

// check is the verdict of a comparison.
func check(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISS"
}

// String renders the table as Markdown, columns padded so that it also
// reads well in a terminal, with the machine above it.
func (t *table) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", t.machine)
	head := row{"figure", "measured", "target", "baseline", "ratio", "verdict"}
	rows := append([]row{head}, t.rows...)
	var width [6]int
	for _, r := range rows {
		for i, cell := range r.cells() {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	for n, r := range rows {
		b.WriteString("|")
		for i, cell := range r.cells() {
			fmt.Fprintf(&b, " %s%s |", cell, strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell)))
		}
		b.WriteString("\n")
		if n == 0 {
			b.WriteString("|")
			for i := range width {
				fmt.Fprintf(&b, "%s|", strings.Repeat("-", width[i]+2))
			}
			b.WriteString("\n")
		}
	}
	misses := 0
	for _, r := range t.rows {
		if r.verdict == "MISS" {
			misses++
		}
	}
	fmt.Fprintf(&b, "\n%d figures miss their target; the run took %s.\n", misses, t.took.Round(time.Second))
	return b.String()
}

func (r row) cells() []string {
	return []string{r.figure, r.measured, r.target, r.baseline, r.ratio, r.verdict}
}

// ms formats milliseconds.
func ms(v float64) string {
	switch {
	case v < 1:
		return fmt.Sprintf("%.2f ms", v)
	case v < 100:
		return fmt.Sprintf("%.1f ms", v)
	}
	return fmt.Sprintf("%.0f ms", v)
}

// ratio formats a ÷ b.
func ratio(a, b float64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f", a/b)
}

// size formats a byte count in decimal units (1 MB = 1,000,000 bytes, the
// stricter reading of the 1.0 MB target).
func size(n int64) string {
	switch {
	case n >= 1e6:
		return fmt.Sprintf("%.2f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}
