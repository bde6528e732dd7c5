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

// coreModel is the Model backed by the document model: the title and date
// are the meeting's facts as core finds them, the file name the group's
// pattern. For the document the editor shows, it reads the editor's parse
// instead of parsing again.
type coreModel struct {
	editor  *Editor
	profile *profile.Profile
	now     func() time.Time
}

// doc returns the document for source, parsed once per call unless it is
// the editor's.
func (m *coreModel) doc(source string) *core.Document {
	if e := m.editor; e != nil && e.doc != nil && source == e.shown {
		return e.doc
	}
	d, err := core.Parse([]byte(source))
	if err != nil {
		d, _ = core.Parse(nil)
	}
	return d
}

// Describe implements Model.
func (m *coreModel) Describe(source string) Meta {
	f := m.doc(source).Facts()
	meta := Meta{Title: f.Title}
	if f.When.HasYear() {
		meta.Date = f.When.DateString()
	}
	return meta
}

// FileName implements Model: cpansec-minutes-YYYY-MM-DD.md, with today's
// date (UTC) when the document states none yet.
func (m *coreModel) FileName(source string) string {
	w := m.doc(source).Facts().When
	if !w.HasYear() {
		w = when.FromTime(m.now().UTC()).DateOnly()
	}
	return publish.FileName(m.profile, w)
}

// Check implements Model: the page's own limits, then the model's.
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
		NextAgenda: func(source string) (string, error) {
			res, err := agenda.Next(m.doc(source), agenda.WithProfile(m.profile))
			if err != nil {
				return "", err
			}
			return string(res.Bytes()), nil
		},
		PullRequest: func(source string) (PullRequest, error) {
			w := m.doc(source).Facts().When
			if !w.HasYear() {
				return PullRequest{}, errNoDate
			}
			link, complete := publish.NewFileURL(m.profile, w, []byte(source))
			return PullRequest{URL: link, ReadmeLine: publish.IndexLine(m.profile, w), Complete: complete}, nil
		},
	}
}

// errNoDate is why a pull request cannot be prepared.
var errNoDate = errorString("the minutes state no meeting date: set the date first, the file name comes from it")

type errorString string

func (e errorString) Error() string { return string(e) }
