package uitest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cpansec/minutes/ui"
)

// Node is an element of a Page; it implements ui.Node.
type Node struct {
	p *Page
	n *html.Node
}

func (e *Node) other(n ui.Node) *html.Node {
	if o, ok := n.(*Node); ok && o != nil {
		return o.n
	}
	return nil
}

// Equal implements ui.Node.
func (e *Node) Equal(n ui.Node) bool { return e.other(n) == e.n }

// ID implements ui.Node.
func (e *Node) ID() string { return attr(e.n, "id") }

// Attr implements ui.Node.
func (e *Node) Attr(name string) string { return attr(e.n, name) }

// SetAttr implements ui.Node.
func (e *Node) SetAttr(name, value string) {
	e.p.mutate("attr", e.n)
	for i, a := range e.n.Attr {
		if a.Key == name {
			e.n.Attr[i].Val = value
			return
		}
	}
	e.n.Attr = append(e.n.Attr, html.Attribute{Key: name, Val: value})
}

// RemoveAttr implements ui.Node.
func (e *Node) RemoveAttr(name string) {
	if !hasAttr(e.n, name) {
		return
	}
	e.p.mutate("attr", e.n)
	for i, a := range e.n.Attr {
		if a.Key == name {
			e.n.Attr = append(e.n.Attr[:i], e.n.Attr[i+1:]...)
			return
		}
	}
}

// SetClass implements ui.Node.
func (e *Node) SetClass(class string) { e.SetAttr("class", class) }

// Bool implements ui.Node: "checked" is a property (the attribute gives
// its first value); the others reflect their attribute.
func (e *Node) Bool(name string) bool {
	if name == "checked" {
		if pr := e.p.props[e.n]; pr != nil && pr.checkedSet {
			return pr.checked
		}
	}
	return hasAttr(e.n, name)
}

// SetBool implements ui.Node.
func (e *Node) SetBool(name string, v bool) {
	if name == "checked" {
		pr := e.p.props0(e.n)
		pr.checked, pr.checkedSet = v, true
		return
	}
	if v {
		e.SetAttr(name, "")
	} else {
		e.RemoveAttr(name)
	}
}

// Text implements ui.Node.
func (e *Node) Text() string { return textOf(e.n) }

// SetText implements ui.Node.
func (e *Node) SetText(text string) {
	e.p.mutate("text", e.n)
	e.clear()
	e.n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
}

func (e *Node) clear() {
	for c := e.n.FirstChild; c != nil; c = e.n.FirstChild {
		e.n.RemoveChild(c)
	}
}

// HTML implements ui.Node.
func (e *Node) HTML() string {
	var b strings.Builder
	for c := e.n.FirstChild; c != nil; c = c.NextSibling {
		_ = html.Render(&b, c)
	}
	return b.String()
}

// SetHTML implements ui.Node.
func (e *Node) SetHTML(markup string) {
	nodes, err := html.ParseFragment(strings.NewReader(markup), e.n)
	if err != nil {
		panic(err) // ParseFragment fails only on a reader error
	}
	e.p.mutate("html", e.n)
	e.clear()
	for _, c := range nodes {
		e.n.AppendChild(c)
	}
}

// Value implements ui.Node: an input's value attribute or a textarea's
// text until set.
func (e *Node) Value() string {
	if pr := e.p.props[e.n]; pr != nil && pr.valueSet {
		return pr.value
	}
	if e.n.DataAtom == atom.Textarea {
		return textOf(e.n)
	}
	return attr(e.n, "value")
}

// SetValue implements ui.Node; the caret goes to the end, as in the
// browser.
func (e *Node) SetValue(v string) {
	pr := e.p.props0(e.n)
	pr.value, pr.valueSet = v, true
	n := ui.UTF16Len(v)
	pr.start, pr.end = n, n
}

// hasSelection reports whether the element is a text field.
func (e *Node) hasSelection() bool {
	switch e.n.DataAtom {
	case atom.Textarea:
		return true
	case atom.Input:
		switch attr(e.n, "type") {
		case "", "text", "search", "url", "tel", "password":
			return true
		}
	}
	return false
}

// Selection implements ui.Node.
func (e *Node) Selection() (start, end int, ok bool) {
	if !e.hasSelection() {
		return 0, 0, false
	}
	pr := e.p.props0(e.n)
	n := ui.UTF16Len(e.Value())
	return min(pr.start, n), min(pr.end, n), true
}

// SetSelection implements ui.Node.
func (e *Node) SetSelection(start, end int) {
	if !e.hasSelection() {
		return
	}
	n := ui.UTF16Len(e.Value())
	pr := e.p.props0(e.n)
	pr.start, pr.end = min(max(start, 0), n), min(max(end, 0), n)
	if pr.end < pr.start {
		pr.end = pr.start
	}
}

// Focus implements ui.Node: the element gets the focus and focusin fires
// at once, as in a window that has the focus.
func (e *Node) Focus() {
	if e.p.active == e.n || !e.p.connected(e.n) {
		return
	}
	e.p.active = e.n
	e.p.dispatch(&Event{Type: "focusin", target: e})
}

// ScrollIntoView implements ui.Node; the page has no layout.
func (e *Node) ScrollIntoView(string) {}

// CaretLine implements ui.Node: the lines are the value's, each cut
// every WrapAt UTF-16 units; a caret at a cut is on the line after it, as
// the browser shows it.
func (e *Node) CaretLine() (first, last bool) {
	v := e.Value()
	start, _, _ := e.Selection()
	line, lines, off := 0, 0, 0 // the caret's line, the count before this one, units seen
	for _, l := range strings.Split(v, "\n") {
		n := ui.UTF16Len(l)
		rows := 1
		if e.p.WrapAt > 0 && n > e.p.WrapAt {
			rows = (n + e.p.WrapAt - 1) / e.p.WrapAt
		}
		if start >= off && start <= off+n {
			line = lines
			if e.p.WrapAt > 0 {
				line += min((start-off)/e.p.WrapAt, rows-1)
			}
		}
		lines += rows
		off += n + 1
	}
	return line == 0, line == lines-1
}

// Closest implements ui.Node.
func (e *Node) Closest(selector string) ui.Node {
	s := e.p.sel(selector)
	for n := e.n; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if s.Match(n) {
			return e.p.wrap(n)
		}
	}
	return nil
}

// QueryAll implements ui.Node.
func (e *Node) QueryAll(selector string) []ui.Node {
	var out []ui.Node
	for _, n := range e.p.sel(selector).MatchAll(e.n) {
		if n != e.n {
			out = append(out, e.p.wrap(n))
		}
	}
	return out
}

// QueryNth implements ui.Node.
func (e *Node) QueryNth(selector string, i int) (ui.Node, int) {
	all := e.QueryAll(selector)
	if i < 0 || i >= len(all) {
		return nil, len(all)
	}
	return all[i], len(all)
}

// Query returns the first descendant that matches the selector, or nil.
func (e *Node) Query(selector string) ui.Node {
	if all := e.QueryAll(selector); len(all) > 0 {
		return all[0]
	}
	return nil
}

// Parent implements ui.Node.
func (e *Node) Parent() ui.Node {
	if p := e.n.Parent; p != nil && p.Type == html.ElementNode {
		return e.p.wrap(p)
	}
	return nil
}

// Previous implements ui.Node.
func (e *Node) Previous() ui.Node {
	for s := e.n.PrevSibling; s != nil; s = s.PrevSibling {
		if s.Type == html.ElementNode {
			return e.p.wrap(s)
		}
	}
	return nil
}

// Contains implements ui.Node.
func (e *Node) Contains(n ui.Node) bool {
	for o := e.other(n); o != nil; o = o.Parent {
		if o == e.n {
			return true
		}
	}
	return false
}

// Connected implements ui.Node.
func (e *Node) Connected() bool { return e.p.connected(e.n) }

// Append implements ui.Node.
func (e *Node) Append(child ui.Node) {
	c := e.other(child)
	if c.Parent != nil {
		c.Parent.RemoveChild(c)
	}
	e.p.mutate("add", e.n)
	e.n.AppendChild(c)
}

// InsertBefore implements ui.Node.
func (e *Node) InsertBefore(child, ref ui.Node) {
	c := e.other(child)
	if c.Parent != nil {
		c.Parent.RemoveChild(c)
	}
	e.p.mutate("add", e.n)
	e.n.InsertBefore(c, e.other(ref))
}

// Remove implements ui.Node.
func (e *Node) Remove() {
	if e.n.Parent == nil {
		return
	}
	e.p.mutate("remove", e.n.Parent)
	e.n.Parent.RemoveChild(e.n)
}

// ShowModal implements ui.Node: the dialog is open.
func (e *Node) ShowModal() { e.SetAttr("open", "") }

// Close implements ui.Node.
func (e *Node) Close() { e.RemoveAttr("open") }

// Listen implements ui.Node.
func (e *Node) Listen(typ, name string, fn func(ui.Event) error) error {
	e.p.lis[e.n] = append(e.p.lis[e.n], listener{typ: typ, name: name, fn: fn})
	return nil
}

// Tag is the element's tag name.
func (e *Node) Tag() string { return e.n.Data }

// Outer is the element's markup, for test messages.
func (e *Node) Outer() string {
	var b strings.Builder
	_ = html.Render(&b, e.n)
	return b.String()
}
