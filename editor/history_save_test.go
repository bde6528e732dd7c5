package editor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// TestHistorySurvivesASave: random edits, some undone; the history saved
// and restored for the same text undoes and redoes exactly as the
// original would.
func TestHistorySurvivesASave(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		r := rand.New(rand.NewPCG(seed, 3))
		s := NewSession(clock(2 * time.Second))
		if err := s.Load(sessionStarts[int(seed)%len(sessionStarts)]); err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 30; i++ {
			if r.IntN(2) == 0 {
				_ = randomTextEdit(s, r)
			} else {
				_ = randomFormEdit(s, r)
			}
		}
		for i := 0; i < 5; i++ {
			_, _ = s.Undo()
		}
		saved := s.History().Encode(s.Source())
		copy := NewSession(clock(time.Second))
		if err := copy.Load(s.Source()); err != nil {
			t.Fatal(err)
		}
		if err := copy.History().Decode(saved, copy.Source()); err != nil {
			t.Fatal(err)
		}
		for s.History().CanUndo() {
			_, _ = s.Undo()
			if ok, err := copy.Undo(); !ok || err != nil || copy.Source() != s.Source() {
				t.Fatalf("seed %d: undo after restore gives %q, want %q (%v)", seed, copy.Source(), s.Source(), err)
			}
		}
		for s.History().CanRedo() {
			_, _ = s.Redo()
			if ok, err := copy.Redo(); !ok || err != nil || copy.Source() != s.Source() {
				t.Fatalf("seed %d: redo after restore differs", seed)
			}
		}
	}
}

func TestHistoryRefusedForAnotherText(t *testing.T) {
	s := NewSession(clock(2 * time.Second))
	_ = s.Load("- a\n")
	_ = s.EditText("- a\n", "- ab\n")
	saved := s.History().Encode(s.Source())
	other := NewSession(clock(time.Second))
	_ = other.Load("- ab, changed in another tab\n")
	if err := other.History().Decode(saved, other.Source()); err == nil || other.History().CanUndo() {
		t.Errorf("a history of another text was restored: %v", err)
	}
	for _, damaged := range []string{"", "h1", saved[:len(saved)-2], strings.Replace(saved, "1:", "9:", 1), "x" + saved} {
		if err := other.History().Decode(damaged, "- ab\n"); err == nil || other.History().CanUndo() {
			t.Errorf("damaged history %q restored", damaged)
		}
	}
}

func TestHistorySaveKeepsTheNewestThatFit(t *testing.T) {
	s := NewSession(clock(2 * time.Second))
	_ = s.Load("")
	big := strings.Repeat("x", MaxSavedHistory/4)
	for i := 0; i < 8; i++ {
		src := s.Source()
		_ = s.EditText(TextOf(src), TextOf(src)+big[:len(big)-i]+"\n")
	}
	saved := s.History().Encode(s.Source())
	if len(saved) > MaxSavedHistory+100 {
		t.Fatalf("saved %d bytes, cap %d", len(saved), MaxSavedHistory)
	}
	copy := NewSession(clock(time.Second))
	_ = copy.Load(s.Source())
	if err := copy.History().Decode(saved, copy.Source()); err != nil {
		t.Fatal(err)
	}
	n := 0
	for copy.History().CanUndo() {
		_, _ = copy.Undo()
		n++
	}
	if n == 0 || n >= 8 {
		t.Errorf("%d steps restored of 8", n)
	}
}
