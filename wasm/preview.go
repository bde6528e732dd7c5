//go:build js && wasm

package main

import (
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/preview"
)

// The preview panel shows the document as the group's website renders it
// (or, with the switch, as GitHub shows the pull request). It keeps one
// container element per chunk of core/preview's Renderer, keyed by the
// chunk's key, and after an edit replaces only the containers whose HTML
// changed, inserting and removing containers as chunks come and go: a
// keystroke touches the DOM of the block typed in, never the whole preview.
//
// Safety: a container's innerHTML is only ever set to HTML made by
// core/preview, which escapes everything taken from the file (see its
// package documentation); nothing else in this file writes markup.

// slowRender is how long an update may take before the next one waits for
// a task of its own (queued behind the input events already waiting), so
// that a burst of edits on a large document, or in GitHub mode, which
// renders the whole file, costs one render instead of one per edit.
// (Not requestAnimationFrame: it never fires in a hidden tab.)
const slowRender = 8 * time.Millisecond

// idPrefix goes before every id in the preview: heading ids come from the
// document ("Messages" gives "messages") and must not clash with the ids of
// the page itself or shadow them for getElementById.
const idPrefix = "pv-"

// previewPanel is the Panel of the preview region.
type previewPanel struct {
	e *Editor
	binding

	body safejs.Value // #preview-body, holding one container per chunk

	mode     preview.Mode
	r        *preview.Renderer
	shown    []shownChunk   // the containers in page order
	broken   bool           // a patch failed: the next one rebuilds
	doc      *core.Document // the document to show
	dirty    bool           // doc is newer than the DOM
	queued   bool           // a flush is scheduled
	flushJS  safejs.Func    // runs flush; queued as a microtask or a task
	port     safejs.Value   // posting to it queues flushJS as a task
	channel  safejs.Value   // the MessageChannel of port, held while the page lives
	last     time.Duration  // how long the last update took
	pending  int            // bytes of the edits not yet rendered (preview_watch.go)
	editAt   int            // the file line of the latest edit, to follow (0: none)
	images   bool           // remote images load (the scribe asked, for this draft)
	imagesOn safejs.Value   // the "Load images" switch (undefined on a page without it)
	current  safejs.Value   // the container marked as being edited
}

// shownChunk is a chunk's container and the HTML it holds.
type shownChunk struct {
	key  string
	html string
	line int // the file line the chunk starts at (0: the page's head or foot)
	el   safejs.Value
}

func newPreviewPanel(e *Editor) (Panel, error) {
	return &previewPanel{e: e}, nil
}

// Show implements Panel. A loaded document is shown at once; an edit is
// shown after the handler that made it returns (a microtask, before the
// browser paints), so edits made together cost one render.
func (p *previewPanel) Show(doc *core.Document, ch core.Change, origin Origin) {
	if !p.bind() {
		return
	}
	p.doc, p.dirty = doc, true
	p.noteEdit(ch)
	if origin == OriginLoad {
		p.loadImagesChoice()
	}
	if len(ch) > 0 {
		p.editAt = doc.Line(min(ch[0].Start, len(doc.Bytes())))
	}
	if origin == OriginLoad {
		p.guardedFlush()
		return
	}
	p.schedule()
}

// bind finds the panel's elements and installs its listeners, once.
func (p *previewPanel) bind() bool {
	return p.binding.ready(func() bool {
		els, ok := lookUp("preview-body", "preview-mode-website", "preview-mode-github")
		if !ok {
			return false
		}
		p.body = els[0]
		a := p.e.app
		ls := []listener{{p.body, "click", p.click}}
		for i, mode := range []preview.Mode{preview.Website, preview.GitHub} {
			ls = append(ls, listener{els[1+i], "change", func(safejs.Value) error { return p.setMode(mode) }})
		}
		if !listenAll(a, "preview", ls) {
			return false
		}
		fn, _, err := a.Func("preview", func([]safejs.Value) error { return p.flush() })
		if err == nil {
			p.flushJS = fn
			p.channel, p.port, err = messagePort(fn)
		}
		if err != nil {
			a.fail("preview", err, nil)
			return false
		}
		// A reload may keep the switch where it was: start from the website.
		_ = els[1].Set("checked", true)
		p.bindImages()
		p.r = p.newRenderer()
		_, err = p.body.Call("replaceChildren")
		return err == nil
	})
}

// newRenderer renders in the mode chosen; the website mode of a group
// whose minutes are read on GitHub (site.renderer: github) is GitHub's.
func (p *previewPanel) newRenderer() *preview.Renderer {
	if p.mode == preview.GitHub || p.e.profile.WebsiteIsGitHub() {
		return preview.NewRenderer(preview.WithMode(preview.GitHub), preview.WithProfileSite(p.e.profile))
	}
	return preview.NewRenderer(preview.WithPage(true), preview.WithAlignAttribute(true), preview.WithProfileSite(p.e.profile))
}

// messagePort returns a MessageChannel whose receiving port calls fn, and
// its sending port: posting to it queues fn as a task.
func messagePort(fn safejs.Func) (channel, port safejs.Value, err error) {
	ctor, err := window().Get("MessageChannel")
	if err != nil {
		return channel, port, err
	}
	if channel, err = ctor.New(); err != nil {
		return channel, port, err
	}
	in, err := channel.Get("port2")
	if err != nil {
		return channel, port, err
	}
	if err := in.Set("onmessage", fn.Value()); err != nil {
		return channel, port, err
	}
	port, err = channel.Get("port1")
	return channel, port, err
}

// schedule queues a flush: as a microtask normally, as a task when
// updates are slow.
func (p *previewPanel) schedule() {
	if p.queued {
		return
	}
	p.queued = true
	var err error
	if p.last > slowRender {
		_, err = p.port.Call("postMessage", 0)
	} else {
		_, err = window().Call("queueMicrotask", p.flushJS.Value())
	}
	if err != nil {
		p.queued = false
		p.guardedFlush()
	}
}

func (p *previewPanel) guardedFlush() {
	p.e.app.guard("preview", p.flush)
}

// flush brings the DOM up to date with the latest document.
func (p *previewPanel) flush() error {
	p.queued = false
	if !p.dirty || p.doc == nil {
		return nil
	}
	p.dirty = false
	start := time.Now()
	err := p.watched(func() error { return p.patch(p.r.UpdateString(p.source())) })
	p.last = time.Since(start)
	if err == nil && p.editAt > 0 {
		err = p.follow(p.editAt)
		p.editAt = 0
	}
	return err
}

// source is the document's text. The session keeps it as a string
// already; using it saves copying the whole document on every keystroke.
func (p *previewPanel) source() string {
	if e := p.e; e != nil && e.session.Doc() == p.doc {
		return e.session.Source()
	}
	return p.doc.String()
}

// patch makes the containers match chunks. The Renderer keeps the keys of
// the unchanged beginning and end of the document and gives the chunks in
// between (the part edited) new keys; so the containers of the common
// beginning and end stay, refilled only when their chunk's HTML changed
// (a heading id renumbered), and the containers in between are reused in
// order for the new chunks — a keystroke in a paragraph refills that
// paragraph's container and touches nothing else. Containers left over go,
// more are made when needed. If the keys ever do not line up so, or a
// previous patch failed half way, every container is made again.
func (p *previewPanel) patch(chunks []preview.Chunk) (err error) {
	defer func() {
		if err != nil {
			p.broken = true
		}
	}()
	old := p.shown
	pre := 0
	for pre < len(old) && pre < len(chunks) && old[pre].key == chunks[pre].Key {
		pre++
	}
	suf := 0
	for suf < len(old)-pre && suf < len(chunks)-pre && old[len(old)-1-suf].key == chunks[len(chunks)-1-suf].Key {
		suf++
	}
	oldMid, newMid := old[pre:len(old)-suf], chunks[pre:len(chunks)-suf]
	if p.broken || sharesKey(oldMid, newMid) {
		return p.rebuild(chunks)
	}
	next := make([]shownChunk, len(chunks))
	for i, c := range chunks[:pre] {
		if next[i], err = p.refill(old[i], c); err != nil {
			return err
		}
	}
	for k := 0; k < suf; k++ {
		i, j := len(chunks)-1-k, len(old)-1-k
		if next[i], err = p.refill(old[j], chunks[i]); err != nil {
			return err
		}
	}
	after := safejs.Null() // the container the middle goes before
	if suf > 0 {
		after = old[len(old)-suf].el
	}
	for k, c := range newMid {
		s := shownChunk{key: c.Key, html: c.HTML, line: c.Line}
		if k < len(oldMid) {
			s.el = oldMid[k].el
			if _, err = s.el.Call("setAttribute", "data-key", c.Key); err == nil && oldMid[k].html != c.HTML {
				err = p.fill(s.el, c.HTML)
			}
		} else if s.el, err = p.newContainer(c); err == nil {
			_, err = p.body.Call("insertBefore", s.el, after)
		}
		if err != nil {
			return err
		}
		next[pre+k] = s
	}
	for _, s := range oldMid[min(len(oldMid), len(newMid)):] {
		if _, err = s.el.Call("remove"); err != nil {
			return err
		}
	}
	p.shown = next
	return nil
}

// refill brings a kept container up to date with its chunk.
func (p *previewPanel) refill(s shownChunk, c preview.Chunk) (shownChunk, error) {
	s.line = c.Line // the same chunk moves down when lines are added above it
	if !c.Changed || s.html == c.HTML {
		return s, nil
	}
	s.html = c.HTML
	return s, p.fill(s.el, c.HTML)
}

// sharesKey reports whether a key of the new middle chunks was shown in
// the old middle: a chunk moved, which the Renderer does not do.
func sharesKey(old []shownChunk, chunks []preview.Chunk) bool {
	for _, o := range old {
		for _, c := range chunks {
			if o.key == c.Key {
				return true
			}
		}
	}
	return false
}

// rebuild makes every container again.
func (p *previewPanel) rebuild(chunks []preview.Chunk) error {
	if _, err := p.body.Call("replaceChildren"); err != nil {
		return err
	}
	p.shown, p.broken = make([]shownChunk, 0, len(chunks)), false
	for _, c := range chunks {
		el, err := p.newContainer(c)
		if err != nil {
			return err
		}
		if _, err := p.body.Call("appendChild", el); err != nil {
			return err
		}
		p.shown = append(p.shown, shownChunk{key: c.Key, html: c.HTML, line: c.Line, el: el})
	}
	return nil
}

// newContainer makes the container of a chunk.
func (p *previewPanel) newContainer(c preview.Chunk) (safejs.Value, error) {
	doc, err := window().Get("document")
	if err != nil {
		return safejs.Value{}, err
	}
	el, err := doc.Call("createElement", "div")
	if err != nil {
		return safejs.Value{}, err
	}
	if err := el.Set("className", "pv-chunk"); err != nil {
		return safejs.Value{}, err
	}
	if _, err := el.Call("setAttribute", "data-key", c.Key); err != nil {
		return safejs.Value{}, err
	}
	return el, p.fill(el, c.HTML)
}

// fill sets a container's HTML — made by core/preview, never raw text
// from the document — and adapts it to the page (see adaptations).
func fill(el safejs.Value, html string) error {
	if err := el.Set("innerHTML", html); err != nil {
		return err
	}
	for _, a := range adaptations {
		if !strings.Contains(html, a.marker) {
			continue
		}
		if err := eachMatch(el, a.selector, a.adapt); err != nil {
			return err
		}
	}
	return nil
}

// adaptations fit the website's markup into the editor page. Each runs on
// a container only when its marker is in the HTML, so most keystrokes
// cost none of them.
var adaptations = []struct {
	marker, selector string
	adapt            func(safejs.Value) error
}{
	// Ids get idPrefix, so they cannot clash with the page's own.
	{` id="`, "[id]", func(n safejs.Value) error {
		id, err := n.Get("id")
		if err != nil {
			return err
		}
		s, err := id.String()
		if err != nil {
			return err
		}
		return n.Set("id", idPrefix+s)
	}},
	// The table of contents is an aside of the layout: inside the preview
	// region it is not a landmark; its nav is labelled, and its "On this
	// page" title is not a heading of the editor page's outline.
	{"<aside", "aside", setAttr("role", "none")},
	{"<nav", "nav", setAttr("aria-label", "Table of contents")},
	{"<nav", "nav h1, nav h2, nav h3, nav h4, nav h5, nav h6", setAttr("role", "none")},
	// Task boxes are shown, not edited (the form edits them), and named.
	{"task-list-item-checkbox", "input.task-list-item-checkbox", setAttr("aria-label", "Task")},
}

func setAttr(name, value string) func(safejs.Value) error {
	return func(n safejs.Value) error {
		_, err := n.Call("setAttribute", name, value)
		return err
	}
}

// eachMatch calls fn for each element under el matching selector.
func eachMatch(el safejs.Value, selector string, fn func(safejs.Value) error) error {
	list, err := el.Call("querySelectorAll", selector)
	if err != nil {
		return err
	}
	n, err := list.Length()
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		item, err := list.Index(i)
		if err != nil {
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
	return nil
}

// setMode switches between the website and GitHub renderings; the preview
// is rebuilt once.
func (p *previewPanel) setMode(m preview.Mode) error {
	if m == p.mode {
		return nil
	}
	p.mode = m
	p.r = p.newRenderer()
	if _, err := p.body.Call("replaceChildren"); err != nil {
		return err
	}
	p.shown = nil
	if _, err := p.body.Call("setAttribute", "data-mode", m.String()); err != nil {
		return err
	}
	if p.doc == nil {
		return nil
	}
	p.dirty = true
	return p.flush()
}

// click follows links in the preview without leaving the editor: a link
// to a heading scrolls the preview to it, any other link opens in a new
// tab (a modified or middle click keeps the browser's own behaviour). A
// click elsewhere goes to the part of the form it shows.
func (p *previewPanel) click(ev safejs.Value) error {
	link, ok := clicked(ev, "a[href]")
	if !ok {
		return p.clickToItem(ev)
	}
	for _, key := range []string{"ctrlKey", "metaKey", "shiftKey", "altKey"} {
		if truthy(ev.Get(key)) {
			return nil
		}
	}
	hrefV, err := link.Call("getAttribute", "href")
	if err != nil {
		return err
	}
	href, _ := hrefV.String()
	if _, err := ev.Call("preventDefault"); err != nil {
		return err
	}
	if frag, ok := strings.CutPrefix(href, "#"); ok {
		doc, err := window().Get("document")
		if err != nil {
			return err
		}
		if el := elementByID(doc, idPrefix+frag); !el.IsUndefined() {
			_, err = el.Call("scrollIntoView")
		}
		return err
	}
	_, err = window().Call("open", href, "_blank", "noopener,noreferrer")
	return err
}
