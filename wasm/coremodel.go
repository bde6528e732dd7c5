//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/editor"
)

// coreModel is what the app knows of minutes, from the document model:
// the title and date are the meeting's facts as core finds them, the file
// name the group's pattern.
type coreModel struct {
	profile *profile.Profile
	now     func() time.Time
	// carried counts the meetings an item was carried, from the
	// registers the Registers dialog built (nil before): Next agenda
	// marks the stale items with it.
	carried func(text string) int
}

// parse parses the text of a draft that is not the one being edited.
func parse(source string) *core.Document {
	d, err := core.Parse([]byte(source))
	if err != nil {
		d, _ = core.Parse(nil)
	}
	return d
}

// Describe is a document's title and meeting date, for the drafts list.
func (m *coreModel) Describe(doc *core.Document) Meta {
	f := doc.Facts()
	meta := Meta{Title: f.Title}
	if f.When.HasYear() {
		meta.Date = f.When.DateString()
	}
	return meta
}

// FileName is the name Save gives the file: the profile's pattern
// (cpansec-minutes-YYYY-MM-DD.md), with today's date (UTC) when the
// document states none yet.
func (m *coreModel) FileName(doc *core.Document) string {
	w := doc.Facts().When
	if !w.HasYear() {
		w = when.FromTime(m.now().UTC()).DateOnly()
	}
	return publish.FileName(m.profile, w)
}

// Check returns why data (from a file, a paste or a share link called
// name) cannot be opened, as "name:line: message", or nil: the page's own
// limits, then the model's.
func (m *coreModel) Check(name string, data []byte) error {
	if err := editor.CheckInput(name, data); err != nil {
		return err
	}
	return core.Check(data, name)
}

// coreCommands are the actions that need the model. New, which asks for a
// template, date and time, is set by the dialog that asks.
func coreCommands(m *coreModel) Commands {
	return Commands{
		NextAgenda: func(doc *core.Document) (string, error) {
			res, err := agenda.Next(doc, agenda.WithProfile(m.profile), agenda.WithCarried(m.carried))
			if err != nil {
				return "", err
			}
			return string(res.Bytes()), nil
		},
		PullRequest: func(doc *core.Document) (PullRequest, error) {
			w := doc.Facts().When
			if !w.HasYear() {
				return PullRequest{}, errNoDate
			}
			link, complete := publish.NewFileURL(m.profile, w, doc.Bytes())
			return PullRequest{URL: link, FileName: publish.FileName(m.profile, w), Folder: m.profile.Site.Folder,
				IndexFile: m.profile.Site.IndexFile, ReadmeLine: publish.IndexLine(m.profile, w), Complete: complete}, nil
		},
	}
}

// errNoDate is why a pull request cannot be prepared.
var errNoDate = errorString("the minutes state no meeting date: set the date first, the file name comes from it")

type errorString string

func (e errorString) Error() string { return string(e) }
