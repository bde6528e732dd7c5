//go:build js && wasm

package main

import "github.com/hack-pad/safejs"

// bindTabs wires the Editor / Preview switch shown on narrow screens (CSS
// hides it and shows both panels side by side on wide ones).
func (a *App) bindTabs() error {
	for _, tab := range []string{"editor", "preview"} {
		tab := tab
		if _, err := a.Listen(jsOf(a.els.Buttons["tab-"+tab]), "click", "panel switch", func(safejs.Value) error {
			a.showPanel(tab)
			return nil
		}); err != nil {
			return err
		}
	}
	return nil
}

// showPanel shows the "editor" or "preview" panel on a narrow screen.
func (a *App) showPanel(tab string) {
	a.els.Workspace.SetAttr("data-tab", tab)
	for _, t := range []string{"editor", "preview"} {
		pressed := "false"
		if t == tab {
			pressed = "true"
		}
		a.els.Buttons["tab-"+t].SetAttr("aria-pressed", pressed)
	}
}
