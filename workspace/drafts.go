package workspace

import (
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// The Drafts menu's host (draftsmenu.Host): the workspace lists, switches,
// renames and deletes drafts, each replacement only once the current
// draft is safe.

// Drafts lists the stored drafts, with the current one first when it is
// not stored yet, and its in-memory state otherwise.
func (w *Workspace) Drafts() []*editor.Draft {
	stored, _ := w.Store.List()
	out := []*editor.Draft{}
	if !w.keep.Stored() {
		out = append(out, w.keep.Draft())
	}
	for _, d := range stored {
		if d.ID == w.keep.Draft().ID {
			d = w.keep.Draft()
		}
		out = append(out, d)
	}
	return out
}

// Dates are the meeting dates of the drafts, the current one's as it is
// being edited (the New dialog avoids them).
func (w *Workspace) Dates() []string {
	var dates []string
	for _, d := range w.Drafts() {
		date := d.Date
		if d == w.keep.Draft() {
			date = w.Model.Describe(w.Session.Doc()).Date
		}
		dates = append(dates, date)
	}
	return dates
}

// Current is the id of the draft open here.
func (w *Workspace) Current() string { return w.keep.Draft().ID }

// Switch stores the current draft and shows the one with the id.
func (w *Workspace) Switch(id string) error {
	return w.ReplaceCurrent("Switch", func() error {
		d, err := w.Store.Load(id)
		if err != nil {
			w.ReportStorageError(err)
			w.View.DraftsChanged()
			return nil
		}
		w.Load(d, true)
		w.View.FocusText()
		return nil
	})
}

// Rename names the draft with the id (the menu shows it after).
func (w *Workspace) Rename(id, name string) error {
	if id == w.keep.Draft().ID {
		w.keep.Draft().Name = name
		w.Changed()
		w.Flush()
	} else if d, err := w.Store.Load(id); err == nil {
		d.Name = name
		if err := w.Store.Put(d, d.Rev); err != nil {
			w.StorageFailed(err)
		}
	}
	return nil
}

// Delete moves a draft to the trash and offers Undo. Deleting the
// current draft shows the next one (or a new empty draft).
func (w *Workspace) Delete(id string) error {
	var d *editor.Draft
	for _, x := range w.Drafts() {
		if x.ID == id {
			d = x
		}
	}
	if d == nil {
		return nil
	}
	if id == w.keep.Draft().ID {
		return w.ReplaceCurrent("Delete", func() error { return w.trash(d) })
	}
	return w.trash(d)
}

// trash moves d to the trash, showing another draft if d was the current one.
func (w *Workspace) trash(d *editor.Draft) error {
	id, label := d.ID, d.Label()
	if err := w.Store.Trash(id); err != nil {
		w.StorageFailed(err)
		return nil
	}
	w.Store.EmptyTrash(id)
	if id == w.keep.Draft().ID {
		if rest, _ := w.Store.List(); len(rest) > 0 {
			w.Load(rest[0], true)
		} else {
			w.Load(w.Store.NewDraft(""), false)
		}
	}
	w.View.DraftsChanged()
	w.Messages.Show(ui.Message{Key: "deleted", Kind: ui.KindInfo, Text: "Deleted “" + label + "”.",
		Actions: []ui.Action{{Label: "Undo", Do: func() error { return w.undoDelete(id) }}}})
	return nil
}

func (w *Workspace) undoDelete(id string) error {
	if err := w.Store.Restore(id); err != nil {
		w.Messages.Show(ui.Message{Key: "deleted", Kind: ui.KindError, Text: "Could not restore the draft: " + err.Error()})
		return nil
	}
	return w.ReplaceCurrent("Restore", func() error {
		d, err := w.Store.Load(id)
		if err != nil {
			w.ReportStorageError(err)
			return nil
		}
		w.Load(d, true)
		return nil
	})
}
