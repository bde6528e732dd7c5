//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core/preview"
)

// Remote images in the minutes are not loaded until the scribe asks, for
// this draft: the preview shows each as its address (preview.HoldImages),
// so opening minutes contacts no one. The choice is kept with the draft.

// fill fills a container with a chunk's HTML, its images held unless
// they may load.
func (p *previewPanel) fill(el safejs.Value, html string) error {
	if !p.images {
		html = preview.HoldImages(html)
	}
	return fill(el, html)
}

// bindImages wires the "Load images" switch, on a page that has it.
func (p *previewPanel) bindImages() {
	els, ok := lookUp("preview-images")
	if !ok {
		return
	}
	p.imagesOn = els[0]
	listenAll(p.e.app, "preview images", []listener{{p.imagesOn, "change", func(safejs.Value) error {
		on := truthy(p.imagesOn.Get("checked"))
		p.e.app.drafts.SetImagesAllowed(p.e.app.keep.Draft().ID, on)
		return p.showImages(on)
	}}})
}

// loadImagesChoice reads the current draft's choice, on a load.
func (p *previewPanel) loadImagesChoice() {
	on := p.e.app.drafts.ImagesAllowed(p.e.app.keep.Draft().ID)
	if !p.imagesOn.IsUndefined() {
		_ = p.imagesOn.Set("checked", on)
	}
	if on != p.images {
		p.images = on
		p.shown = nil // rebuilt with or without the images at the next flush
		p.broken = true
	}
}

// showImages shows the preview again with images loading or held.
func (p *previewPanel) showImages(on bool) error {
	if on == p.images {
		return nil
	}
	p.images = on
	p.broken = true
	p.dirty = true
	return p.flush()
}
