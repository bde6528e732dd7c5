package agenda

import (
	"testing"

	"github.com/cpansec/minutes/core/when"
)

func TestRespell(t *testing.T) {
	to := when.At(2025, 3, 26, 17, 0)
	tests := []struct{ line, want string }{
		{"2025-03-12", "2025-03-26"},
		{"Wednesday 2025-03-12 @ 16:00UTC", "Wednesday 2025-03-26 @ 17:00UTC"},
		{"Wed 2025-03-12 16:08 UTC", "Wed 2025-03-26 17:00 UTC"},
		{"Friday 2025-03-14", "Wednesday 2025-03-26"},
		{"Thurs 2025-03-13", "Wed 2025-03-26"},
		{"Saturday February 10th 2024, at 15:00 UTC", "Wednesday March 26th 2025, at 17:00 UTC"},
		{"Feb 24th 2024, at 15:00 UTC", "Mar 26th 2025, at 17:00 UTC"},
		{"July 03, 2024 17:00 UTC", "March 26, 2025 17:00 UTC"},
		{"Sept. 30th", "Mar. 26th"},
		{"26th October 2024", "26th March 2025"},
		{"12-03-2025", "26-03-2025"},
		{"1-3-2025", "26-3-2025"},
		{"FEBRUARY 1ST, 2024", "MARCH 26TH, 2025"},
		{"1700 UTC", ""}, // no date
		// Times in another zone or with AM/PM keep their text: the new
		// time is UTC.
		{"December 14th, 2025, 11a - Noon (Pacific Time)", "March 26th, 2025, 11a - Noon (Pacific Time)"},
		{"2025-03-12 8:30 AM PDT", "2025-03-26 8:30 AM PDT"},
		{"2025-03-12 5pm UTC", "2025-03-26 5pm UTC"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			m, ok := when.First(tt.line)
			if !ok {
				if tt.want != "" {
					t.Fatalf("no date in %q", tt.line)
				}
				return
			}
			w := to
			if !m.When.HasYear() {
				w.Year = 0
			}
			got := tt.line[:m.Start] + respell(tt.line, m, w, true) + tt.line[m.End:]
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDayOrdinals(t *testing.T) {
	for day, want := range map[int]string{1: "March 1st", 2: "March 2nd", 3: "March 3rd", 11: "March 11th", 22: "March 22nd", 31: "March 31st"} {
		if got := wordsLike("June 4th", when.Date(2025, 3, day)); got != want {
			t.Errorf("day %d: got %q, want %q", day, got, want)
		}
	}
}

func TestClockLike(t *testing.T) {
	c := when.Clock{Hour: 9, Minute: 5, Zone: when.UTC}
	for old, want := range map[string]string{"17:00UTC": "09:05UTC", "16:00 UTC": "09:05 UTC", "1700 UTC": "0905 UTC", "9:30": "9:05"} {
		if got := clockLike(old, c); got != want {
			t.Errorf("clockLike(%q) = %q, want %q", old, got, want)
		}
	}
}

func TestHeadingOffset(t *testing.T) {
	tests := []struct {
		title string
		off   int
		ok    bool
	}{
		{"Pre-meeting socializing", -30, true},
		{"Meeting start", 0, true},
		{"Meeting begin (~~timeboxed~~)", 0, true},
		{"Meeting end (timeboxed)", 60, true},
		{"End", 90, true},
		{"En", 90, true},
		{"Post-meeting socializing end", 90, true},
		{"Lightning talks", 0, false},
	}
	for _, tt := range tests {
		if off, ok := headingOffset(tt.title); off != tt.off || ok != tt.ok {
			t.Errorf("%q: got %d %v, want %d %v", tt.title, off, ok, tt.off, tt.ok)
		}
	}
}
