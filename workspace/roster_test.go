package workspace

import (
	"testing"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
)

func TestRosterKeptInTheBrowser(t *testing.T) {
	p := newPage(t, nil)
	refreshed := 0
	p.w.Session.Subscribe(func(editor.Update) { refreshed++ })
	prof := profile.Default()
	if err := p.w.AddToRoster(prof, "newmember"); err != nil {
		t.Fatal(err)
	}
	if refreshed != 1 || !contains(p.text("roster"), "@newmember is on the roster now") {
		t.Errorf("refreshed %d, %q", refreshed, p.text("roster"))
	}
	q := newPage(t, p.store)
	fresh := profile.Default()
	q.w.LoadRoster(fresh)
	if v, _, _ := p.store.Get(RosterKey); v != "@newmember" || !fresh.Known("@newmember") {
		t.Errorf("kept %q; known on the next visit: %v", v, fresh.Known("@newmember"))
	}
	p.store.FailSet = editor.ErrQuota
	if err := p.w.AddToRoster(prof, "@other"); err != nil || !contains(p.text("roster"), "would not keep it") {
		t.Errorf("a refused write is not said: %v, %q", err, p.text("roster"))
	}
}
