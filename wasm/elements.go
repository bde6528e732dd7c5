//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"
	"honnef.co/go/js/dom/v2"
)

// Elements are the parts of the page shell (index.html) the app uses.
type Elements struct {
	Root        dom.Element
	Markdown    *dom.HTMLTextAreaElement
	FileInput   *dom.HTMLInputElement
	Messages    dom.HTMLElement
	DraftsMenu  dom.HTMLElement
	DraftsList  dom.HTMLElement
	Workspace   dom.HTMLElement
	FactTitle   dom.HTMLElement
	FactDate    dom.HTMLElement
	SectionList dom.HTMLElement
	PreviewBody dom.HTMLElement
	PasteDialog dom.HTMLElement
	PasteText   *dom.HTMLTextAreaElement
	RenameDlg   dom.HTMLElement
	RenameInput *dom.HTMLInputElement
	Buttons     map[string]dom.HTMLElement
}

// buttonIDs are the header actions and dialog buttons, enabled once ready.
var buttonIDs = []string{
	"act-new", "act-next", "act-open", "act-paste", "act-save", "act-copy", "act-pr", "act-share",
	"tab-editor", "tab-preview", "paste-open", "paste-cancel", "rename-ok", "rename-cancel",
}

// bindElements finds every element the app needs, or says which is missing.
func bindElements(doc dom.Document) (*Elements, error) {
	var missing []string
	get := func(id string) dom.HTMLElement {
		el := doc.GetElementByID(id)
		if el == nil {
			missing = append(missing, id)
			return nil
		}
		h, ok := el.(dom.HTMLElement)
		if !ok {
			missing = append(missing, id)
			return nil
		}
		return h
	}
	e := &Elements{
		Root:        doc.DocumentElement(),
		Messages:    get("messages"),
		DraftsMenu:  get("drafts-menu"),
		DraftsList:  get("drafts-list"),
		Workspace:   get("workspace"),
		FactTitle:   get("fact-title"),
		FactDate:    get("fact-date"),
		SectionList: get("section-list"),
		PreviewBody: get("preview-body"),
		PasteDialog: get("paste-dialog"),
		RenameDlg:   get("rename-dialog"),
		Buttons:     map[string]dom.HTMLElement{},
	}
	e.Markdown, _ = get("markdown").(*dom.HTMLTextAreaElement)
	e.PasteText, _ = get("paste-text").(*dom.HTMLTextAreaElement)
	e.FileInput, _ = get("open-file").(*dom.HTMLInputElement)
	e.RenameInput, _ = get("rename-input").(*dom.HTMLInputElement)
	for _, id := range buttonIDs {
		e.Buttons[id] = get(id)
	}
	if e.Markdown == nil || e.PasteText == nil || e.FileInput == nil || e.RenameInput == nil {
		missing = append(missing, "markdown/paste-text/open-file/rename-input (wrong element type)")
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("the page lacks elements %v", missing)
	}
	return e, nil
}

// js returns the JavaScript value of a dom element for safejs calls.
func jsOf(el dom.Element) safejs.Value { return safejs.Safe(el.Underlying()) }

// failPage puts the page in the error state when the app cannot start.
func failPage(err error) {
	doc := dom.GetWindow().Document()
	doc.DocumentElement().SetAttribute("data-state", "error")
	if box := doc.GetElementByID("load-error"); box != nil {
		box.SetTextContent("The editor could not start: " + err.Error())
		box.RemoveAttribute("hidden")
	}
}
