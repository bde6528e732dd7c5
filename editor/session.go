package editor

import (
	"errors"
	"fmt"
	"time"

	"github.com/cpansec/minutes/core"
)

// Origin says what made a change, so that a subscriber can leave alone
// what already shows it (the text box the user typed in).
type Origin int

// Origins of an Update.
const (
	OriginLoad Origin = iota // a whole document was loaded, switched to, opened or created
	OriginText               // the user edited the Markdown text box
	OriginForm               // a form control, a dialog or a fix edited the document
	OriginUndo               // Undo or Redo
)

// Update is what a Session tells its subscribers after each change.
type Update struct {
	Doc *core.Document // the document now
	// Change is the change just applied to Before; nil after a load.
	Change core.Change
	Before string // the source before Change; "" after a load
	Origin Origin
}

// Session owns the document being edited: its source, its parse and its
// undo history. Every edit, from the form, the text box, a dialog, Undo or
// a load, goes through it as a core.Change, is applied once to the parsed
// document (Document.Update re-parses only what it touches) and is then
// told to every subscriber, in the order they subscribed.
//
// Every edit is held to the limits of every way in (CheckChange): past
// them it is refused and the document stays as it was.
//
// A source the model refuses (a NUL byte, say) can still be loaded, so that
// a stored draft is never lost: the session then keeps the text as it is,
// Broken reports why, and edits are refused until another document is
// loaded.
type Session struct {
	doc     *core.Document
	text    string // the source: doc's bytes as a string, or the text that did not parse
	broken  error  // why the loaded text could not be parsed
	rev     uint64 // counts updates
	history History
	now     func() time.Time
	subs    []func(Update)
}

// HistoryLimit is how many undo steps a session keeps.
const HistoryLimit = 500

// NewSession returns a session holding an empty document; now stamps undo
// steps (changes made close together in one field are one step).
func NewSession(now func() time.Time) *Session {
	doc, _ := core.Parse(nil)
	return &Session{doc: doc, now: now, history: History{Limit: HistoryLimit}}
}

// Subscribe adds fn to those told of every update.
func (s *Session) Subscribe(fn func(Update)) { s.subs = append(s.subs, fn) }

// Doc is the parsed document (empty while the session is broken).
func (s *Session) Doc() *core.Document { return s.doc }

// Source is the document's text, byte for byte. It is made once per
// update (the panels and the text box all read it).
func (s *Session) Source() string { return s.text }

// Rev changes with every update: a caller that kept it can tell whether
// anything changed since.
func (s *Session) Rev() uint64 { return s.rev }

// Broken reports why the loaded text cannot be edited, or nil.
func (s *Session) Broken() error { return s.broken }

// History is the session's undo history.
func (s *Session) History() *History { return &s.history }

// Load replaces the document with source and forgets the undo history. If
// the model refuses source, the session keeps the text unchanged, returns
// the reason (also kept as Broken) and holds an empty parse.
func (s *Session) Load(source string) error {
	doc, err := core.Parse([]byte(source))
	s.history.Reset()
	if err != nil {
		doc, _ = core.Parse(nil)
	}
	s.doc, s.text, s.broken = doc, source, err
	s.tell(Update{Doc: s.doc, Origin: OriginLoad})
	return err
}

// Apply applies c. Changes with the same non-empty mergeKey made in a row
// (the keystrokes typed into one field) are one undo step. An empty change
// does nothing and tells no one.
func (s *Session) Apply(c core.Change, origin Origin, mergeKey string) error {
	if len(c) == 0 {
		return nil
	}
	before, beforeText, err := s.update(c)
	if err != nil {
		return err
	}
	s.history.Push(c, before, s.now(), mergeKey)
	s.tell(Update{Doc: s.doc, Change: c, Before: beforeText, Origin: origin})
	return nil
}

// ErrBroken is returned for an edit of a session whose text the model
// refused at load.
var ErrBroken = errors.New("this text cannot be edited here")

// update applies c to the document and returns the source before it.
func (s *Session) update(c core.Change) (before []byte, beforeText string, err error) {
	if s.broken != nil {
		return nil, "", fmt.Errorf("%w: %v", ErrBroken, s.broken)
	}
	before, beforeText = s.doc.Bytes(), s.text
	if err := CheckChange(before, c); err != nil {
		return nil, "", err
	}
	if err := s.doc.Update(c); err != nil {
		return nil, "", err
	}
	s.text = s.doc.String()
	return before, beforeText, nil
}

// EditText applies an edit of the Markdown text box: shown is what the box
// showed (TextOf the source), value what it shows now. Only the span that
// differs changes; line breaks typed take the document's line ending.
func (s *Session) EditText(shown, value string) error {
	return s.Apply(TextChange(s.Source(), shown, value), OriginText, "text")
}

// Undo reverts the last step; it reports false when there is none.
func (s *Session) Undo() (bool, error) { return s.replay(s.history.Undo) }

// Redo applies the last undone step again.
func (s *Session) Redo() (bool, error) { return s.replay(s.history.Redo) }

func (s *Session) replay(step func() (core.Change, bool)) (bool, error) {
	c, ok := step()
	if !ok {
		return false, nil
	}
	_, before, err := s.update(c)
	if err != nil {
		s.history.Reset()
		return false, err
	}
	s.tell(Update{Doc: s.doc, Change: c, Before: before, Origin: OriginUndo})
	return true, nil
}

// Refresh tells the subscribers again, as after a load, without changing
// anything: something they read besides the document changed (a name was
// added to the roster).
func (s *Session) Refresh() { s.tell(Update{Doc: s.doc, Origin: OriginLoad}) }

func (s *Session) tell(u Update) {
	s.rev++
	for _, fn := range s.subs {
		fn(u)
	}
}
