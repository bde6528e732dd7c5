//go:build js && wasm

package main

import (
	"math/rand"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// TestEditChangePatchesTextBox applies random changes as form edits to
// documents with a BOM, CR LF, lone CR, U+00A0 and astral characters: the
// text box always shows exactly the new document, and the document keeps
// its bytes.
func TestEditChangePatchesTextBox(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	pieces := []string{"a", "- [ ] @sjn x", "\r\n", "\n", "\u00a0", "é", "😀", "## H", " ", "\r"}
	for _, start := range []string{"", editor.BOM + "---\r\nlayout: page\r\n---\r\n", "# T\n\n- a 😀\n"} {
		a := newTestApp(t, nil)
		a.openAsNewDraft(start+"x\n", "test")
		patched := 0
		for step := 0; step < 150; step++ {
			old := a.Source()
			at := len(editor.BOM) * boolInt(len(old) >= len(editor.BOM) && old[:len(editor.BOM)] == editor.BOM)
			at += r.Intn(len(old) - at + 1)
			for at < len(old) && at > 0 && old[at]&0xC0 == 0x80 {
				at++
			}
			end := at
			for end < len(old) && r.Intn(3) == 0 {
				end++
				for end < len(old) && old[end]&0xC0 == 0x80 {
					end++
				}
			}
			c := core.Change{{Start: at, End: end, Text: pieces[r.Intn(len(pieces))]}}
			source := string(c.Apply([]byte(old)))
			if a.showChangeWouldPatch(old, c) {
				patched++
			}
			if err := a.session.Apply(c, OriginForm, ""); err != nil {
				t.Fatal(err)
			}
			if a.Source() != source {
				t.Fatal("the document is not the new source")
			}
			if got, want := a.els.Markdown.Value(), editor.TextOf(source); got != want {
				t.Fatalf("step %d: text box shows %q, want %q (change %+v on %q)", step, got, want, c, old)
			}
			if a.shown != editor.TextOf(source) {
				t.Fatalf("step %d: a.shown is out of step", step)
			}
		}
		if patched < 100 {
			t.Errorf("only %d of 150 changes were patched in place", patched)
		}
	}
}

// showChangeWouldPatch reports whether showChange can patch c in place.
func (a *App) showChangeWouldPatch(old string, c core.Change) bool {
	m := editor.NewTextMap(old)
	for _, s := range c {
		if !m.CleanCut(s.Start) || !m.CleanCut(s.End) || editor.JoinsLineEnding(old, s) {
			return false
		}
	}
	return !a.text.pending
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
