package previewpane

import (
	"strings"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/ui"
)

// patch makes the containers match chunks. The Renderer keeps the keys of
// the unchanged beginning and end of the document and gives the chunks in
// between (the part edited) new keys; so the containers of the common
// beginning and end stay, refilled only when their chunk's HTML changed
// (a heading id renumbered), and the containers in between are reused in
// order for the new chunks — a keystroke in a paragraph refills that
// paragraph's container and touches nothing else. Containers left over go,
// more are made when needed. If the keys ever do not line up so, or a
// previous patch failed half way (a panic the page's guard reported),
// every container is made again.
func (p *Pane) patch(chunks []preview.Chunk) {
	if p.broken {
		p.rebuild(chunks)
		return
	}
	p.broken = true // until this patch is done
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
	if sharesKey(oldMid, newMid) {
		p.rebuild(chunks)
		return
	}
	next := make([]shownChunk, len(chunks))
	for i, c := range chunks[:pre] {
		next[i] = p.refill(old[i], c)
	}
	for k := 0; k < suf; k++ {
		i, j := len(chunks)-1-k, len(old)-1-k
		next[i] = p.refill(old[j], chunks[i])
	}
	var after ui.Node // the container the middle goes before
	if suf > 0 {
		after = old[len(old)-suf].el
	}
	for k, c := range newMid {
		s := shownChunk{key: c.Key, html: c.HTML, line: c.Line}
		if k < len(oldMid) {
			s.el = oldMid[k].el
			s.el.SetAttr("data-key", c.Key)
			if oldMid[k].html != c.HTML {
				p.fill(s.el, c.HTML)
			}
		} else {
			s.el = p.newContainer(c)
			if after != nil {
				p.body.InsertBefore(s.el, after)
			} else {
				p.body.Append(s.el)
			}
		}
		next[pre+k] = s
	}
	for _, s := range oldMid[min(len(oldMid), len(newMid)):] {
		s.el.Remove()
	}
	p.shown, p.broken = next, false
}

// refill brings a kept container up to date with its chunk.
func (p *Pane) refill(s shownChunk, c preview.Chunk) shownChunk {
	s.line = c.Line // the same chunk moves down when lines are added above it
	if !c.Changed || s.html == c.HTML {
		return s
	}
	s.html = c.HTML
	p.fill(s.el, c.HTML)
	return s
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
func (p *Pane) rebuild(chunks []preview.Chunk) {
	p.broken = true
	p.body.SetHTML("")
	p.shown, p.current = make([]shownChunk, 0, len(chunks)), nil
	for _, c := range chunks {
		el := p.newContainer(c)
		p.body.Append(el)
		p.shown = append(p.shown, shownChunk{key: c.Key, html: c.HTML, line: c.Line, el: el})
	}
	p.broken = false
}

// newContainer makes the container of a chunk.
func (p *Pane) newContainer(c preview.Chunk) ui.Node {
	el := p.page.Create("div")
	el.SetClass("pv-chunk")
	el.SetAttr("data-key", c.Key)
	p.fill(el, c.HTML)
	return el
}

// fill fills a container with a chunk's HTML, its images held unless
// they may load.
func (p *Pane) fill(el ui.Node, html string) {
	if p.edited != nil && el == p.editedIn {
		p.edited = nil // its element goes with the old markup: nothing to unmark
	}
	if !p.images {
		html = preview.HoldImages(html)
	}
	Fill(el, html)
}

// Fill sets el's markup to html — made by core/preview, never raw text
// from a document — and adapts it to the editor page (see adaptations).
func Fill(el ui.Node, html string) {
	el.SetHTML(adaptTags(html))
	for _, a := range adaptations {
		if !strings.Contains(html, a.marker) {
			continue
		}
		for _, n := range el.QueryAll(a.selector) {
			a.adapt(n)
		}
	}
}

// inTag are rewrites of attributes that fit the website's markup into
// the editor page, made in the markup so that no element is read back
// from the page for them: each text is replaced where it is inside a tag.
// The file's text never holds a "<" (core/preview writes &lt;) but may
// hold these characters (the website mode keeps quotes in code as they
// are); a quoted attribute value cannot hold a quote.
var inTag = []struct{ old, new string }{
	// Ids get IDPrefix, so they cannot clash with the page's own.
	{` id="`, ` id="` + IDPrefix},
	// Task boxes are shown, not edited (the form edits them), and named.
	{` class="task-list-item-checkbox"`, ` class="task-list-item-checkbox" aria-label="Task"`},
}

// adaptTags makes inTag's rewrites in html.
func adaptTags(html string) string {
	found := false
	for _, r := range inTag {
		found = found || strings.Contains(html, r.old)
	}
	if !found {
		return html
	}
	var b strings.Builder
	b.Grow(len(html) + 64)
	in, last := false, 0
	for i := 0; i < len(html); i++ {
		switch html[i] {
		case '<':
			in = true
		case '>':
			in = false
		case ' ':
			if !in {
				continue
			}
			for _, r := range inTag {
				if strings.HasPrefix(html[i:], r.old) {
					b.WriteString(html[last:i])
					b.WriteString(r.new)
					last = i + len(r.old)
					i = last - 1
					break
				}
			}
		}
	}
	b.WriteString(html[last:])
	return b.String()
}

// adaptations fit the website's markup into the editor page. Each runs on
// a container only when its marker is in the HTML, so most keystrokes
// cost none of them.
var adaptations = []struct {
	marker, selector string
	adapt            func(ui.Node)
}{
	// The table of contents is an aside of the layout: inside the preview
	// region it is not a landmark; its nav is labelled, and its "On this
	// page" title is not a heading of the editor page's outline.
	{"<aside", "aside", setAttr("role", "none")},
	{"<nav", "nav", setAttr("aria-label", "Table of contents")},
	{"<nav", "nav h1, nav h2, nav h3, nav h4, nav h5, nav h6", setAttr("role", "none")},
}

func setAttr(name, value string) func(ui.Node) {
	return func(n ui.Node) { n.SetAttr(name, value) }
}

// setMode switches between the website and GitHub renderings; the preview
// is rebuilt once.
func (p *Pane) setMode(m preview.Mode) error {
	if m == p.mode {
		return nil
	}
	p.mode = m
	p.stopBuild() // the Flush below shows the whole document
	p.r = p.newRenderer()
	p.body.SetHTML("")
	p.shown, p.current = nil, nil
	p.body.SetAttr("data-mode", m.String())
	if p.doc == nil {
		return nil
	}
	p.dirty = true
	return p.Flush()
}
