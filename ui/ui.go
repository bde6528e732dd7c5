// Package ui is the little of a web page that the editor's panels need, as
// Go interfaces: elements found by id or selector, their attributes, text,
// value, caret and focus, and delegated event listeners. The panels' logic
// (package form) is written against it and tested natively with the
// in-memory page of package uitest; the page's program (package wasm)
// implements it once over the browser's DOM.
//
// The methods report no errors: the browser implementation panics with the
// JavaScript exception, which the page's guard around every handler reports
// without losing the document, and an element that is missing is a nil
// Node, which callers check.
package ui

// Document is the page.
type Document interface {
	// ByID returns the element with the id, or nil.
	ByID(id string) Node
	// Active returns the element that has the focus, or nil.
	Active() Node
	// Create makes an element with the tag name, not yet in the page.
	Create(tag string) Node
	// TextSelected reports whether the user has selected text in the
	// page (a click that ends a selection is not a click on what it
	// ends on).
	TextSelected() bool
}

// Node is an element of the page. Two Nodes of one element are Equal, not
// necessarily ==.
type Node interface {
	// Equal reports whether n is the same element.
	Equal(n Node) bool
	// ID is the element's id ("" for none).
	ID() string
	// Attr returns an attribute's value, "" when it is missing.
	Attr(name string) string
	// SetAttr sets an attribute.
	SetAttr(name, value string)
	// RemoveAttr removes an attribute.
	RemoveAttr(name string)
	// SetClass sets the class attribute.
	SetClass(class string)
	// Bool returns a boolean property: "checked", "disabled", "hidden".
	Bool(name string) bool
	// SetBool sets a boolean property.
	SetBool(name string, v bool)
	// Text is the element's text content.
	Text() string
	// SetText replaces the element's content by text.
	SetText(text string)
	// HTML is the element's inner markup.
	HTML() string
	// SetHTML replaces the element's content by markup.
	SetHTML(html string)
	// Value is a form field's value.
	Value() string
	// SetValue sets a form field's value.
	SetValue(v string)
	// Selection is a text field's selection in UTF-16 units; ok is false
	// for an element without one (a checkbox, a button).
	Selection() (start, end int, ok bool)
	// SetSelection selects from start to end (UTF-16 units).
	SetSelection(start, end int)
	// Focus focuses the element without scrolling the page.
	Focus()
	// ScrollIntoView scrolls the element into view, block being "start",
	// "center" or "nearest".
	ScrollIntoView(block string)
	// CaretLine reports whether a text field's caret is on the first and
	// on the last of the lines the field shows (its text wraps or has
	// line breaks): a question for the layout. A field of one line has
	// its caret on both.
	CaretLine() (first, last bool)
	// Closest returns the nearest ancestor (the element included) that
	// matches the CSS selector, or nil.
	Closest(selector string) Node
	// QueryAll returns the descendants that match the CSS selector.
	QueryAll(selector string) []Node
	// QueryNth returns the i-th (from 0) of the descendants that match
	// the CSS selector, nil when there are fewer, and how many match:
	// one element of a long list without reading every one.
	QueryNth(selector string, i int) (n Node, count int)
	// Parent returns the parent element, or nil.
	Parent() Node
	// Previous returns the previous sibling element, or nil.
	Previous() Node
	// Contains reports whether n is the element or inside it.
	Contains(n Node) bool
	// Connected reports whether the element is in the page.
	Connected() bool
	// Append moves or adds child as the last child.
	Append(child Node)
	// InsertBefore adds child before ref, one of the element's children.
	InsertBefore(child, ref Node)
	// Remove takes the element out of the page.
	Remove()
	// ShowModal opens a <dialog> element as a modal dialog; Close
	// closes it.
	ShowModal()
	Close()
	// Listen calls fn for every event of type typ at the element or
	// inside it (a delegated listener); name says whose it is when fn
	// fails. Listeners live as long as the page.
	Listen(typ, name string, fn func(Event) error) error
}

// Event is an event a listener receives.
type Event interface {
	// Target is the element the event happened at.
	Target() Node
	// Key is the key of a keyboard event.
	Key() Key
	// InputType is a beforeinput event's kind ("insertLineBreak").
	InputType() string
	// Clipboard is a paste event's plain text; ok is false without one.
	Clipboard() (text string, ok bool)
	// PreventDefault stops the browser's own action.
	PreventDefault()
	// DefaultPrevented reports whether a listener stopped it.
	DefaultPrevented() bool
}

// Key is what a keyboard event says of its key.
type Key struct {
	Key                    string // "Enter", "a", "ArrowUp"
	Ctrl, Shift, Alt, Meta bool
	Composing              bool // part of an input method's composition
}

// UTF16Len is the length of s in UTF-16 code units, as JavaScript counts
// caret offsets.
func UTF16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// UTF16Prefix is the start of s up to offset n in UTF-16 code units (a
// caret offset), cut at a rune boundary.
func UTF16Prefix(s string, n int) string {
	u := 0
	for i, r := range s {
		if u >= n {
			return s[:i]
		}
		u++
		if r >= 0x10000 {
			u++
		}
	}
	return s
}
