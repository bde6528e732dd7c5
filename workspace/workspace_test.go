package workspace

import (
	"errors"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/editor"
)

func TestRestoreComesBackToTheLastDraft(t *testing.T) {
	p := newPage(t, nil)
	if p.w.Autosave().Stored() || p.w.Session.Source() != "" {
		t.Fatalf("a first visit starts an empty draft, not stored: %q", p.w.Session.Source())
	}
	p.edit("# One\n")
	p.fire() // the autosave timer
	one := p.w.Current()
	if p.stored(one) != "# One\n" {
		t.Fatalf("autosave stored %q", p.stored(one))
	}
	p.w.Open("Open", "# Two\n", "the file", editor.Cursor{})
	two := p.w.Current()
	if p.stored(two) != "# Two\n" || p.stored(one) != "# One\n" || !contains(p.text("opened"), "The previous draft is in the Drafts menu.") {
		t.Fatalf("open: %q %q, %q", p.stored(one), p.stored(two), p.text("opened"))
	}
	// A new tab restores the browser's last draft; this tab its own.
	q := newPage(t, p.store)
	if q.w.Current() != two || q.w.Session.Source() != "# Two\n" {
		t.Errorf("a new tab restored %q", q.w.Session.Source())
	}
	if err := p.w.Switch(one); err != nil || p.w.Session.Source() != "# One\n" {
		t.Fatalf("switch back: %v, %q", err, p.w.Session.Source())
	}
}

func TestTypingIsStoredBeforeEverySwitch(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# One\n")
	p.w.Flush()
	one := p.w.Current()
	p.w.Open("Open", "# Two\n", "the file", editor.Cursor{})
	two := p.w.Current()
	p.typeText("# Two\n\ntyped just now\n") // not yet synced, no timer fired
	if err := p.w.Switch(one); err != nil {
		t.Fatal(err)
	}
	if p.stored(two) != "# Two\n\ntyped just now\n" {
		t.Fatalf("the typing was dropped by the switch: %q", p.stored(two))
	}
	if err := p.w.Switch(two); err != nil || p.w.Session.Source() != "# Two\n\ntyped just now\n" {
		t.Fatalf("back: %v, %q", err, p.w.Session.Source())
	}
}

// TestStorageFullStopsEveryReplacement: with storage full, no way of
// replacing the current draft drops its typed text: the action stops and
// offers Save (download) first or going on anyway, and what the scribe is
// told never claims a copy that does not exist.
func TestStorageFullStopsEveryReplacement(t *testing.T) {
	paths := []struct {
		name, verb string
		do         func(p *page, other string) error
	}{
		{"switch", "Switch", func(p *page, other string) error { return p.w.Switch(other) }},
		{"open", "Open", func(p *page, _ string) error { p.w.Open("Open", "# Opened\n", "the file", editor.Cursor{}); return nil }},
		{"share link", "Open", func(p *page, _ string) error {
			p.w.Open("Open", "# Shared\n", "the shared draft", editor.Cursor{})
			return nil
		}},
		{"new", "New", func(p *page, _ string) error { return p.w.OpenEmpty() }},
		{"new from a template", "New", func(p *page, _ string) error {
			p.w.Open("New", "# Minutes\n", "the new minutes", editor.Cursor{})
			return nil
		}},
		{"delete", "Delete", func(p *page, _ string) error { return p.w.Delete(p.w.Current()) }},
	}
	for _, path := range paths {
		for _, goOn := range []string{"Save, then go on", path.verb + " anyway"} {
			t.Run(path.name+"/"+goOn, func(t *testing.T) {
				p := newPage(t, nil)
				p.edit("# Other\n")
				p.w.Flush()
				other := p.w.Current()
				p.w.Open("Open", "# Mine\n", "test", editor.Cursor{})
				mine := p.w.Current()
				p.DismissKey("opened")
				p.store.FailSet = editor.ErrQuota
				p.typeText("# Mine\n\na line typed with storage full\n")
				if err := path.do(p, other); err != nil {
					t.Fatal(err)
				}
				if p.w.Current() != mine || p.w.Session.Source() != "# Mine\n\na line typed with storage full\n" {
					t.Fatalf("replaced although not stored: %q", p.w.Session.Source())
				}
				if !contains(p.text("unsaved"), "storage is full or refused") || !contains(p.text("storage-full"), "could not be stored") {
					t.Fatalf("messages %v: %q", p.keys(), p.text("unsaved"))
				}
				p.act("unsaved", goOn)
				saved := len(p.saved) == 1 && p.saved[0] == "# Mine\n\na line typed with storage full\n"
				if goOn == "Save, then go on" && !saved {
					t.Fatalf("not downloaded first: %q", p.saved)
				}
				if path.name == "delete" { // storage refuses the move to the trash too: the draft stays
					if p.w.Current() != mine || p.w.Session.Source() != "# Mine\n\na line typed with storage full\n" {
						t.Fatalf("delete with storage full: %q", p.w.Session.Source())
					}
					return
				}
				if p.w.Current() == mine || p.Has("unsaved") {
					t.Fatalf("did not go on: %v", p.keys())
				}
				if p.stored(mine) == "# Mine\n\na line typed with storage full\n" {
					t.Fatal("the store took a write it refused")
				}
				if note := p.text("opened"); contains(note, "The previous draft is in the Drafts menu.") {
					t.Errorf("claims a stored copy: %q", note)
				}
			})
		}
	}
}

func TestStorageFullThenRecovers(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# One\n")
	p.w.Flush()
	p.store.FailSet = editor.ErrQuota
	p.edit("# One\n\nmore\n")
	if out := p.w.Flush(); out != editor.Failed || p.w.Autosave().Safe() {
		t.Fatalf("flush %v", out)
	}
	p.act("storage-full", "Save now")
	if len(p.saved) != 1 || p.saved[0] != "# One\n\nmore\n" {
		t.Fatalf("Save now downloaded %q", p.saved)
	}
	p.store.FailSet = nil
	if out := p.w.Flush(); out != editor.Recovered || !contains(p.text("storage-full"), "stored in this browser again") {
		t.Fatalf("flush %v, %v", out, p.keys())
	}
	if p.stored(p.w.Current()) != "# One\n\nmore\n" {
		t.Errorf("stored %q", p.stored(p.w.Current()))
	}
}

// TestStorageUnavailable: on the memory the page falls back to, switching
// loses nothing while the tab is open, what the scribe is told says so,
// and leaving warns until every draft is saved.
func TestStorageUnavailable(t *testing.T) {
	p := newPage(t, editor.NewVolatileStore())
	p.edit("# One\n")
	p.w.Open("Open", "# Two\n", "the file", editor.Cursor{})
	if !contains(p.text("opened"), "while this tab stays open") {
		t.Errorf("opened: %q", p.text("opened"))
	}
	if !p.w.Leaving() {
		t.Error("leaving with drafts only in memory does not warn")
	}
	for _, d := range p.w.Drafts() {
		if err := p.w.Switch(d.ID); err != nil {
			t.Fatal(err)
		}
		if err := p.Save(); err != nil {
			t.Fatal(err)
		}
	}
	if p.w.Leaving() {
		t.Error("leaving warns although every draft was saved")
	}
}

// TestOtherTab walks each thing another tab can do to the draft open here,
// with and without changes of this tab's own: every case ends with this
// tab's typing stored, or the scribe asked (issue 16, point 2).
func TestOtherTab(t *testing.T) {
	cases := []struct {
		name       string
		mine       bool // this tab has changes not yet stored
		other      func(p *page, id string)
		then       func(p *page)
		wantSource string // what this tab shows after
		wantStored string // what is stored after this tab types "typed\n" at the end
		asked      bool   // the conflict question is shown
	}{
		{name: "writes, nothing of mine", other: func(p *page, id string) { p.otherTab(id, "theirs\n") },
			wantSource: "theirs\n", wantStored: "theirs\ntyped\n"},
		{name: "writes, mine pending", mine: true, other: func(p *page, id string) { p.otherTab(id, "theirs\n") },
			wantSource: "mine\n", wantStored: "theirs\n", asked: true},
		{name: "writes, mine pending, reload", mine: true, other: func(p *page, id string) { p.otherTab(id, "theirs\n") },
			then: func(p *page) { p.act("conflict", "Reload from the other tab") }, wantSource: "theirs\n", wantStored: "theirs\ntyped\n"},
		{name: "writes, mine pending, keep both", mine: true, other: func(p *page, id string) { p.otherTab(id, "theirs\n") },
			then: func(p *page) { p.act("conflict", "Keep both") }, wantSource: "mine\n", wantStored: "mine\ntyped\n"},
		{name: "deletes, nothing of mine", other: func(p *page, id string) { p.otherTabDeletes(id) },
			wantSource: "first\n", wantStored: "first\ntyped\n"},
		{name: "deletes, mine pending", mine: true, other: func(p *page, id string) { p.otherTabDeletes(id) },
			wantSource: "mine\n", wantStored: "mine\ntyped\n"},
		{name: "writes then deletes during the question", mine: true, other: func(p *page, id string) {
			p.otherTab(id, "theirs\n")
			p.otherTabDeletes(id)
		}, wantSource: "mine\n", wantStored: "mine\ntyped\n"},
		{name: "clears all storage", mine: true, other: func(p *page, _ string) {
			keys, _ := p.store.Keys()
			for _, k := range keys {
				_ = p.store.Remove(k)
			}
			p.w.OtherTab(StorageEvent{Cleared: true})
		},
			wantSource: "mine\n", wantStored: "mine\ntyped\n"},
		{name: "writes another draft", mine: true, other: func(p *page, _ string) {
			p.w.OtherTab(StorageEvent{Key: editor.DraftKey + "another", Value: "{}"})
		}, wantSource: "mine\n", wantStored: "mine\ntyped\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newPage(t, nil)
			p.edit("first\n")
			p.w.Flush()
			id := p.w.Current()
			if c.mine {
				p.edit("mine\n")
			}
			c.other(p, id)
			if c.then != nil {
				c.then(p)
			}
			if got := p.w.Session.Source(); got != c.wantSource {
				t.Errorf("shows %q, want %q", got, c.wantSource)
			}
			if asked := p.Has("conflict") && contains(p.text("conflict"), "changed in another tab"); asked != c.asked {
				t.Errorf("asked %v (%v: %q)", asked, p.keys(), p.text("conflict"))
			}
			p.edit(p.w.Session.Source() + "typed\n")
			p.fire()
			if got := p.stored(p.w.Current()); got != c.wantStored {
				t.Errorf("stored %q, want %q", got, c.wantStored)
			}
			if c.asked && p.stored(id) != "theirs\n" {
				t.Errorf("the other tab's text was overwritten: %q", p.stored(id))
			}
		})
	}
}

func TestDeleteAndUndo(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# One\n")
	p.w.Flush()
	one := p.w.Current()
	if err := p.w.Delete(one); err != nil {
		t.Fatal(err)
	}
	if d, _ := p.w.Store.List(); len(d) != 0 || p.w.Current() == one || !contains(p.text("deleted"), "Deleted “One”") {
		t.Fatalf("not deleted: %d, %q", len(d), p.text("deleted"))
	}
	p.act("deleted", "Undo")
	if p.w.Current() != one || p.w.Session.Source() != "# One\n" {
		t.Errorf("undo did not bring it back: %q", p.w.Session.Source())
	}
}

func TestRename(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# One\n")
	p.w.Flush()
	one := p.w.Current()
	p.w.Open("Open", "# Two\n", "test", editor.Cursor{})
	_ = p.w.Rename(one, "First")
	_ = p.w.Rename(p.w.Current(), "Second")
	names := map[string]bool{}
	for _, d := range p.w.Drafts() {
		names[d.Label()] = true
	}
	if d, _ := p.w.Store.Load(one); d.Name != "First" || !names["Second"] {
		t.Errorf("names %v", names)
	}
	p.store.FailSet = errors.New("refused")
	_ = p.w.Rename(one, "Again")
	if !contains(p.text("storage-full"), "refused") {
		t.Errorf("a refused rename is not said: %v", p.keys())
	}
}

// TestSlowDraftOpensAsPlainText: a draft whose showing took over a second
// is marked; the next start opens it as plain text with the way back.
func TestSlowDraftOpensAsPlainText(t *testing.T) {
	p := newPage(t, nil)
	big := "# Big\n\n" + repeat("- item\n", slowBytes/7+1)
	p.render = 2 * slowWork
	p.w.Open("Open", big, "test", editor.Cursor{})
	if !contains(p.text("slow"), "opens as plain text") {
		t.Fatalf("no warning: %v", p.keys())
	}
	q := newPage(t, p.store)
	if !q.w.PlainText() || !q.Has("froze") {
		t.Fatalf("not plain text: %v", q.keys())
	}
	q.act("froze", "Show the form and preview")
	if q.w.PlainText() || q.w.Store.FrozeOpening(q.w.Current()) {
		t.Error("still plain text")
	}
	r := newPage(t, p.store)
	if r.w.PlainText() {
		t.Error("plain text again after the form showed it in time")
	}
}

func TestWatchedRender(t *testing.T) {
	p := newPage(t, nil)
	p.edit(repeat("- item\n", slowBytes/7+1))
	p.w.Flush()
	id := p.w.Current()
	p.w.Watched(watchBytes, 0, func() {})
	if p.w.Store.FrozeOpening(id) {
		t.Fatal("a fast render left its mark")
	}
	p.w.Watched(watchBytes, 0, func() { p.clock = p.clock.Add(2 * slowWork) })
	if !p.w.Store.FrozeOpening(id) || !p.Has("slow") {
		t.Error("a slow render of a large draft is not marked")
	}
}

func TestCorruptDraftReported(t *testing.T) {
	store := editor.NewMemStore()
	_ = store.Set(editor.DraftKey+"broken", "{not json")
	p := newPage(t, store)
	if !contains(p.text("corrupt:"+editor.DraftKey+"broken"), "kept aside") {
		t.Errorf("messages %v", p.keys())
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}

// A text past the render budget (a hostile share link) opens as plain text
// and marked, so a reload opens it so too; with storage full it waits for
// the scribe and still opens as plain text once they go on.
func TestOpenPlainPastTheBudget(t *testing.T) {
	over := errors.New("too many lines")
	p := newPage(t, nil)
	p.edit("# Mine\n")
	p.w.Flush()
	mine := p.w.Current()
	p.w.OpenPlain("Open", "# Hostile\n", "the shared draft", over)
	if p.w.Current() == mine || !p.w.PlainText() || !contains(p.text("froze"), "too many lines") {
		t.Fatalf("not opened as plain text: plain %v, messages %v", p.w.PlainText(), p.keys())
	}
	q := newPage(t, p.store)
	if !q.w.PlainText() || q.w.Session.Source() != "# Hostile\n" {
		t.Fatalf("after a reload: plain %v, %q", q.w.PlainText(), q.w.Session.Source())
	}

	r := newPage(t, nil)
	r.edit("# Mine\n")
	r.w.Flush()
	r.store.FailSet = editor.ErrQuota
	r.typeText("# Mine\n\ntyped with storage full\n")
	r.w.OpenPlain("Open", "# Hostile\n", "the shared draft", over)
	if r.w.PlainText() || !r.Has("unsaved") {
		t.Fatalf("replaced before asking: %v", r.keys())
	}
	r.act("unsaved", "Open anyway")
	if !r.w.PlainText() || r.w.Session.Source() != "# Hostile\n" {
		t.Fatalf("after Open anyway: plain %v, %q", r.w.PlainText(), r.w.Session.Source())
	}
}

// A share link's draft is checked as a file is, then opens as a new draft,
// or as plain text past the render budget.
func TestOpenShared(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# Mine\n")
	p.w.Flush()
	mine := p.w.Current()
	if err := p.w.OpenShared([]byte{0xff, 0xfe, 0}); err == nil || !strings.HasPrefix(err.Error(), "share link:") || p.w.Current() != mine {
		t.Fatalf("binary data: %v, current changed %v", err, p.w.Current() != mine)
	}
	if err := p.w.OpenShared([]byte("# Shared\n")); err != nil || p.w.Current() == mine || p.w.PlainText() || p.w.Session.Source() != "# Shared\n" {
		t.Fatalf("a small draft: %v, plain %v, %q", err, p.w.PlainText(), p.w.Session.Source())
	}
	huge := repeat("- x\n", preview.MaxLines+1)
	if err := p.w.OpenShared([]byte(huge)); err != nil || !p.w.PlainText() || p.w.Session.Source() != huge {
		t.Fatalf("past the budget: %v, plain %v", err, p.w.PlainText())
	}
}

// A file, drop or paste is checked before it opens: bad bytes change
// nothing; real minutes open in the form; a file far past the preview's
// size budget opens as plain text.
func TestOpenGiven(t *testing.T) {
	p := newPage(t, nil)
	p.edit("# Mine\n")
	p.w.Flush()
	mine := p.w.Current()
	if err := p.w.OpenGiven("bad.md", []byte("\xff\xfe\x00binary"), "“bad.md”"); err == nil || p.w.Current() != mine {
		t.Fatalf("bad bytes: err %v, current changed %v", err, p.w.Current() != mine)
	}
	if err := p.w.OpenGiven("ok.md", []byte("# Minutes\n\n- [ ] item\n"), "“ok.md”"); err != nil || p.w.Current() == mine || p.w.PlainText() {
		t.Fatalf("real minutes: err %v, plain %v", err, p.w.PlainText())
	}
	hostile := "# Hostile\n\n" + repeat("- x\n", 9000) // past the line budget
	if err := p.w.OpenGiven("hostile.md", []byte(hostile), "“hostile.md”"); err != nil || !p.w.PlainText() || p.w.Session.Source() != hostile {
		t.Fatalf("hostile file: err %v, plain %v", err, p.w.PlainText())
	}
}
