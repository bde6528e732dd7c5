package shell

import (
	"errors"
	"testing"

	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui/uitest"
)

func TestTabsSwitchPanels(t *testing.T) {
	page := uitest.New(`<div id="workspace"><button id="tab-editor"></button><button id="tab-preview"></button></div>`)
	tabs, err := NewTabs(page)
	if err != nil || tabs == nil {
		t.Fatalf("NewTabs: %v, %v", tabs, err)
	}
	page.Click(page.ByID("tab-preview"))
	if got := page.ByID("workspace").Attr("data-tab"); got != "preview" {
		t.Errorf("data-tab %q after clicking Preview", got)
	}
	if page.ByID("tab-preview").Attr("aria-pressed") != "true" || page.ByID("tab-editor").Attr("aria-pressed") != "false" {
		t.Error("aria-pressed does not follow the tab shown")
	}
	tabs.Show("editor")
	if page.ByID("workspace").Attr("data-tab") != "editor" || page.ByID("tab-editor").Attr("aria-pressed") != "true" {
		t.Error("Show(editor) did not switch back")
	}
	if tabs, err := NewTabs(uitest.New(`<div id="workspace"></div>`)); tabs != nil || err != nil {
		t.Errorf("a page without the buttons: %v, %v", tabs, err)
	}
}

func TestLayoutSwitchIsRemembered(t *testing.T) {
	const shellHTML = `<div id="editor"></div><button id="markdown-beside" disabled></button>`
	store := editor.NewMemStore()
	page := uitest.New(shellHTML)
	if err := BindLayout(page, store); err != nil {
		t.Fatal(err)
	}
	button, panel := page.ByID("markdown-beside"), page.ByID("editor")
	if button.Bool("disabled") || button.Attr("aria-pressed") != "false" || panel.Attr("data-markdown-beside") != "" {
		t.Fatal("the switch does not start enabled and off")
	}
	page.Click(button)
	if v, ok, _ := store.Get(LayoutKey); !ok || v != "yes" || button.Attr("aria-pressed") != "true" {
		t.Fatalf("on: stored %q %v, aria-pressed %q", v, ok, button.Attr("aria-pressed"))
	}
	again := uitest.New(shellHTML) // a reload
	if err := BindLayout(again, store); err != nil {
		t.Fatal(err)
	}
	if again.ByID("markdown-beside").Attr("aria-pressed") != "true" || len(again.QueryAll("#editor[data-markdown-beside]")) != 1 {
		t.Error("the choice is not kept after a reload")
	}
	page.Click(button)
	if _, ok, _ := store.Get(LayoutKey); ok || len(page.QueryAll("#editor[data-markdown-beside]")) != 0 {
		t.Error("turning it off leaves it stored or marked")
	}
}

func TestStartPanel(t *testing.T) {
	page := uitest.New(`<div id="start" hidden><button id="start-next" disabled></button><button id="start-new" disabled></button><button id="start-open" disabled></button></div>`)
	var did []string
	do := func(what string) func() error { return func() error { did = append(did, what); return nil } }
	s := NewStart(page, StartActions{Next: do("next"), New: do("new"), Open: do("open")}, func(err error) { t.Error(err) })
	for _, id := range []string{"start-next", "start-new", "start-open"} {
		if page.ByID(id).Bool("disabled") {
			t.Errorf("%s stays disabled", id)
		}
		page.Click(page.ByID(id))
	}
	if len(did) != 3 || did[0] != "next" || did[1] != "new" || did[2] != "open" {
		t.Errorf("the buttons did %v", did)
	}
	s.Show(true)
	if page.ByID("start").Bool("hidden") {
		t.Error("an empty document does not show the panel")
	}
	s.Show(false)
	if !page.ByID("start").Bool("hidden") {
		t.Error("a document does not hide the panel")
	}
	var none *Start = NewStart(uitest.New(`<p></p>`), StartActions{}, nil)
	none.Show(true) // a page without the panel: nothing, no panic
}

type publishHost struct{ did []string }

func (h *publishHost) Open(url string) error { h.did = append(h.did, "open "+url); return nil }
func (h *publishHost) CopyMarkdown(string) error {
	h.did = append(h.did, "copy markdown")
	return nil
}
func (h *publishHost) Copy(text, _, _ string) error {
	h.did = append(h.did, "copy "+text)
	return errors.New("refused")
}

func TestPublishShowsTheSteps(t *testing.T) {
	var ids string
	for _, id := range publishIDs[1:] { // the dialog's parts; [0] is the dialog
		ids += `<button id="publish-` + id + `"></button>`
	}
	page := uitest.New(`<dialog id="publish-dialog">` + ids + `</dialog>`)
	host := &publishHost{}
	d, err := NewPublish(page, host)
	if err != nil || d == nil {
		t.Fatalf("NewPublish: %v, %v", d, err)
	}
	d.Show(editor.PullRequest{URL: "https://github.com/x/new", FileName: "m.md", Folder: "meetings",
		IndexFile: "meetings/README.md", ReadmeLine: "- [m](m.md)", Complete: false})
	if !page.ByID("publish-dialog").Bool("open") {
		t.Fatal("the dialog is not open")
	}
	if got := page.ByID("publish-folder").Text() + page.ByID("publish-name").Text(); got != "meetings/m.md" {
		t.Errorf("folder and name %q", got)
	}
	if page.ByID("publish-copy-md").Bool("hidden") || !page.ByID("publish-fits").Bool("hidden") || page.ByID("publish-long").Bool("hidden") {
		t.Error("long minutes do not show the Copy step")
	}
	for _, id := range []string{"open", "copy-md", "copy-line"} {
		page.Click(page.ByID("publish-" + id))
	}
	want := []string{"open https://github.com/x/new", "copy markdown", "copy - [m](m.md)"}
	if len(host.did) != len(want) {
		t.Fatalf("did %v", host.did)
	}
	for i := range want {
		if host.did[i] != want[i] {
			t.Errorf("did %q, want %q", host.did[i], want[i])
		}
	}
	d.Show(editor.PullRequest{FileName: "m.md", Complete: true})
	if !page.ByID("publish-copy-md").Bool("hidden") || page.ByID("publish-fits").Bool("hidden") || !page.ByID("publish-index-step").Bool("hidden") {
		t.Error("short minutes without an index: the steps shown are wrong")
	}
	page.Click(page.ByID("publish-close"))
	if page.ByID("publish-dialog").Bool("open") {
		t.Error("Close leaves the dialog open")
	}
}
