package editor

import (
	"testing"
	"time"
)

// TestOnlyHere: with storage the browser keeps, nothing is "only here";
// with the volatile fallback, every draft with text is, until the
// revision it has now is saved to a file, and again after it changes.
func TestOnlyHere(t *testing.T) {
	now := func() time.Time { return time.UnixMilli(1_700_000_000_000) }
	kept := NewDraftStore(NewMemStore(), now)
	put(t, kept, kept.NewDraft("# Kept\n"))
	if kept.Volatile() || len(kept.OnlyHere()) != 0 {
		t.Fatalf("a lasting store reports drafts only here: %v", kept.OnlyHere())
	}

	ds := NewDraftStore(NewVolatileStore(), now)
	if !ds.Volatile() {
		t.Fatal("the fallback store does not say it forgets")
	}
	a, empty := ds.NewDraft("# A\n"), ds.NewDraft(" \n")
	put(t, ds, a)
	put(t, ds, empty)
	if got := ids(ds.OnlyHere()); got != a.ID {
		t.Fatalf("only here: %q, want the draft with text %q", got, a.ID)
	}
	ds.MarkSaved(a)
	if got := ids(ds.OnlyHere()); got != "" {
		t.Fatalf("after saving to a file, only here: %q", got)
	}
	a.Source = "# A\n\nmore\n"
	put(t, ds, a)
	if got := ids(ds.OnlyHere()); got != a.ID {
		t.Errorf("after a change since the save, only here: %q", got)
	}
}

func put(t *testing.T, ds *DraftStore, d *Draft) {
	t.Helper()
	if err := ds.Put(d, d.Rev); err != nil {
		t.Fatal(err)
	}
}

func ids(ds []*Draft) string {
	s := ""
	for _, d := range ds {
		s += d.ID
	}
	return s
}
