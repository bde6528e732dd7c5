package main

import (
	"math"
	"testing"
)

func TestPercentile(t *testing.T) {
	tests := []struct {
		xs   []float64
		p    float64
		want float64
	}{
		{[]float64{3, 1, 2}, 50, 2},
		{[]float64{4, 1, 3, 2}, 50, 2},
		{[]float64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 95, 19},
		{[]float64{7}, 95, 7},
		{[]float64{5, 1}, 100, 5},
	}
	for _, tt := range tests {
		if got := percentile(tt.xs, tt.p); got != tt.want {
			t.Errorf("percentile(%v, %v) = %v, want %v", tt.xs, tt.p, got, tt.want)
		}
	}
	if !math.IsNaN(median(nil)) {
		t.Error("median of nothing is not NaN")
	}
}

func TestSlope(t *testing.T) {
	linear := func(m memory) float64 { return float64(m.Linear) }
	var rising, flat []memory
	for i := range 10 {
		rising = append(rising, memory{Linear: int64(1000 + 250*i)})
		flat = append(flat, memory{Linear: 4096})
	}
	if got := slope(rising, linear); math.Abs(got-250) > 1e-9 {
		t.Errorf("slope of a line rising 250 per step = %v", got)
	}
	if got := slope(flat, linear); got != 0 {
		t.Errorf("slope of a flat series = %v", got)
	}
	if got := slope(rising[:1], linear); got != 0 {
		t.Errorf("slope of one point = %v", got)
	}
}
