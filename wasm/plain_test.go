//go:build js && wasm

package main

import (
	"testing"
	"time"
)

func TestDescribe(t *testing.T) {
	m := plainModel{now: func() time.Time { return time.Date(2026, 3, 5, 23, 0, 0, 0, time.UTC) }}
	tests := []struct {
		source string
		meta   Meta
		file   string
	}{
		{"---\nlayout: single\ntitle: \"CPANSec meeting 2025-06-18\"\n---\n# Other\n", Meta{"CPANSec meeting 2025-06-18", "2025-06-18"}, "cpansec-minutes-2025-06-18.md"},
		{"\ufeff---\r\nmeeting_time: 2025-06-04 16:00 UTC\r\ntitle: Minutes\r\n---\r\n", Meta{"Minutes", "2025-06-04"}, "cpansec-minutes-2025-06-04.md"},
		{"# Meeting 2024-02-10\n\nMeeting was on 2024-02-10.\n", Meta{"Meeting 2024-02-10", "2024-02-10"}, "cpansec-minutes-2024-02-10.md"},
		{"no title, link x2024-13-01 and 2024-01-32\n", Meta{"", ""}, "cpansec-minutes-2026-03-05.md"},
		{"---\ntitle: never closed\n# Heading\n", Meta{"Heading", ""}, "cpansec-minutes-2026-03-05.md"},
	}
	for _, tt := range tests {
		if got := m.Describe(tt.source); got != tt.meta {
			t.Errorf("Describe(%q) = %+v, want %+v", tt.source, got, tt.meta)
		}
		if got := m.FileName(tt.source); got != tt.file {
			t.Errorf("FileName(%q) = %q, want %q", tt.source, got, tt.file)
		}
	}
}
