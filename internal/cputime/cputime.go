// Package cputime reads the process's CPU time, for benchmarks on a
// machine shared with other work: a benchmark's wall time grows with the
// load, its CPU time much less, so growth figures are taken from it
// (benchmarks report it as cpu-ns/op, see Report).
package cputime

import (
	"syscall"
	"testing"
)

// Process returns the CPU time the process has used so far, user and
// system, in nanoseconds. With GOMAXPROCS=1 the process seldom runs on two
// threads at once, and the collector's work is counted as the
// operation's.
func Process() (int64, error) {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return 0, err
	}
	return u.Utime.Nano() + u.Stime.Nano(), nil
}

// Loop runs op as the body of b.Loop and reports its CPU time per
// operation as the metric cpu-ns/op, beside the wall time go test prints.
func Loop(b *testing.B, op func()) {
	start, err := Process()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		op()
	}
	end, err := Process()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
}
