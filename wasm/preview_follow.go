//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"
)

// The preview follows the scribe: after an edit, the part of the preview
// that shows it is marked and scrolled into the preview's view (the
// preview column scrolls on its own beside the form on a wide screen, so
// the page does not move under the form); a click in the preview goes to
// that part of the form.

// follow marks the container showing file line and keeps it in view.
func (p *previewPanel) follow(line int) error {
	i := p.chunkAt(line)
	if i < 0 {
		return nil
	}
	el := p.shown[i].el
	if !p.current.IsUndefined() && p.current.Equal(el) {
		return nil // typing on in the same part: it is marked and in view already; measuring it would cost a layout per keystroke
	}
	if !p.current.IsUndefined() {
		if _, err := p.current.Call("removeAttribute", "data-editing"); err != nil {
			return err
		}
	}
	p.current = el
	if _, err := el.Call("setAttribute", "data-editing", "true"); err != nil {
		return err
	}
	return scrollWithin(el)
}

// chunkAt returns the index of the shown chunk holding file line, or -1.
func (p *previewPanel) chunkAt(line int) int {
	at := -1
	for i, s := range p.shown {
		if s.line > 0 && s.line <= line {
			at = i
		}
	}
	return at
}

// scrollWithin scrolls el's nearest scrolling ancestor (the preview
// column) so that el's top is in view, without scrolling the page.
func scrollWithin(el safejs.Value) error {
	box, err := el.Call("closest", "#preview-panel")
	if err != nil || box.IsNull() {
		return err
	}
	overflow, err := safejs.Global().Call("getComputedStyle", box)
	if err != nil {
		return err
	}
	if v, _ := overflow.Get("overflowY"); stringOf(v) != "auto" {
		return nil // one column: the page scrolls, and the form keeps the focus in view
	}
	outer, err1 := rect(box)
	inner, err2 := rect(el)
	if err1 != nil || err2 != nil {
		return err1
	}
	if inner.top >= outer.top && inner.top < outer.bottom-40 {
		return nil // already in view
	}
	top, err := box.Get("scrollTop")
	if err != nil {
		return err
	}
	t, _ := top.Float()
	return box.Set("scrollTop", t+inner.top-outer.top-16)
}

type box struct{ top, bottom float64 }

func rect(el safejs.Value) (box, error) {
	r, err := el.Call("getBoundingClientRect")
	if err != nil {
		return box{}, err
	}
	top, _ := r.Get("top")
	bottom, _ := r.Get("bottom")
	t, _ := top.Float()
	b, _ := bottom.Float()
	return box{t, b}, nil
}

func stringOf(v safejs.Value) string {
	s, _ := v.String()
	return s
}

// clickToItem goes from a click in the preview (not on a link, not ending
// a text selection) to the part of the form that shows what was clicked.
func (p *previewPanel) clickToItem(ev safejs.Value) error {
	sel, err := safejs.Global().Call("getSelection")
	if err == nil && !sel.IsNull() {
		if !truthy(sel.Get("isCollapsed")) {
			return nil
		}
	}
	target, err := ev.Get("target")
	if err != nil {
		return err
	}
	chunk, err := target.Call("closest", ".pv-chunk")
	if err != nil || chunk.IsNull() {
		return err
	}
	for _, s := range p.shown {
		if s.el.Equal(chunk) && s.line > 0 {
			p.e.Reveal(s.line)
		}
	}
	return nil
}
