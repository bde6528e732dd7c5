package workspace

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// page is a workspace on memory storage with a fake page around it: the
// messages shown by key, timers fired by hand, and a Markdown box whose
// typing reaches the session only when the workspace syncs it.
type page struct {
	t       *testing.T
	w       *Workspace
	store   *editor.MemStore
	tab     *editor.MemStore
	shown   map[string]ui.Message
	timers  []*timer
	typed   *string // typing in the Markdown box not yet in the session
	saved   []string
	saveErr error
	clock   time.Time
	render  time.Duration // how long each load's render takes (the fake clock advances)
	menu    int           // times the drafts list changed
}

type timer struct {
	fn      func()
	stopped bool
}

// newPage makes a workspace on store (a new MemStore when nil), restored.
func newPage(t *testing.T, store *editor.MemStore) *page {
	t.Helper()
	if store == nil {
		store = editor.NewMemStore()
	}
	p := &page{t: t, store: store, tab: editor.NewMemStore(), shown: map[string]ui.Message{},
		clock: time.Date(2025, 6, 4, 16, 0, 0, 0, time.UTC)}
	now := func() time.Time { return p.clock }
	s := editor.NewSession(now)
	p.w = New(Config{Session: s, Model: &editor.Model{Profile: profile.Default(), Now: now},
		Store: editor.NewDraftStore(store, now), Tab: p.tab, Messages: p, After: p.after, View: p, Now: now})
	s.Subscribe(func(u editor.Update) {
		if u.Origin == editor.OriginLoad {
			p.clock = p.clock.Add(p.render)
			return
		}
		p.w.Changed()
	})
	p.w.Restore()
	return p
}

func (p *page) Show(m ui.Message) string { p.shown[m.Key] = m; return m.Key }
func (p *page) DismissKey(key string)    { delete(p.shown, key) }
func (p *page) Has(key string) bool      { _, ok := p.shown[key]; return ok }

func (p *page) after(_ time.Duration, _ string, fn func()) func() {
	tm := &timer{fn: fn}
	p.timers = append(p.timers, tm)
	return func() { tm.stopped = true }
}

// fire runs the timers due, as the browser would once they elapse.
func (p *page) fire() {
	due := p.timers
	p.timers = nil
	for _, tm := range due {
		if !tm.stopped {
			tm.fn()
		}
	}
}

func (p *page) SyncText() {
	if p.typed == nil {
		return
	}
	text := *p.typed
	p.typed = nil
	if err := p.w.Session.EditText(editor.TextOf(p.w.Session.Source()), text); err != nil {
		p.t.Fatal(err)
	}
}
func (p *page) Cursor() editor.Cursor       { return editor.Cursor{Start: 1, End: 1} }
func (p *page) RestoreCursor(editor.Cursor) {}
func (p *page) DraftsChanged()              { p.menu++ }
func (p *page) FocusText()                  {}

// Save records what a download would hold.
func (p *page) Save() error {
	if p.saveErr != nil {
		return p.saveErr
	}
	p.SyncText()
	p.saved = append(p.saved, p.w.Session.Source())
	p.w.Saved()
	return nil
}

// edit replaces the document as a form edit would.
func (p *page) edit(text string) {
	p.t.Helper()
	old := p.w.Session.Source()
	if err := p.w.Session.Apply(core.Change{{Start: 0, End: len(old), Text: text}}, editor.OriginForm, ""); err != nil {
		p.t.Fatal(err)
	}
}

// typeText types into the Markdown box: the session hears of it only
// when the workspace syncs the box.
func (p *page) typeText(text string) { p.typed = &text }

// act presses the button label of the message with key.
func (p *page) act(key, label string) {
	p.t.Helper()
	m, ok := p.shown[key]
	if !ok {
		p.t.Fatalf("no message %q; shown: %v", key, p.keys())
	}
	for _, a := range m.Actions {
		if a.Label == label {
			if err := a.Do(); err != nil {
				p.t.Fatal(err)
			}
			return
		}
	}
	p.t.Fatalf("message %q has no %q: %+v", key, label, m)
}

func (p *page) keys() []string {
	var ks []string
	for k := range p.shown {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (p *page) text(key string) string { return p.shown[key].Text }

// stored is the stored text of the draft with id ("" when not stored).
func (p *page) stored(id string) string {
	d, err := p.w.Store.Load(id)
	if err != nil {
		return ""
	}
	return d.Source
}

// otherTab writes draft id as another tab would, and tells the workspace
// of it as the storage event does.
func (p *page) otherTab(id, source string) {
	p.t.Helper()
	other := editor.NewDraftStore(p.store, time.Now)
	d, err := other.Load(id)
	if err != nil {
		p.t.Fatal(err)
	}
	d.Source = source
	if err := other.Put(d, d.Rev); err != nil {
		p.t.Fatal(err)
	}
	raw, _, _ := p.store.Get(editor.DraftKey + id)
	p.w.OtherTab(StorageEvent{Key: editor.DraftKey + id, Value: raw})
}

// otherTabDeletes deletes draft id as another tab would.
func (p *page) otherTabDeletes(id string) {
	_ = p.store.Remove(editor.DraftKey + id)
	p.w.OtherTab(StorageEvent{Key: editor.DraftKey + id, Removed: true})
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
