//go:build js && wasm

package main

import (
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
)

// Config is what NewApp wires together.
type Config struct {
	// Profile is the group's profile (when nil, the one chosen in the
	// browser, else profile.Default(): see chosenProfile).
	Profile *profile.Profile
	// Panels make the panels that show the document (pagePanels on the
	// page; tests choose theirs).
	Panels []panelMaker
	// Store and TabStore replace localStorage and sessionStorage (tests).
	Store, TabStore editor.Store
	// Now is the clock (time.Now when nil).
	Now func() time.Time
}
