package form

import (
	"strings"
	"testing"
)

// TestFormDateMovesTheNextMeeting: changing the meeting's date in the form
// moves the next-meeting line with it when that line gave the cadence
// date, as one undo step.
func TestFormDateMovesTheNextMeeting(t *testing.T) {
	src := "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n## Agenda 2025-03-26\n\n- x\n\n## Next meeting\n\n- Next meeting is Wednesday 2025-04-09 @ 17:00 UTC\n"
	h := newForm(t, src)
	d := h.page.ByID("fact-date-input")
	d.SetValue("2025-04-02")
	h.page.Change(d)
	if !strings.Contains(h.src(), "## Agenda 2025-04-02") || !strings.Contains(h.src(), "Next meeting is Wednesday 2025-04-16 @ 17:00 UTC") {
		t.Fatalf("after moving the date:\n%s", h.src())
	}
	h.page.Press(h.page.ByID("fact-date-input"), "z", "ctrl")
	if h.src() != src {
		t.Errorf("one undo gives\n%s", h.src())
	}
}
