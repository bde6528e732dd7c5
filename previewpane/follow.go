package previewpane

import (
	"strings"

	"github.com/cpansec/minutes/ui"
)

// The preview follows the scribe: after an edit, the part of the preview
// that shows it is marked and scrolled into the preview's view (the
// preview column scrolls on its own beside the form on a wide screen, so
// the page does not move under the form); a click in the preview goes to
// that part of the form.

// follow marks the container showing file line, and in it the item,
// heading or paragraph that holds the line (data-edited), and keeps that
// in view.
func (p *Pane) follow(line int) {
	i := p.chunkAt(line)
	if i < 0 {
		return
	}
	el := p.shown[i].el
	part, at := p.partAt(i, line)
	if p.edited != nil && !(part != nil && p.edited.Equal(part)) {
		p.edited.RemoveAttr("data-edited")
	}
	p.edited, p.editedIn = part, el
	if part != nil {
		part.SetAttr("data-edited", "true") // again after a refill: the element is new
	}
	// The containers are kept as the same values (shownChunk.el): the
	// same value is the same element, with no call into the page.
	sameChunk := p.current != nil && (p.current == el || p.current.Equal(el))
	if sameChunk && at == p.editedLine {
		return // typing on in the same part: it is marked and in view already; measuring it would cost a layout per keystroke
	}
	p.editedLine = at
	if !sameChunk {
		if p.current != nil {
			p.current.RemoveAttr("data-editing")
		}
		p.current = el
		el.SetAttr("data-editing", "true")
	}
	if part != nil {
		p.host.KeepInView(part)
	} else if !sameChunk {
		p.host.KeepInView(el)
	}
}

// chunkAt returns the index of the shown chunk holding file line, or -1.
func (p *Pane) chunkAt(line int) int {
	at := -1
	for i, s := range p.shown {
		if s.line > 0 && s.line <= line {
			at = i
		}
	}
	return at
}

// click follows links in the preview without leaving the editor: a link
// to a heading scrolls the preview to it, any other link opens in a new
// tab (a modified or middle click keeps the browser's own behaviour). A
// click elsewhere, not ending a text selection, goes to the part of the
// form it shows.
func (p *Pane) click(ev ui.Event) error {
	target := ev.Target()
	if target == nil {
		return nil
	}
	link := target.Closest("a[href]")
	if link == nil {
		p.clickToItem(target)
		return nil
	}
	if k := ev.Key(); k.Ctrl || k.Meta || k.Shift || k.Alt {
		return nil
	}
	href := link.Attr("href")
	ev.PreventDefault()
	if frag, ok := strings.CutPrefix(href, "#"); ok {
		if el := p.page.ByID(IDPrefix + frag); el != nil {
			el.ScrollIntoView("start")
		}
		return nil
	}
	p.host.Open(href)
	return nil
}

// clickToItem reveals in the form the part the clicked element shows:
// the item, heading or paragraph (parts.go), else the chunk's start.
func (p *Pane) clickToItem(target ui.Node) {
	if p.page.TextSelected() {
		return
	}
	chunk := target.Closest(".pv-chunk")
	if chunk == nil {
		return
	}
	for i, s := range p.shown {
		if s.el.Equal(chunk) && s.line > 0 {
			p.host.Reveal(p.lineOf(i, target))
		}
	}
}

// Remote images in the minutes are not loaded until the scribe asks, for
// this draft: the preview shows each as its address (preview.HoldImages),
// so opening minutes contacts no one. The choice is kept with the draft.

// bindImages wires the "Load images" switch, on a page that has it.
func (p *Pane) bindImages() {
	p.imagesOn = p.page.ByID("preview-images")
	if p.imagesOn == nil {
		return
	}
	_ = p.imagesOn.Listen("change", "preview images", func(ui.Event) error {
		on := p.imagesOn.Bool("checked")
		p.host.SetImagesAllowed(on)
		return p.showImages(on)
	})
}

// loadImagesChoice reads the current draft's choice, on a load.
func (p *Pane) loadImagesChoice() {
	on := p.host.ImagesAllowed()
	if p.imagesOn != nil {
		p.imagesOn.SetBool("checked", on)
	}
	if on != p.images {
		p.images = on
		p.shown = nil // rebuilt with or without the images at the next flush
		p.broken = true
	}
}

// showImages shows the preview again with images loading or held.
func (p *Pane) showImages(on bool) error {
	if on == p.images {
		return nil
	}
	p.images = on
	p.broken = true
	p.dirty = true
	return p.Flush()
}
