package previewpane

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/editor"
)

// A long document (other groups' notes reach 280 kB, the size cap is 512
// KB) is not rendered in the task that opens it: core/preview's Renderer
// takes about 0.6 µs a byte in the browser, so that the whole of one would
// hold the page for hundreds of milliseconds after the parse (issue 12
// point 4: no task over 200 ms). The preview is given the document's
// beginning and then, a task at a time, a longer beginning, each cut where
// the Renderer starts a chunk: the Renderer, being incremental, renders
// only what each batch adds and the patch adds only its containers. The
// last batch is the whole text, so the end result is the one-shot render.
// Until then the preview body is aria-busy. An edit meanwhile is shown by
// the next batch (each takes the latest document).
//
// The Renderer makes everything after raw HTML, a kramdown extension or a
// fenced code block it cannot be sure of one chunk (preview.SkipFence says
// which fences it chunks after); the build does not cut past the first
// such line, so it renders the rest in one batch rather than again per
// batch.

// buildAtOnce is the longest source shown in the task that loads it (the
// largest real minutes are 14 kB), and the largest edit shown as edits are.
const buildAtOnce = 48 << 10

// buildBatch is about how many bytes of source each batch adds.
const buildBatch = 32 << 10

// startBuild starts a build for a load or an edit of a long text (a
// paste); it reports false when the update is shown as usual. During a
// build, it only notes a load: the next batch starts the new document
// from its beginning.
func (p *Pane) startBuild(origin editor.Origin) bool {
	if p.building {
		if origin == editor.OriginLoad {
			p.builtTo = 0
		}
		return true
	}
	if p.mode == preview.GitHub || len(p.source()) <= p.atOnce || (origin != editor.OriginLoad && p.pending <= p.atOnce) {
		return false // GitHub mode renders the whole file anyway
	}
	p.building, p.builtTo = true, 0
	p.body.SetAttr("aria-busy", "true")
	if origin == editor.OriginLoad {
		// Another document: its batches go into an empty preview rather
		// than beside the previous document's end; its last batch is
		// watched as a paste's render is (Host.Watched).
		p.body.SetHTML("")
		p.shown, p.current = nil, nil
		p.pending = max(p.pending, len(p.source()))
	}
	p.tasks.Task("preview build", p.buildStep)
	return true
}

// stopBuild ends a build: what shows the whole document next (a Flush)
// has been asked for.
func (p *Pane) stopBuild() {
	if p.building {
		p.building = false
		p.body.RemoveAttr("aria-busy")
	}
}

// buildStep shows the next batch, or the whole document and ends the
// build.
func (p *Pane) buildStep() {
	if !p.building || p.doc == nil {
		return
	}
	src := p.source()
	cut := cutAfter(src, p.builtTo, p.batch)
	if cut >= len(src) {
		_ = p.Flush() // the whole text, the edits meanwhile included; it ends the build
		return
	}
	start := time.Now()
	p.patch(p.r.UpdateString(src[:cut]))
	p.last = time.Since(start)
	p.builtTo = cut
	p.tasks.Task("preview build", p.buildStep)
}

// cutAfter returns where the next batch of src ends: the start of the
// first "#" line after a blank line at least batch bytes past from, where
// the Renderer starts a chunk, or len(src) when there is none or a line
// that may cross blank lines (raw HTML, a fence but a closed one...) comes
// first.
func cutAfter(src string, from, batch int) int {
	off := strings.LastIndexByte(src[:from], '\n') + 1
	prevBlank := off == 0
	for off < len(src) {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := strings.TrimRight(src[off:end], "\r")
		if mayCross(line) {
			next, ok := preview.SkipFence(src, off)
			if !ok {
				return len(src)
			}
			off, prevBlank = next, false // the closing fence line is not blank
			continue
		}
		if prevBlank && off >= from+batch && strings.HasPrefix(line, "#") {
			return off
		}
		prevBlank = strings.TrimSpace(line) == ""
		off = end + 1
	}
	return len(src)
}

// mayCross is a cautious copy of core/preview's test for a line that may
// start a block going on past blank lines (it only chooses where batches
// end: a cut in the middle of such a block costs time, never correctness).
func mayCross(line string) bool {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || t == "" {
		return false
	}
	switch t[0] {
	case '`', '~':
		return strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")
	case '<', '{', '^', '$':
		return true
	}
	return false
}
