//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/profiledialog"
	"github.com/cpansec/minutes/ui"
)

// The Profile dialog is package profiledialog, tested natively; here are
// what it needs of the browser: the files chosen or dropped, the storage
// events of other tabs, and the group's name in the header and title.

// chosenProfile is the profile chosen in this browser, else the built-in
// one; a stored profile that cannot be read is said so, and kept.
func (a *App) chosenProfile(s editor.Store) *profile.Profile {
	p, warning := profiledialog.Chosen(s)
	if warning != nil {
		a.msgs.Show(*warning)
	}
	return p
}

// bindProfile shows the group's name and binds the dialog, on a page
// that has it. Files dropped on the dialog are for it, not the page.
func (a *App) bindProfile() error {
	if err := a.showGroup(); err != nil {
		return err
	}
	d, err := profiledialog.New(profiledialog.Config{Page: a.page, Profile: a.profile, Store: a.drafts.Store(), Host: profileHost{a}})
	if err != nil || d == nil {
		return err
	}
	if !a.dropTarget("Profile", other(a.page.ByID("profile-dialog")), "profile-drop", func(ev safejs.Value) error {
		d.Read(jsFiles(a, must(must(ev.Get("dataTransfer")).Get("files"))))
		return nil
	}) {
		return nil
	}
	listenAll(a, "Profile", []listener{
		{window(), "storage", func(ev safejs.Value) error { d.StorageChanged(stringProp(ev, "key", "")); return nil }},
	})
	return nil
}

// showGroup puts the group's name in the header and the page's title.
func (a *App) showGroup() error {
	if el := a.page.ByID("brand-group"); el != nil {
		el.SetText(a.profile.Group)
		doc := must(window().Get("document"))
		return doc.Set("title", a.profile.Group+" · "+stringProp(doc, "title", "Minutes editor"))
	}
	return nil
}

// profileHost is the app as the Profile dialog sees it.
type profileHost struct{ a *App }

func (h profileHost) Files(field ui.Node) []profiledialog.File {
	return jsFiles(h.a, must(other(field).Get("files")))
}
func (h profileHost) Go(fn func() error) { h.a.goGuard("Profile", fn) }
func (h profileHost) Yield()             { h.a.yieldMain() }
func (h profileHost) Volatile() bool     { return h.a.drafts.Volatile() }
func (h profileHost) ReplaceCurrent(w string, fn func() error) error {
	return h.a.ws.ReplaceCurrent(w, fn)
}
func (h profileHost) Download(name string, data []byte, mime string) error {
	return h.a.download(name, data, mime)
}
func (h profileHost) Show(m ui.Message) { h.a.msgs.Show(m) }
func (h profileHost) Reload() error {
	_, err := must(window().Get("location")).Call("reload")
	return err
}
