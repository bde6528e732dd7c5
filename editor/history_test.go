package editor

import (
	"math/rand"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
)

// TestHistoryRestoresEveryState applies random edits, some merged, then
// undoes them all and redoes them all, checking each state on the way.
func TestHistoryRestoresEveryState(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	src := []byte("## A\n- [ ] one\n- two\n")
	var h History
	states := [][]byte{src}
	at := time.Unix(0, 0)
	for i := 0; i < 200; i++ {
		pos := r.Intn(len(src) + 1)
		end := min(len(src), pos+r.Intn(3))
		c := core.Change{{Start: pos, End: end, Text: []string{"", "x", "yz", "\n"}[r.Intn(4)]}}
		key := []string{"", "a", "a", "b"}[r.Intn(4)]
		at = at.Add(time.Duration(r.Intn(2000)) * time.Millisecond)
		before := src
		src = c.Apply(src)
		n := len(h.undo)
		h.Push(c, before, at, key)
		if len(h.undo) == n { // merged into the last step
			states[len(states)-1] = src
		} else {
			states = append(states, src)
		}
	}
	for i := len(states) - 1; i > 0; i-- {
		c, ok := h.Undo()
		if !ok {
			t.Fatalf("undo %d: nothing to undo", i)
		}
		src = c.Apply(src)
		if string(src) != string(states[i-1]) {
			t.Fatalf("undo to state %d gives %q, want %q", i-1, src, states[i-1])
		}
	}
	if _, ok := h.Undo(); ok {
		t.Fatal("undo past the first state")
	}
	for i := 1; i < len(states); i++ {
		c, _ := h.Redo()
		src = c.Apply(src)
		if string(src) != string(states[i]) {
			t.Fatalf("redo to state %d gives %q", i, src)
		}
	}
}
