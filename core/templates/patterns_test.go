package templates

import "testing"

func TestPlaceholderName(t *testing.T) {
	for s, want := range map[string]bool{
		"date": true, "next_date": true, "time+30": true, "time-1440": true, "a-0": true,
		"": false, "time+12345": false, "time+": false, "time+a": false, "+30": false, "Date": false, "date ": false, "time+3x": false, "é": false,
	} {
		if got := isPlaceholderName(s); got != want {
			t.Errorf("isPlaceholderName(%q) = %v", s, got)
		}
	}
}
