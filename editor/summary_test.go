package editor

import (
	"testing"
	"time"
)

func TestSummarize(t *testing.T) {
	now := time.Date(2026, 3, 5, 16, 30, 0, 0, time.UTC)
	at := func(d time.Duration) int64 { return now.Add(-d).UnixMilli() }
	tests := []struct {
		d    Draft
		want Summary
	}{
		{Draft{Title: "CPANSec bi-weekly minutes", Date: "2026-03-05", Updated: at(3 * time.Minute)},
			Summary{"2026-03-05 · CPANSec bi-weekly minutes", "edited 3 minutes ago"}},
		{Draft{Name: "Mine", Date: "2026-02-19", Updated: at(time.Hour)}, Summary{"2026-02-19 · Mine", "edited 1 hour ago"}},
		{Draft{Title: "Notes", Updated: at(10 * time.Second)}, Summary{"Notes", "edited just now"}},
		{Draft{}, Summary{"Untitled draft", "not stored yet"}},
		{Draft{Title: "Old", Updated: at(72 * time.Hour)}, Summary{"Old", "edited " + now.Add(-72*time.Hour).Local().Format("2006-01-02 15:04")}},
	}
	for _, tt := range tests {
		if got := Summarize(&tt.d, now); got != tt.want {
			t.Errorf("Summarize(%+v) = %+v, want %+v", tt.d, got, tt.want)
		}
	}
}
