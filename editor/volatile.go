package editor

import "strings"

// When the browser refuses its storage (blocked site data, some private
// modes), drafts live in a MemStore made by NewVolatileStore: switching
// between them loses nothing while the tab is open, but closing the tab
// forgets them all. The only lasting copy is then a saved file, so the
// DraftStore remembers which revision of each draft was saved, and the
// page asks before the tab closes while any draft has text that exists
// nowhere else (DraftStore.OnlyHere).

// NewVolatileStore returns an empty MemStore that says it forgets
// everything when the tab closes.
func NewVolatileStore() *MemStore {
	s := NewMemStore()
	s.Forgets = true
	return s
}

// Volatile reports whether the drafts are forgotten when the tab closes.
func (ds *DraftStore) Volatile() bool {
	m, ok := ds.s.(*MemStore)
	return ok && m.Forgets
}

// MarkSaved records that the text of d at its current revision was saved
// to a file.
func (ds *DraftStore) MarkSaved(d *Draft) {
	if ds.saved == nil {
		ds.saved = map[string]string{}
	}
	ds.saved[d.ID] = d.Rev
}

// OnlyHere returns the drafts, newest first, whose latest text would be
// lost with the tab: none unless the store is volatile; then every draft
// with text that has changed since it was last saved to a file.
func (ds *DraftStore) OnlyHere() []*Draft {
	if !ds.Volatile() {
		return nil
	}
	drafts, _ := ds.List()
	var lost []*Draft
	for _, d := range drafts {
		if strings.TrimSpace(d.Source) != "" && ds.saved[d.ID] != d.Rev {
			lost = append(lost, d)
		}
	}
	return lost
}
