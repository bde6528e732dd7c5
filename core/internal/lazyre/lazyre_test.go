package lazyre

import "testing"

func TestNewCompilesOnce(t *testing.T) {
	re := New(`(?i)\bnext\b`)
	if re() != re() {
		t.Error("New compiled the expression twice")
	}
	if !re().MatchString("Next meeting") || re().MatchString("nextcloud") {
		t.Errorf("%s matches wrongly", re())
	}
}

func TestNewPanicsOnFirstUse(t *testing.T) {
	re := New(`(`) // does not panic here
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic on first use")
		}
	}()
	re()
}
