package editor

import "errors"

// Autosave is the policy that keeps the current draft in a DraftStore:
// whether it has changes not yet stored, whether another tab wrote or
// deleted it, whether storage refuses writes. It holds no timer and no
// page: the app says when something happened (Changed, Flush, the other
// tab's events) and shows what the returned Outcome means.
//
// Its states: Clean (everything stored), Dirty (changes to store), Held
// (another tab wrote this draft: this tab's writes wait for the user, who
// reloads the other tab's text or keeps both), Failing (the last write
// was refused). From every state a Flush either
// stores the text or reports why not, and typing always ends stored or
// told (TestAutosaveStates walks every pair of state and event).
type Autosave struct {
	drafts *DraftStore
	draft  *Draft
	stored bool // the draft exists in storage with draft.Rev
	dirty  bool // the document, name or cursor changed since the last write
	held   bool // another tab wrote the draft: writes wait for the user
	fail   error
}

// Outcome is what a Flush did.
type Outcome int

// Outcomes of a Flush.
const (
	Unchanged  Outcome = iota // nothing to store
	Written                   // stored
	FirstWrite                // stored for the first time (the drafts list changed)
	Recovered                 // stored after writes had failed (perhaps for the first time)
	Held                      // not stored: another tab's write waits for the user
	Conflict                  // not stored: another tab wrote the draft just now
	Failed                    // not stored: storage refused (Err says why)
)

// NewAutosave keeps drafts in ds.
func NewAutosave(ds *DraftStore) *Autosave { return &Autosave{drafts: ds} }

// Load makes d the current draft; stored says whether it is in storage.
func (s *Autosave) Load(d *Draft, stored bool) {
	*s = Autosave{drafts: s.drafts, draft: d, stored: stored}
}

// Draft is the current draft. Its Source is the text last stored; the
// session holds the text being edited.
func (s *Autosave) Draft() *Draft { return s.draft }

// Stored reports whether the current draft exists in storage.
func (s *Autosave) Stored() bool { return s.stored }

// Changed marks the draft as having changes to store.
func (s *Autosave) Changed() { s.dirty = true }

// Safe reports whether everything of the current draft is in storage, so
// that replacing it in the page loses nothing.
func (s *Autosave) Safe() bool { return !s.dirty }

// IsHeld reports whether writes wait for the user after another tab's write.
func (s *Autosave) IsHeld() bool { return s.held }

// Err is why the last write failed, or nil.
func (s *Autosave) Err() error { return s.fail }

// Flush stores the draft with source, title, date and cursor, when
// anything changed (a moved cursor alone is stored only for a draft that
// is in storage already).
func (s *Autosave) Flush(source, title, date string, cursor Cursor) Outcome {
	d := s.draft
	if !s.dirty && (cursor == d.Cursor || !s.stored) {
		return Unchanged
	}
	s.dirty = true
	if s.held {
		return Held
	}
	expect := ""
	if s.stored {
		expect = d.Rev
	}
	next := *d
	next.Source, next.Title, next.Date, next.Cursor = source, title, date, cursor
	err := s.drafts.Put(&next, expect)
	switch {
	case errors.Is(err, ErrConflict):
		s.held = true
		return Conflict
	case err != nil:
		s.fail = err
		return Failed
	}
	*d = next
	first, recovered := !s.stored, s.fail != nil
	s.stored, s.dirty, s.fail = true, false, nil
	switch {
	case recovered:
		return Recovered
	case first:
		return FirstWrite
	}
	return Written
}

// OtherTabWrote is told when another tab stored this draft as raw: it
// reports whether that write was not this tab's own (the draft is then
// held: the user reloads the other tab's text or keeps both, each a Load).
func (s *Autosave) OtherTabWrote(raw string) bool {
	if !s.stored || StoredRev(raw) == s.draft.Rev {
		return false
	}
	s.held = true
	return true
}

// OtherTabDeleted is told when another tab deleted this draft (or cleared
// storage): it is no longer stored, nothing waits for the user any more,
// and the next change stores it again as it is here.
func (s *Autosave) OtherTabDeleted() {
	s.stored, s.held = false, false
}
