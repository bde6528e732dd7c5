//go:build js && wasm

package main

import (
	"testing"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// testShell has the elements of index.html the app binds, without the
// loader (the test binary is the program).
const testShell = `
<nav>
 <button id="act-new"></button><button id="act-next"></button><button id="act-open"></button>
 <button id="act-paste"></button><button id="act-save"></button><button id="act-copy"></button>
 <button id="act-pr"></button><button id="act-share"></button>
 <details id="drafts-menu"><summary>Drafts</summary><ul id="drafts-list"></ul></details>
 <input type="file" id="open-file" hidden>
</nav>
<button id="tab-editor"></button><button id="tab-preview"></button>
<main id="workspace">
 <dd id="fact-title"></dd><dd id="fact-date"></dd><ol id="section-list"></ol>
 <textarea id="markdown" aria-label="Markdown"></textarea>
 <div id="preview-body"></div>
</main>
<div id="messages"></div>
<dialog id="paste-dialog"><textarea id="paste-text"></textarea><button id="paste-open"></button><button id="paste-cancel"></button></dialog>
<dialog id="rename-dialog"><input type="text" id="rename-input"><button id="rename-ok"></button><button id="rename-cancel"></button></dialog>
`

// newTestApp puts the shell in the page and returns an app on memory
// storage, with no panels, started (every handler bound), closed when the
// test ends.
func newTestApp(t *testing.T, store *editor.MemStore) *App {
	t.Helper()
	return startTestApp(t, testApp{store: store})
}

// testApp is what startTestApp varies.
type testApp struct {
	store  *editor.MemStore // nil: a new one
	shell  string           // the page's HTML; "" is testShell
	now    func() time.Time // nil: time.Now
	panels []panelMaker     // the Editor's panels
}

// startTestApp puts cfg's shell in the page and starts an app on it.
func startTestApp(tb testing.TB, cfg testApp) *App {
	tb.Helper()
	// The shell goes in its own container: wasmbrowsertest's page keeps
	// the button it waits on to learn that the tests ended.
	page := &domPage{doc: must(safejs.Global().Get("document"))}
	if old := page.ByID("test-shell"); old != nil {
		old.Remove()
	}
	box := page.Create("div")
	box.SetAttr("id", "test-shell")
	if cfg.shell == "" {
		cfg.shell = testShell
	}
	box.SetHTML(cfg.shell)
	page.node(must(page.doc.Get("body"))).Append(box)
	if cfg.store == nil {
		cfg.store = editor.NewMemStore()
	}
	a, err := NewApp(Config{Store: cfg.store, TabStore: editor.NewMemStore(), Now: cfg.now, Panels: cfg.panels})
	if err != nil {
		tb.Fatal(err)
	}
	a.Start()
	tb.Cleanup(a.Close)
	return a
}

// setSource replaces the whole document, as an edit from origin would.
func (a *App) setSource(source string, origin Origin) {
	old := a.session.Source()
	if source == old {
		return
	}
	if err := a.session.Apply(core.Change{{Start: 0, End: len(old), Text: source}}, origin, ""); err != nil {
		panic(err)
	}
}

// messageTexts returns the texts of the shown messages by key.
func messageTexts(a *App) map[string]string {
	return a.msgs.Texts()
}

// typeText replaces the text box's value as a user edit would and lets
// the app read it.
func typeText(t *testing.T, a *App, value string) {
	t.Helper()
	a.els.Markdown.SetValue(value)
	ev, err := safejs.Global().Get("Event")
	if err != nil {
		t.Fatal(err)
	}
	input, err := ev.New("input")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := jsOf(a.els.Markdown).Call("dispatchEvent", input); err != nil {
		t.Fatal(err)
	}
}

// waitFor polls cond for up to two seconds, yielding to timers and promises.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
