// Package previewpane is the editor page's preview: the document as the
// group's website renders it (or, with the switch, as GitHub shows the
// pull request). It keeps one container element per chunk of
// core/preview's Renderer, keyed by the chunk's key, and after an edit
// replaces only the containers whose HTML changed, inserting and removing
// containers as chunks come and go: a keystroke touches the DOM of the
// block typed in, never the whole preview. It is written against package
// ui, so it is tested natively.
//
// Safety: a container's markup is only ever set to HTML made by
// core/preview, which escapes everything taken from the file (see its
// package documentation); nothing else in this package writes markup.
package previewpane

import (
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/editor"
	"github.com/cpansec/minutes/ui"
)

// slowRender is how long an update may take before the next one waits for
// a task of its own (queued behind the input events already waiting), so
// that a burst of edits on a large document, or in GitHub mode, which
// renders the whole file, costs one render instead of one per edit.
const slowRender = 8 * time.Millisecond

// IDPrefix goes before every id in the preview: heading ids come from the
// document ("Messages" gives "messages") and must not clash with the ids of
// the page itself or shadow them for getElementById.
const IDPrefix = "pv-"

// Host is what the preview needs of the page around it.
type Host interface {
	// Soon runs fn after the handler that made an edit returns: as a
	// microtask, or when slow, as a task of its own, behind the input
	// events already waiting (not requestAnimationFrame: it never fires
	// in a hidden tab). A failure of fn is reported as a handler's.
	Soon(slow bool, fn func() error)
	// Reveal shows and focuses the form's field at a 1-based line.
	Reveal(line int)
	// Open opens a link in a new tab.
	Open(href string)
	// KeepInView scrolls the preview's own column, not the page, so that
	// el's top is in view.
	KeepInView(el ui.Node)
	// Watched runs render, the update of edits of pending bytes after an
	// update that took last, watched as the app watches work that may
	// freeze the page (a render as large as a paste).
	Watched(pending int, last time.Duration, render func())
	// ImagesAllowed reports whether the current draft's remote images
	// load; SetImagesAllowed keeps the scribe's choice with the draft.
	ImagesAllowed() bool
	SetImagesAllowed(on bool)
}

// Config is what New needs.
type Config struct {
	Page    ui.Document
	Session *editor.Session
	Profile *profile.Profile // the site the website mode renders for
	Host    Host
	// Tasks runs the batches of a long document, each in a task of its
	// own; nil: everything at once.
	Tasks ui.Tasks
}

// Pane is the preview.
type Pane struct {
	page    ui.Document
	session *editor.Session
	prof    *profile.Profile
	host    Host
	tasks   ui.Tasks

	bound, off bool
	body       ui.Node // #preview-body, holding one container per chunk
	imagesOn   ui.Node // the "Load images" switch (nil on a page without it)

	mode       preview.Mode
	r          *preview.Renderer
	shown      []shownChunk   // the containers in page order
	broken     bool           // a patch failed: the next one rebuilds
	doc        *core.Document // the document to show
	dirty      bool           // doc is newer than the DOM
	queued     bool           // a flush is scheduled
	last       time.Duration  // how long the last update took
	pending    int            // bytes of the edits not yet rendered
	editAt     int            // the file line of the latest edit, to follow (0: none)
	images     bool           // remote images load (the scribe asked, for this draft)
	current    ui.Node        // the container marked as being edited
	edited     ui.Node        // the item, heading or paragraph in it marked (parts.go)
	editedIn   ui.Node        // the shown container of edited (the same value as its shownChunk's el)
	editedLine int            // the file line of that part (0: none)

	atOnce, batch int  // see buildAtOnce and buildBatch (tests change them)
	building      bool // a build is under way (build.go)
	builtTo       int  // the bytes of source the build has shown so far
}

// shownChunk is a chunk's container and the HTML it holds.
type shownChunk struct {
	key  string
	html string
	line int // the file line the chunk starts at (0: the page's head or foot)
	el   ui.Node
}

// New makes the preview; it binds to the page on the first Show.
func New(cfg Config) *Pane {
	p := &Pane{page: cfg.Page, session: cfg.Session, prof: cfg.Profile, host: cfg.Host, tasks: cfg.Tasks,
		atOnce: buildAtOnce, batch: buildBatch}
	if p.tasks == nil {
		p.tasks = ui.AtOnce{}
	}
	if p.prof == nil {
		p.prof = profile.Default()
	}
	return p
}

// Show brings the preview up to date with doc. A loaded document (ch nil)
// is shown at once; an edit is shown Soon, so edits made together cost
// one render. A long document, loaded or pasted, is shown a batch per
// task (build.go); an edit made meanwhile is shown by the build's next
// batch.
func (p *Pane) Show(doc *core.Document, ch core.Change, origin editor.Origin) {
	if !p.bind() {
		return
	}
	p.doc, p.dirty = doc, true
	for _, s := range ch {
		p.pending += len(s.Text) + s.End - s.Start
	}
	if origin == editor.OriginLoad {
		p.loadImagesChoice()
	}
	if len(ch) > 0 {
		p.editAt = doc.Line(min(ch[0].Start, len(doc.Bytes())))
	}
	if p.startBuild(origin) {
		return
	}
	if origin == editor.OriginLoad {
		_ = p.Flush() // the load is shown now; a failure shows at the next edit's flush
		return
	}
	p.schedule()
}

// bind finds the panel's elements and installs its listeners, once; it
// reports false on a page without the preview.
func (p *Pane) bind() bool {
	if p.bound {
		return !p.off
	}
	p.bound, p.off = true, true
	body, website, github := p.page.ByID("preview-body"), p.page.ByID("preview-mode-website"), p.page.ByID("preview-mode-github")
	if body == nil || website == nil || github == nil {
		return false
	}
	p.body = body
	if body.Listen("click", "preview", p.click) != nil {
		return false
	}
	for i, el := range []ui.Node{website, github} {
		mode := []preview.Mode{preview.Website, preview.GitHub}[i]
		if el.Listen("change", "preview", func(ui.Event) error { return p.setMode(mode) }) != nil {
			return false
		}
	}
	// A reload may keep the switch where it was: start from the website.
	website.SetBool("checked", true)
	p.bindImages()
	p.r = p.newRenderer()
	p.body.SetHTML("")
	p.off = false
	return true
}

func (p *Pane) newRenderer() *preview.Renderer {
	if p.mode == preview.GitHub {
		return preview.NewRenderer(preview.WithMode(preview.GitHub), preview.WithProfileSite(p.prof))
	}
	return preview.NewRenderer(preview.WithPage(true), preview.WithAlignAttribute(true), preview.WithProfileSite(p.prof))
}

// schedule queues a flush.
func (p *Pane) schedule() {
	if p.queued {
		return
	}
	p.queued = true
	p.host.Soon(p.last > slowRender, p.Flush)
}

// Flush brings the DOM up to date with the latest document.
func (p *Pane) Flush() error {
	p.queued = false
	p.stopBuild()
	if !p.dirty || p.doc == nil {
		return nil
	}
	p.dirty = false
	start := time.Now()
	pending := p.pending
	p.pending = 0
	p.host.Watched(pending, p.last, func() { p.patch(p.r.UpdateString(p.source())) })
	p.last = time.Since(start)
	if p.editAt > 0 {
		p.follow(p.editAt)
		p.editAt = 0
	}
	return nil
}

// source is the document's text. The session keeps it as a string
// already; using it saves copying the whole document on every keystroke.
func (p *Pane) source() string {
	if p.session != nil && p.session.Doc() == p.doc {
		return p.session.Source()
	}
	return p.doc.String()
}

// Containers returns the HTML of the chunks shown, in order.
func (p *Pane) Containers() []string {
	out := make([]string, len(p.shown))
	for i, s := range p.shown {
		out[i] = s.html
	}
	return out
}
