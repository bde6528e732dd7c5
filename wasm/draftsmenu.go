//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/draftsmenu"
)

// bindDraftsMenu binds the Drafts menu (package draftsmenu, tested
// natively), the workspace as its host.
func (a *App) bindDraftsMenu() error {
	m, err := draftsmenu.New(draftsmenu.Config{Page: a.page, Host: a.ws, Now: func() time.Time { return a.now() }})
	a.draftsMenu = m
	return err
}

// renderDraftsMenu rebuilds the drafts list, while the menu is open.
func (a *App) renderDraftsMenu() {
	if a.draftsMenu != nil {
		a.draftsMenu.Render()
	}
}
