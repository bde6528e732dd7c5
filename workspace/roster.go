package workspace

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/ui"
)

// RosterKey is where the names a scribe added to the roster are kept, one
// handle a line: new members are known before the profile file lists them.
const RosterKey = "minutes:roster"

// LoadRoster adds the names kept in the browser to p.
func (w *Workspace) LoadRoster(p *profile.Profile) {
	for _, h := range w.addedNames() {
		_ = p.Add(h)
	}
}

// addedNames returns the handles kept under RosterKey.
func (w *Workspace) addedNames() []string {
	v, ok, err := w.Store.Store().Get(RosterKey)
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

// AddToRoster makes handle known to p and keeps it for later visits; the
// panels then show the document again without the warning.
func (w *Workspace) AddToRoster(p *profile.Profile, handle string) error {
	if !strings.HasPrefix(handle, "@") {
		handle = "@" + handle
	}
	if err := p.Add(handle); err != nil {
		return err
	}
	names := append(w.addedNames(), handle)
	if err := w.Store.Store().Set(RosterKey, strings.Join(names, "\n")); err != nil {
		w.Messages.Show(ui.Message{Key: "roster", Kind: ui.KindWarning,
			Text: handle + " is on the roster for this visit, but the browser would not keep it (" + err.Error() + ")."})
	} else {
		w.Messages.Show(ui.Message{Key: "roster", Kind: ui.KindInfo, Timeout: 6 * time.Second,
			Text: handle + " is on the roster now (kept in this browser)."})
	}
	w.Session.Refresh()
	return nil
}
