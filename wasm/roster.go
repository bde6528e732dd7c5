//go:build js && wasm

package main

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
)

// rosterKey is where the names a scribe added to the roster are kept, one
// handle a line: new members are known before the profile file lists them.
const rosterKey = "minutes:roster"

// loadRoster adds the names kept in the browser to the profile.
func (a *App) loadRoster(p *profile.Profile) {
	for _, h := range a.addedNames() {
		_ = p.Add(h)
	}
}

// addedNames returns the handles kept under rosterKey.
func (a *App) addedNames() []string {
	v, ok, err := a.drafts.Store().Get(rosterKey)
	if err != nil || !ok {
		return nil
	}
	var out []string
	for _, h := range strings.Split(v, "\n") {
		if h = strings.TrimSpace(h); h != "" {
			out = append(out, h)
		}
	}
	return out
}

// addToRoster makes handle known to the profile and keeps it for later
// visits; the panels then show the document again without the warning.
func (a *App) addToRoster(p *profile.Profile, handle string) error {
	if !strings.HasPrefix(handle, "@") {
		handle = "@" + handle
	}
	if err := p.Add(handle); err != nil {
		return err
	}
	names := append(a.addedNames(), handle)
	if err := a.drafts.Store().Set(rosterKey, strings.Join(names, "\n")); err != nil {
		a.msgs.Show(Message{Key: "roster", Kind: KindWarning,
			Text: handle + " is on the roster for this visit, but the browser would not keep it (" + err.Error() + ")."})
	} else {
		a.msgs.Show(Message{Key: "roster", Kind: KindInfo, Timeout: 6 * time.Second,
			Text: handle + " is on the roster now (kept in this browser)."})
	}
	a.view.Refresh()
	return nil
}
