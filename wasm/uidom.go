//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"
	"honnef.co/go/js/dom/v2"

	"github.com/cpansec/minutes/ui"
)

// domPage is ui.Document over the browser's DOM: the one way the native
// panels (package form and the others) and the app's shell (elements.go)
// reach the page. It uses two libraries, each for what it does cheaply:
//
//   - honnef.co/go/js/dom/v2 for an element's typed operations (id,
//     attributes, text, markup, tree edits). Each element is wrapped once,
//     by node, as a *dom.BasicHTMLElement built here, and its methods are
//     called on that concrete type. dom/v2's own wrapping (WrapElement,
//     and every method that returns an element or an event) picks the
//     element's Go type among about 70 by its constructor, and then the
//     linker keeps, for every one of those types, each method called
//     through dom/v2's interfaces: that switch, not the library, was most
//     of dom/v2's cost in the wasm (BENCHMARKS.md). So nothing here calls
//     a dom/v2 function that returns an element.
//   - github.com/hack-pad/safejs for the rest: what returns an element
//     (lookups, closest, parents, lists), values that may be null or of
//     another type (a caret, a field's value, a boolean property named by
//     the caller, an event's fields), and calls dom/v2 has no method for
//     (showModal, focus without scrolling, isConnected, scrollIntoView).
//
// A JavaScript exception is a panic either way (dom/v2's through
// syscall/js, safejs's error raised by must): every call runs in an event
// handler or a panel's Show, under App.guard, which reports it and keeps
// the document (ui's methods return no errors so that the panels' code
// reads as the DOM does). The calls whose failure the app handles as an
// error (storage, files, the clipboard) are the app's, through safejs.
type domPage struct {
	app *App
	doc safejs.Value
}

// newDOMPage returns the page's document for the app's panels.
func newDOMPage(a *App) *domPage {
	return &domPage{app: a, doc: must(safejs.Global().Get("document"))}
}

// must returns v, or panics with err for the guard to report.
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// check panics with err for the guard to report.
func check(err error) {
	if err != nil {
		panic(err)
	}
}

// node returns the ui.Node of v, nil for null or undefined: the one place
// an element is wrapped for dom/v2.
func (d *domPage) node(v safejs.Value) ui.Node {
	if v.Type() != safejs.TypeObject {
		return nil
	}
	el := &dom.BasicHTMLElement{BasicElement: &dom.BasicElement{BasicNode: &dom.BasicNode{Value: safejs.Unsafe(v)}}}
	return &domNode{d: d, el: el, v: v}
}

// ByID implements ui.Document.
func (d *domPage) ByID(id string) ui.Node { return d.node(must(d.doc.Call("getElementById", id))) }

// Active implements ui.Document.
func (d *domPage) Active() ui.Node { return d.node(must(d.doc.Get("activeElement"))) }

// Create implements ui.Document.
func (d *domPage) Create(tag string) ui.Node { return d.node(must(d.doc.Call("createElement", tag))) }

// TextSelected implements ui.Document.
func (d *domPage) TextSelected() bool {
	sel := must(safejs.Global().Call("getSelection"))
	return sel.Type() == safejs.TypeObject && !must(must(sel.Get("isCollapsed")).Truthy())
}

// domNode is ui.Node over a DOM element: el for dom/v2's methods, v for
// safejs's, the same element.
type domNode struct {
	d  *domPage
	el *dom.BasicHTMLElement
	v  safejs.Value
}

func (n *domNode) get(prop string) safejs.Value { return must(n.v.Get(prop)) }

func (n *domNode) str(prop string) string { return str(n.get(prop)) }

// str is v's text, "" when v is not a string (null, undefined).
func str(v safejs.Value) string {
	if v.Type() != safejs.TypeString {
		return ""
	}
	return must(v.String())
}

func (n *domNode) set(prop string, x any) { check(n.v.Set(prop, x)) }

func (n *domNode) call(m string, args ...any) safejs.Value { return must(n.v.Call(m, args...)) }

func other(x ui.Node) safejs.Value {
	if o, ok := x.(*domNode); ok && o != nil {
		return o.v
	}
	return safejs.Null()
}

// dnode returns x's dom/v2 element for dom/v2's methods that take a
// node, nil for none.
func dnode(x ui.Node) dom.Node {
	if o, ok := x.(*domNode); ok && o != nil {
		return o.el
	}
	return nil
}

// Equal implements ui.Node.
func (n *domNode) Equal(x ui.Node) bool { return n.v.Equal(other(x)) }

// ID implements ui.Node.
func (n *domNode) ID() string { return n.el.ID() }

// Attr implements ui.Node.
func (n *domNode) Attr(name string) string { return n.el.GetAttribute(name) }

// SetAttr implements ui.Node.
func (n *domNode) SetAttr(name, value string) { n.el.SetAttribute(name, value) }

// RemoveAttr implements ui.Node.
func (n *domNode) RemoveAttr(name string) { n.el.RemoveAttribute(name) }

// SetClass implements ui.Node.
func (n *domNode) SetClass(class string) { n.el.SetClass(class) }

// Bool implements ui.Node.
func (n *domNode) Bool(name string) bool { return must(n.get(name).Truthy()) }

// SetBool implements ui.Node.
func (n *domNode) SetBool(name string, v bool) { n.set(name, v) }

// Text implements ui.Node.
func (n *domNode) Text() string { return n.el.TextContent() }

// SetText implements ui.Node.
func (n *domNode) SetText(text string) { n.el.SetTextContent(text) }

// HTML implements ui.Node.
func (n *domNode) HTML() string { return n.el.InnerHTML() }

// SetHTML implements ui.Node.
func (n *domNode) SetHTML(html string) { n.el.SetInnerHTML(html) }

// Value implements ui.Node.
func (n *domNode) Value() string { return n.str("value") }

// SetValue implements ui.Node.
func (n *domNode) SetValue(v string) { n.set("value", v) }

// Selection implements ui.Node: selectionStart is null for fields
// without a caret (checkboxes, dates, buttons).
func (n *domNode) Selection() (start, end int, ok bool) {
	s := n.get("selectionStart")
	if s.Type() != safejs.TypeNumber {
		return 0, 0, false
	}
	return must(s.Int()), must(n.get("selectionEnd").Int()), true
}

// SetSelection implements ui.Node.
func (n *domNode) SetSelection(start, end int) { n.call("setSelectionRange", start, end) }

// Focus implements ui.Node.
func (n *domNode) Focus() { n.call("focus", map[string]any{"preventScroll": true}) }

// ScrollIntoView implements ui.Node.
func (n *domNode) ScrollIntoView(block string) {
	n.call("scrollIntoView", map[string]any{"block": block})
}

// Closest implements ui.Node.
func (n *domNode) Closest(selector string) ui.Node {
	return n.d.node(n.call("closest", selector))
}

// QueryAll implements ui.Node.
func (n *domNode) QueryAll(selector string) []ui.Node {
	list := n.call("querySelectorAll", selector)
	out := make([]ui.Node, must(list.Length()))
	for i := range out {
		out[i] = n.d.node(must(list.Index(i)))
	}
	return out
}

// QueryNth implements ui.Node.
func (n *domNode) QueryNth(selector string, i int) (ui.Node, int) {
	list := n.call("querySelectorAll", selector)
	count := must(list.Length())
	if i < 0 || i >= count {
		return nil, count
	}
	return n.d.node(must(list.Index(i))), count
}

// Parent implements ui.Node.
func (n *domNode) Parent() ui.Node { return n.d.node(n.get("parentElement")) }

// Previous implements ui.Node.
func (n *domNode) Previous() ui.Node { return n.d.node(n.get("previousElementSibling")) }

// Contains implements ui.Node.
func (n *domNode) Contains(x ui.Node) bool {
	return x != nil && n.el.Contains(dnode(x))
}

// Connected implements ui.Node.
func (n *domNode) Connected() bool { return must(n.get("isConnected").Truthy()) }

// Append implements ui.Node.
func (n *domNode) Append(child ui.Node) { n.el.AppendChild(dnode(child)) }

// InsertBefore implements ui.Node.
func (n *domNode) InsertBefore(child, ref ui.Node) { n.el.InsertBefore(dnode(child), dnode(ref)) }

// Remove implements ui.Node.
func (n *domNode) Remove() { n.el.Remove() }

// ShowModal implements ui.Node.
func (n *domNode) ShowModal() { n.call("showModal") }

// Close implements ui.Node.
func (n *domNode) Close() { n.call("close") }

// Listen implements ui.Node with App.Listen: the handler runs under the
// guard, and its function is released with the app's.
func (n *domNode) Listen(typ, name string, fn func(ui.Event) error) error {
	_, err := n.d.app.Listen(n.v, typ, name, func(ev safejs.Value) error {
		return fn(&domEvent{d: n.d, v: ev})
	})
	return err
}

// domEvent is ui.Event over a DOM event: its fields are read with safejs,
// which checks their types (ui.Key is read from keyboard and mouse events
// alike, and dom/v2's typed events would panic on a field of the other
// kind).
type domEvent struct {
	d *domPage
	v safejs.Value
}

// Target implements ui.Event: for an event at a text node (a click on
// a word), its element.
func (e *domEvent) Target() ui.Node {
	t := must(e.v.Get("target"))
	if t.Type() == safejs.TypeObject && must(must(t.Get("nodeType")).Int()) != 1 {
		t = must(t.Get("parentElement"))
	}
	return e.d.node(t)
}

func (e *domEvent) flag(prop string) bool { return must(must(e.v.Get(prop)).Truthy()) }

// Key implements ui.Event.
func (e *domEvent) Key() ui.Key {
	return ui.Key{Key: str(must(e.v.Get("key"))), Ctrl: e.flag("ctrlKey"), Shift: e.flag("shiftKey"),
		Alt: e.flag("altKey"), Meta: e.flag("metaKey"), Composing: e.flag("isComposing")}
}

// InputType implements ui.Event.
func (e *domEvent) InputType() string { return str(must(e.v.Get("inputType"))) }

// Clipboard implements ui.Event.
func (e *domEvent) Clipboard() (string, bool) {
	data := must(e.v.Get("clipboardData"))
	if data.Type() != safejs.TypeObject {
		return "", false
	}
	return must(must(data.Call("getData", "text/plain")).String()), true
}

// PreventDefault implements ui.Event.
func (e *domEvent) PreventDefault() { must(e.v.Call("preventDefault")) }

// DefaultPrevented implements ui.Event.
func (e *domEvent) DefaultPrevented() bool { return e.flag("defaultPrevented") }
