package shell

import (
	"strconv"

	"github.com/cpansec/minutes/ui"
)

// Tabs is the Editor / Preview switch shown on narrow screens (CSS hides
// it and shows both panels side by side on wide ones): the workspace's
// data-tab says which panel shows, each button's aria-pressed whether it
// is the one.
type Tabs struct {
	workspace ui.Node
	buttons   map[string]ui.Node // by tab: "editor", "preview"
}

// tabNames are the panels the switch shows, in its order.
var tabNames = []string{"editor", "preview"}

// NewTabs binds the switch: #workspace and its buttons #tab-editor and
// #tab-preview. It returns nil on a page without them.
func NewTabs(page ui.Document) (*Tabs, error) {
	t := &Tabs{workspace: page.ByID("workspace"), buttons: map[string]ui.Node{}}
	if t.workspace == nil {
		return nil, nil
	}
	for _, tab := range tabNames {
		if t.buttons[tab] = page.ByID("tab-" + tab); t.buttons[tab] == nil {
			return nil, nil
		}
	}
	for _, tab := range tabNames {
		tab := tab
		if err := t.buttons[tab].Listen("click", "panel switch", func(ui.Event) error {
			t.Show(tab)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	return t, nil
}

// Show shows the "editor" or "preview" panel on a narrow screen.
func (t *Tabs) Show(tab string) {
	t.workspace.SetAttr("data-tab", tab)
	for _, name := range tabNames {
		t.buttons[name].SetAttr("aria-pressed", strconv.FormatBool(name == tab))
	}
}
