package agenda

import "testing"

func TestIsDone(t *testing.T) {
	for text, want := range map[string]bool{
		"~~@a review #120~~":                  true,
		"DONE: @ckerr to comment on #18343":   true,
		"**Done** @ckerr to comment":          true,
		"@robo to update the schedule (done)": true,
		"✅ @jkleinsc moved releases":          true,
		"@a to finish the docs. Completed":    true,
		"@zcbenz to look into done callbacks": false,
		"Done":                                false, // a word alone: no item to mark
		"@a to write doneness checks":         false,
		"[@sofianguy] ask AFP companies":      false,
		"~~":                                  false,
	} {
		if got := isDone(text); got != want {
			t.Errorf("isDone(%q) = %v, want %v", text, got, want)
		}
	}
	for title, want := range map[string]bool{"Action Items": true, "Action items:": true, "**Actions**": true, "TODO": true, "Actionable ideas": false, "Agenda": false} {
		if got := isActionTitle(title); got != want {
			t.Errorf("isActionTitle(%q) = %v, want %v", title, got, want)
		}
	}
}
