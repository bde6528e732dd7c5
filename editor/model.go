package editor

import (
	"errors"
	"fmt"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
)

// Model is what the page knows of minutes beyond the session, from the
// document model and the group's profile: a draft's title and date, the
// file name Save gives, whether input can be opened, the next agenda and
// where to propose the minutes.
type Model struct {
	Profile *profile.Profile
	Now     func() time.Time // the clock for a document with no date yet
	// Carried counts the meetings an item was carried, from the
	// registers the page built (nil before): NextAgenda marks the stale
	// items with it.
	Carried func(text string) int
}

// Meta is what the drafts list and the file name need from a document.
type Meta struct {
	Title string // shown in the drafts list; "" when the text has none
	Date  string // meeting date as YYYY-MM-DD, "" when unknown
}

// Describe is a document's title and meeting date, for the drafts list.
func (m *Model) Describe(doc *core.Document) Meta {
	title, w := doc.TitleAndDate() // not Facts: see there
	meta := Meta{Title: title}
	if w.HasYear() {
		meta.Date = w.DateString()
	}
	return meta
}

// FileName is the name Save gives the file: the profile's pattern
// (cpansec-minutes-YYYY-MM-DD.md), with today's date (UTC) when the
// document states none yet.
func (m *Model) FileName(doc *core.Document) string {
	w := doc.Facts().When
	if !w.HasYear() {
		w = when.FromTime(m.Now().UTC()).DateOnly()
	}
	return publish.FileName(m.Profile, w)
}

// Check returns why data (from a file, a paste or a share link called
// name) cannot be opened, as "name:line: message", or nil: the page's own
// limits, then the model's.
func (m *Model) Check(name string, data []byte) error {
	if err := CheckInput(name, data); err != nil {
		return err
	}
	return core.Check(data, name)
}

// NextAgenda is the next meeting's agenda made from doc, by the group's
// rule.
func (m *Model) NextAgenda(doc *core.Document) (string, error) {
	res, err := agenda.Next(doc, agenda.WithProfile(m.Profile), agenda.WithCarried(m.Carried))
	if err != nil {
		return "", err
	}
	return string(res.Bytes()), nil
}

// NextAgendaFrom is the next agenda made from a file's data, checked as
// Open checks one: why it cannot be opened, else an error that names it.
func (m *Model) NextAgendaFrom(name string, data []byte) (string, error) {
	if err := m.Check(name, data); err != nil {
		return "", err
	}
	doc, err := core.Parse(data, core.WithName(name))
	if err != nil {
		return "", err
	}
	next, err := m.NextAgenda(doc)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return next, nil
}

// PullRequest is where to propose the minutes on GitHub.
type PullRequest struct {
	URL        string // GitHub's new-file page with name and content filled in
	FileName   string // the minutes file's name
	Folder     string // the folder it goes in
	IndexFile  string // the file that lists the minutes (meetings/README.md)
	ReadmeLine string // the line to add to IndexFile
	// Complete is false when the minutes are too long for the link
	// (publish.MaxURLLength): URL then fills in the file name only, and the
	// Markdown goes to the clipboard for the user to paste.
	Complete bool
}

// ErrNoDate is why a pull request cannot be prepared.
var ErrNoDate = errors.New("the minutes state no meeting date: set the date first, the file name comes from it")

// PullRequest prepares the proposal of doc: its file name and folder from
// the profile, the link to GitHub's new-file page, the README line.
func (m *Model) PullRequest(doc *core.Document) (PullRequest, error) {
	w := doc.Facts().When
	if !w.HasYear() {
		return PullRequest{}, ErrNoDate
	}
	link, complete := publish.NewFileURL(m.Profile, w, doc.Bytes())
	return PullRequest{URL: link, FileName: publish.FileName(m.Profile, w), Folder: m.Profile.Site.Folder,
		IndexFile: m.Profile.Site.IndexFile, ReadmeLine: publish.IndexLine(m.Profile, w), Complete: complete}, nil
}
