//go:build js && wasm

package main

import (
	"strings"
	"testing"
)

// TestFormDateMovesTheNextMeeting: changing the meeting's date in the form
// moves the next-meeting line with it when that line gave the cadence
// date, as one undo step.
func TestFormDateMovesTheNextMeeting(t *testing.T) {
	src := "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n## Agenda 2025-03-26\n\n- x\n\n## Next meeting\n\n- Next meeting is Wednesday 2025-04-09 @ 17:00 UTC\n"
	a, _, _ := newFormEditor(t, src)
	d := byID("fact-date-input")
	d.Set("value", "2025-04-02")
	formChange(d)
	if !strings.Contains(a.Source(), "## Agenda 2025-04-02") || !strings.Contains(a.Source(), "Next meeting is Wednesday 2025-04-16 @ 17:00 UTC") {
		t.Fatalf("after moving the date:\n%s", a.Source())
	}
	formPress(byID("fact-date-input"), "z", "ctrl")
	if a.Source() != src {
		t.Errorf("one undo gives\n%s", a.Source())
	}
}
