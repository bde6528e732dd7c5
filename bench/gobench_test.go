package main

import "testing"

func TestBenchLine(t *testing.T) {
	tests := []struct {
		line, name string
		n          string
		ns, cpu    string
	}{
		{"BenchmarkParse/10x-2   123   9876543 ns/op   14.56 MB/s", "BenchmarkParse", "10", "9876543", ""},
		{"BenchmarkAdversarial/fences/lint/100x \t 3\t 72505227 ns/op\t   0.01 MB/s\t  10973000 cpu-ns/op", "BenchmarkAdversarial/fences/lint", "100", "72505227", "10973000"},
		{"BenchmarkCommands512K/fences/lint/512KB-2  1  1234 ns/op  5.00 MB/s", "BenchmarkCommands512K/fences/lint", "512", "1234", ""},
	}
	for _, tt := range tests {
		m := benchLine.FindStringSubmatch(tt.line)
		if m == nil {
			t.Errorf("%q: no match", tt.line)
			continue
		}
		if m[1] != tt.name || m[2] != tt.n || m[3] != tt.ns || m[5] != tt.cpu {
			t.Errorf("%q: got %q, %q, %q, %q", tt.line, m[1], m[2], m[3], m[5])
		}
	}
}

func TestMedianRun(t *testing.T) {
	rs := []result{{nsPerOp: 9, cpuPerOp: 3}, {nsPerOp: 1, cpuPerOp: 1}, {nsPerOp: 5, cpuPerOp: 2}}
	if got := medianRun(rs); got.cpuPerOp != 2 {
		t.Errorf("median of CPU 3, 1, 2: got %v", got)
	}
	wall := []result{{nsPerOp: 9}, {nsPerOp: 1}, {nsPerOp: 5}, {nsPerOp: 7}}
	if got := medianRun(wall); got.nsPerOp != 5 {
		t.Errorf("median of wall 9, 1, 5, 7 (no CPU time): got %v, want the lower middle 5", got)
	}
}
