//go:build js && wasm

package main

import (
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/previewpane"
	"github.com/cpansec/minutes/ui"
)

// newPreviewPanel makes the preview (package previewpane, tested
// natively) on the page, with the app around it as its host.
func newPreviewPanel(e *Editor) (Panel, error) {
	h := &previewHost{e: e}
	return previewpane.New(previewpane.Config{Page: e.app.page, Session: e.session, Profile: e.profile, Host: h, Tasks: e.app.tasks}), nil
}

// previewHost is the page around the preview: the flush queued as a
// microtask or a task, links, the preview column's scrolling, the
// draft's choice of images.
type previewHost struct {
	e       *Editor
	flush   func() error
	fn      safejs.Func  // runs flush, queued as a microtask or a task
	port    safejs.Value // posting to it queues fn as a task
	channel safejs.Value // the MessageChannel of port, held while the page lives
}

// Soon implements previewpane.Host.
func (h *previewHost) Soon(slow bool, flush func() error) {
	a := h.e.app
	h.flush = flush
	err := h.bind()
	if err == nil && slow {
		_, err = h.port.Call("postMessage", 0)
	} else if err == nil {
		_, err = safejs.Global().Call("queueMicrotask", h.fn.Value())
	}
	if err != nil {
		a.guard("preview", flush)
	}
}

// bind makes the function and the channel, once.
func (h *previewHost) bind() error {
	if !h.port.IsUndefined() && h.port.Type() == safejs.TypeObject {
		return nil
	}
	fn, _, err := h.e.app.Func("preview", func([]safejs.Value) error { return h.flush() })
	if err != nil {
		return err
	}
	h.fn = fn
	ctor, err := safejs.Global().Get("MessageChannel")
	if err == nil {
		h.channel, err = ctor.New()
	}
	var in safejs.Value
	if err == nil {
		in, err = h.channel.Get("port2")
	}
	if err == nil {
		err = in.Set("onmessage", fn.Value())
	}
	if err == nil {
		h.port, err = h.channel.Get("port1")
	}
	return err
}

// Reveal implements previewpane.Host.
func (h *previewHost) Reveal(line int) { h.e.Reveal(line) }

// Open implements previewpane.Host.
func (h *previewHost) Open(href string) {
	must(safejs.Global().Call("open", href, "_blank", "noopener,noreferrer"))
}

// ImagesAllowed implements previewpane.Host.
func (h *previewHost) ImagesAllowed() bool {
	return h.e.app.drafts.ImagesAllowed(h.e.app.keep.Draft().ID)
}

// SetImagesAllowed implements previewpane.Host.
func (h *previewHost) SetImagesAllowed(on bool) {
	h.e.app.drafts.SetImagesAllowed(h.e.app.keep.Draft().ID, on)
}

// KeepInView implements previewpane.Host: it scrolls the preview column
// (on a wide screen it scrolls on its own beside the form) so that el's
// top is in view, without scrolling the page; in one column the page
// scrolls, and the form keeps the focus in view.
func (h *previewHost) KeepInView(n ui.Node) {
	el := other(n)
	box := other(n.Closest("#preview-panel"))
	if box.Type() != safejs.TypeObject {
		return
	}
	style := must(safejs.Global().Call("getComputedStyle", box))
	if s, _ := must(style.Get("overflowY")).String(); s != "auto" {
		return
	}
	outerTop, outerBottom := rect(box)
	innerTop, _ := rect(el)
	if innerTop >= outerTop && innerTop < outerBottom-40 {
		return // already in view
	}
	top := must(must(box.Get("scrollTop")).Float())
	check(box.Set("scrollTop", top+innerTop-outerTop-16))
}

// rect returns the top and bottom of el's box in the viewport.
func rect(el safejs.Value) (top, bottom float64) {
	r := must(el.Call("getBoundingClientRect"))
	return must(must(r.Get("top")).Float()), must(must(r.Get("bottom")).Float())
}

// fill sets el's markup to HTML made by core/preview, adapted to the page
// as the preview's is (previewpane.Fill).
func fill(el safejs.Value, html string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("fill: %v", r)
		}
	}()
	page := &domPage{doc: must(safejs.Global().Get("document"))}
	previewpane.Fill(page.node(el), html)
	return nil
}
