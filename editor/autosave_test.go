package editor

import (
	"fmt"
	"testing"
	"time"
)

// autosaveWorld is one tab's Autosave and the storage two tabs share.
type autosaveWorld struct {
	store *MemStore
	ds    *DraftStore
	s     *Autosave
	id    string
}

func newAutosaveWorld() *autosaveWorld {
	store := NewMemStore()
	ds := NewDraftStore(store, time.Now)
	w := &autosaveWorld{store: store, ds: ds, s: NewAutosave(ds)}
	d := ds.NewDraft("first\n")
	w.id = d.ID
	w.s.Load(d, false)
	return w
}

// typeAndFlush is the scribe typing text, then the autosave timer.
func (w *autosaveWorld) typeAndFlush(text string) Outcome {
	w.s.Changed()
	return w.s.Flush(text, "", "", Cursor{})
}

// stored is the stored source of the draft, or "" with false.
func (w *autosaveWorld) stored() (string, bool) {
	d, err := w.ds.Load(w.id)
	if err != nil {
		return "", false
	}
	return d.Source, true
}

// otherTabWrites stores text as the other tab does, and tells this tab.
func (w *autosaveWorld) otherTabWrites(text string) {
	d, err := w.ds.Load(w.id)
	if err != nil {
		panic(err)
	}
	d.Source = text
	if err := w.ds.Put(d, d.Rev); err != nil {
		panic(err)
	}
	raw, _, _ := w.store.Get(DraftKey + w.id)
	w.s.OtherTabWrote(raw)
}

func (w *autosaveWorld) otherTabDeletes() {
	_ = w.store.Remove(DraftKey + w.id)
	w.s.OtherTabDeleted()
}

// The states a tab can be in, each reached the way a scribe reaches it.
var autosaveStates = []struct {
	name  string
	reach func(w *autosaveWorld)
}{
	{"new, never stored", func(*autosaveWorld) {}},
	{"clean", func(w *autosaveWorld) { w.typeAndFlush("stored\n") }},
	{"dirty", func(w *autosaveWorld) { w.typeAndFlush("stored\n"); w.s.Changed() }},
	{"held", func(w *autosaveWorld) { w.typeAndFlush("stored\n"); w.otherTabWrites("other\n") }},
	{"held with edits", func(w *autosaveWorld) {
		w.typeAndFlush("stored\n")
		w.otherTabWrites("other\n")
		w.typeAndFlush("mine\n")
	}},
	{"failing", func(w *autosaveWorld) { w.store.FailSet = ErrQuota; w.typeAndFlush("refused\n") }},
	{"deleted elsewhere", func(w *autosaveWorld) { w.typeAndFlush("stored\n"); w.otherTabDeletes() }},
}

// The events that can come next.
var autosaveEvents = []struct {
	name string
	do   func(w *autosaveWorld)
}{
	{"nothing", func(*autosaveWorld) {}},
	{"the other tab writes", func(w *autosaveWorld) {
		if _, ok := w.stored(); ok {
			w.otherTabWrites("other again\n")
		}
	}},
	{"the other tab deletes", func(w *autosaveWorld) { w.otherTabDeletes() }},
	{"storage fills up", func(w *autosaveWorld) { w.store.FailSet = ErrQuota }},
	{"storage frees up", func(w *autosaveWorld) { w.store.FailSet = nil }},
}

// TestAutosaveStates walks every state and event: then the scribe types.
// Either the typed text is stored, or the outcome says why not and the
// draft is not called safe, so the app tells the scribe and lets nothing
// replace the text unasked.
func TestAutosaveStates(t *testing.T) {
	for _, st := range autosaveStates {
		for _, ev := range autosaveEvents {
			t.Run(st.name+", "+ev.name, func(t *testing.T) {
				w := newAutosaveWorld()
				st.reach(w)
				ev.do(w)
				out := w.typeAndFlush("typed\n")
				got, ok := w.stored()
				switch out {
				case Written, FirstWrite, Recovered:
					if !ok || got != "typed\n" || !w.s.Safe() {
						t.Errorf("outcome %d but stored %q (%v), safe %v", out, got, ok, w.s.Safe())
					}
				case Held, Conflict:
					if w.s.Safe() || !w.s.IsHeld() {
						t.Errorf("outcome %d: safe %v, held %v", out, w.s.Safe(), w.s.IsHeld())
					}
				case Failed:
					if w.s.Safe() || w.s.Err() == nil || w.store.FailSet == nil {
						t.Errorf("failed with storage working, or called safe")
					}
				default:
					t.Errorf("typing gave outcome %d: neither stored nor a reason", out)
				}
				if want := expectedOutcome(st.name, ev.name); fmt.Sprint(want) != fmt.Sprint(out) {
					t.Errorf("outcome %d, want %d", out, want)
				}
			})
		}
	}
}

// expectedOutcome is what typing after a state and an event must give.
func expectedOutcome(state, event string) Outcome {
	heldBefore := state == "held" || state == "held with edits"
	full := event == "storage fills up" || state == "failing" && event != "storage frees up"
	storedBefore := state != "new, never stored" && state != "deleted elsewhere" && state != "failing"
	switch {
	case event == "the other tab deletes":
		if full {
			return Failed
		}
		if state == "failing" {
			return Recovered
		}
		return FirstWrite // stored again as it is here
	case heldBefore:
		return Held // however storage is, nothing is written over the other tab's text
	case full:
		return Failed
	case event == "the other tab writes" && storedBefore:
		return Held
	case state == "failing":
		return Recovered
	case !storedBefore:
		return FirstWrite
	}
	return Written
}

func TestAutosaveRecoversAfterFailure(t *testing.T) {
	w := newAutosaveWorld()
	w.typeAndFlush("one\n")
	w.store.FailSet = ErrQuota
	if out := w.typeAndFlush("two\n"); out != Failed || w.s.Safe() {
		t.Fatalf("full storage: outcome %d, safe %v", out, w.s.Safe())
	}
	w.store.FailSet = nil
	if out := w.s.Flush("two\n", "", "", Cursor{}); out != Recovered || !w.s.Safe() {
		t.Fatalf("after freeing: outcome %d", out)
	}
	if got, _ := w.stored(); got != "two\n" {
		t.Errorf("stored %q", got)
	}
}

func TestAutosaveOwnWriteIsNoConflict(t *testing.T) {
	w := newAutosaveWorld()
	w.typeAndFlush("one\n")
	raw, _, _ := w.store.Get(DraftKey + w.id)
	if w.s.OtherTabWrote(raw) || w.s.IsHeld() {
		t.Error("this tab's own write, echoed back, was taken for another tab's")
	}
}
