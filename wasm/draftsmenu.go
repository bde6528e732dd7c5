//go:build js && wasm

package main

import (
	"strings"

	"github.com/hack-pad/safejs"
	"honnef.co/go/js/dom/v2"

	"github.com/cpansec/minutes/editor"
)

// bindDraftsMenu wires the drafts list (one delegated click listener: the
// list is rebuilt often and must not create a js.Func per button) and the
// rename dialog.
func (a *App) bindDraftsMenu() error {
	listeners := []struct {
		target  safejs.Value
		typ     string
		handler func(safejs.Value) error
	}{
		{jsOf(a.els.DraftsList), "click", a.draftsClick},
		{jsOf(a.els.DraftsMenu), "toggle", func(safejs.Value) error { a.renderDraftsMenu(); return nil }},
		{jsOf(a.els.DraftsMenu), "keydown", func(ev safejs.Value) error {
			if stringProp(ev, "key", "") == "Escape" && a.els.DraftsMenu.HasAttribute("open") {
				a.els.DraftsMenu.RemoveAttribute("open")
				if summary := a.els.DraftsMenu.QuerySelector("summary"); summary != nil {
					summary.(dom.HTMLElement).Focus()
				}
			}
			return nil
		}},
		{jsOf(a.els.Buttons["rename-ok"]), "click", func(safejs.Value) error { return a.finishRename() }},
		{jsOf(a.els.RenameInput), "keydown", func(ev safejs.Value) error {
			if stringProp(ev, "key", "") == "Enter" {
				return a.finishRename()
			}
			return nil
		}},
		{jsOf(a.els.Buttons["rename-cancel"]), "click", func(safejs.Value) error {
			_, err := jsOf(a.els.RenameDlg).Call("close")
			return err
		}},
	}
	for _, l := range listeners {
		if _, err := a.Listen(l.target, l.typ, "drafts menu", l.handler); err != nil {
			return err
		}
	}
	return nil
}

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

// renderDraftsMenu rebuilds the drafts list.
//
// The list is built only while the menu is open (and when it opens):
// building it reads every stored draft, too much work to repeat on every
// open and autosave when many drafts are kept.
func (a *App) renderDraftsMenu() {
	if !a.els.DraftsMenu.HasAttribute("open") {
		a.els.DraftsList.SetTextContent("")
		return
	}
	doc := dom.GetWindow().Document()
	list := a.els.DraftsList
	list.SetTextContent("")
	for _, d := range a.allDrafts() {
		label, sum := d.Label(), editor.Summarize(d, a.now())
		li := doc.CreateElement("li")
		open := button(doc, "draft-open", "open", d.ID, "")
		title := doc.CreateElement("span")
		title.SetAttribute("class", "draft-meeting")
		title.SetTextContent(sum.Meeting)
		open.AppendChild(title)
		edited := doc.CreateElement("span")
		edited.SetAttribute("class", "draft-date")
		edited.SetTextContent(sum.Edited)
		if d.ID == a.keep.Draft().ID {
			open.SetAttribute("aria-current", "true")
			edited.SetTextContent(sum.Edited + " · open here")
		}
		open.AppendChild(edited)
		li.AppendChild(open)
		li.AppendChild(button(doc, "draft-rename", "rename", d.ID, "Rename “"+label+"”"))
		li.AppendChild(button(doc, "draft-delete", "delete", d.ID, "Delete “"+label+"”"))
		list.AppendChild(li)
	}
}

func button(doc dom.Document, class, action, id, label string) dom.Element {
	b := doc.CreateElement("button")
	b.SetAttribute("type", "button")
	b.SetAttribute("class", class)
	b.SetAttribute("data-action", action)
	b.SetAttribute("data-id", id)
	if label != "" {
		b.SetAttribute("aria-label", label)
		b.SetTextContent(strings.ToUpper(action[:1]) + action[1:])
	}
	return b
}

func (a *App) draftsClick(ev safejs.Value) error {
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	el := dom.WrapElement(safejs.Unsafe(target))
	if el.TagName() != "BUTTON" {
		el = el.Closest("button")
	}
	if el == nil {
		return nil
	}
	id := el.GetAttribute("data-id")
	switch el.GetAttribute("data-action") {
	case "open":
		return a.switchTo(id)
	case "rename":
		return a.startRename(id)
	case "delete":
		return a.deleteDraft(id)
	}
	return nil
}

// switchTo stores the current draft and shows another.
func (a *App) switchTo(id string) error {
	a.els.DraftsMenu.RemoveAttribute("open")
	if id == a.keep.Draft().ID {
		return nil
	}
	return a.replaceCurrent("Switch", func() error {
		d, err := a.drafts.Load(id)
		if err != nil {
			a.reportStorageError(err)
			a.renderDraftsMenu()
			return nil
		}
		a.load(d, true)
		a.els.Markdown.Focus()
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

func (a *App) startRename(id string) error {
	d := a.findDraft(id)
	if d == nil {
		return nil
	}
	a.renaming = id
	a.els.RenameInput.SetValue(d.Label())
	if _, err := jsOf(a.els.RenameDlg).Call("showModal"); err != nil {
		return err
	}
	a.els.RenameInput.Select()
	return nil
}

func (a *App) finishRename() error {
	if _, err := jsOf(a.els.RenameDlg).Call("close"); err != nil {
		return err
	}
	name := strings.TrimSpace(a.els.RenameInput.Value())
	if a.renaming == a.keep.Draft().ID {
		a.keep.Draft().Name = name
		a.changed()
		a.flush()
	} else if d, err := a.drafts.Load(a.renaming); err == nil {
		d.Name = name
		if err := a.drafts.Put(d, d.Rev); err != nil {
			a.storageFailed(err)
		}
	}
	a.renderDraftsMenu()
	return nil
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
