//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/draftsmenu"
	"github.com/cpansec/minutes/editor"
)

// bindDraftsMenu binds the Drafts menu (package draftsmenu, tested
// natively), the app as its host.
func (a *App) bindDraftsMenu() error {
	m, err := draftsmenu.New(draftsmenu.Config{Page: a.page, Host: draftsHost{a}, Now: func() time.Time { return a.now() }})
	a.draftsMenu = m
	return err
}

// renderDraftsMenu rebuilds the drafts list, while the menu is open.
func (a *App) renderDraftsMenu() {
	if a.draftsMenu != nil {
		a.draftsMenu.Render()
	}
}

// draftsHost is the app as the Drafts menu sees it.
type draftsHost struct{ a *App }

func (h draftsHost) Drafts() []*editor.Draft      { return h.a.allDrafts() }
func (h draftsHost) Current() string              { return h.a.keep.Draft().ID }
func (h draftsHost) Switch(id string) error       { return h.a.switchTo(id) }
func (h draftsHost) Delete(id string) error       { return h.a.deleteDraft(id) }
func (h draftsHost) Rename(id, name string) error { h.a.rename(id, name); return nil }

// allDrafts lists the stored drafts, with the current one first when it is
// not stored yet, and its in-memory state otherwise.
func (a *App) allDrafts() []*editor.Draft {
	stored, _ := a.drafts.List()
	out := []*editor.Draft{}
	if !a.keep.Stored() {
		out = append(out, a.keep.Draft())
	}
	for _, d := range stored {
		if d.ID == a.keep.Draft().ID {
			d = a.keep.Draft()
		}
		out = append(out, d)
	}
	return out
}

// switchTo stores the current draft and shows another.
func (a *App) switchTo(id string) error {
	return a.replaceCurrent("Switch", func() error {
		d, err := a.drafts.Load(id)
		if err != nil {
			a.reportStorageError(err)
			a.renderDraftsMenu()
			return nil
		}
		a.load(d, true)
		a.focusText()
		return nil
	})
}

func (a *App) findDraft(id string) *editor.Draft {
	for _, d := range a.allDrafts() {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// rename names the draft with the id (the menu shows it after).
func (a *App) rename(id, name string) {
	if id == a.keep.Draft().ID {
		a.keep.Draft().Name = name
		a.changed()
		a.flush()
	} else if d, err := a.drafts.Load(id); err == nil {
		d.Name = name
		if err := a.drafts.Put(d, d.Rev); err != nil {
			a.storageFailed(err)
		}
	}
}

// deleteDraft moves a draft to the trash and offers Undo. Deleting the
// current draft shows the next one (or a new empty draft).
func (a *App) deleteDraft(id string) error {
	d := a.findDraft(id)
	if d == nil {
		return nil
	}
	if id == a.keep.Draft().ID {
		return a.replaceCurrent("Delete", func() error { return a.trash(d) })
	}
	return a.trash(d)
}

// trash moves d to the trash, showing another draft if d was the current one.
func (a *App) trash(d *editor.Draft) error {
	id, label := d.ID, d.Label()
	if err := a.drafts.Trash(id); err != nil {
		a.storageFailed(err)
		return nil
	}
	a.drafts.EmptyTrash(id)
	if id == a.keep.Draft().ID {
		rest, _ := a.drafts.List()
		if len(rest) > 0 {
			a.load(rest[0], true)
		} else {
			a.load(a.drafts.NewDraft(""), false)
		}
	}
	a.renderDraftsMenu()
	a.msgs.Show(Message{Key: "deleted", Kind: KindInfo, Text: "Deleted “" + label + "”.",
		Actions: []Action{{Label: "Undo", Do: func() error { return a.undoDelete(id) }}}})
	return nil
}

func (a *App) undoDelete(id string) error {
	if err := a.drafts.Restore(id); err != nil {
		a.msgs.Show(Message{Key: "deleted", Kind: KindError, Text: "Could not restore the draft: " + err.Error()})
		return nil
	}
	return a.replaceCurrent("Restore", func() error {
		d, err := a.drafts.Load(id)
		if err != nil {
			a.reportStorageError(err)
			return nil
		}
		a.load(d, true)
		return nil
	})
}
