//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/ui"
)

// Elements are the parts of the page shell (index.html) the app itself
// uses (each native panel finds its own), as ui nodes (uidom.go, each
// wrapped once for dom/v2): the one way the program reaches the page, with
// safejs (jsOf) for the few calls ui has no method for.
type Elements struct {
	Root        ui.Node
	Markdown    ui.Node // a textarea
	FileInput   ui.Node // an input type=file
	Messages    ui.Node
	Workspace   ui.Node
	PasteDialog ui.Node
	PasteText   ui.Node // a textarea
	Buttons     map[string]ui.Node
}

// buttonIDs are the header actions and dialog buttons, enabled once ready.
var buttonIDs = []string{
	"act-new", "act-next", "act-open", "act-paste", "act-save", "act-copy", "act-pr", "act-share",
	"tab-editor", "tab-preview", "paste-open", "paste-cancel", "rename-ok", "rename-cancel",
}

// bindElements finds every element the app needs, or says which is missing.
func bindElements(page *domPage) (*Elements, error) {
	var missing []string
	get := func(id string) ui.Node {
		el := page.ByID(id)
		if el == nil {
			missing = append(missing, id)
		}
		return el
	}
	e := &Elements{
		Root:        page.node(must(page.doc.Get("documentElement"))),
		Markdown:    get("markdown"),
		FileInput:   get("open-file"),
		Messages:    get("messages"),
		Workspace:   get("workspace"),
		PasteDialog: get("paste-dialog"),
		PasteText:   get("paste-text"),
		Buttons:     map[string]ui.Node{},
	}
	for _, id := range buttonIDs {
		e.Buttons[id] = get(id)
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("the page lacks elements %v", missing)
	}
	return e, nil
}

// jsOf returns the JavaScript value of an element for safejs calls.
func jsOf(el ui.Node) safejs.Value { return other(el) }

// failPage puts the page in the error state when the app cannot start. It
// must not fail itself: what cannot be shown is left.
func failPage(err error) {
	defer func() { _ = recover() }()
	page := &domPage{doc: must(safejs.Global().Get("document"))}
	page.node(must(page.doc.Get("documentElement"))).SetAttr("data-state", "error")
	if box := page.ByID("load-error"); box != nil {
		box.SetText("The editor could not start: " + err.Error())
		box.RemoveAttr("hidden")
	}
}
