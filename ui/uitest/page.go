// Package uitest is an in-memory page for testing the editor's panels
// natively: a ui.Document over golang.org/x/net/html's tree, with CSS
// selectors from cascadia, form fields' values, carets and focus as the
// browser keeps them, events that bubble to delegated listeners, and a
// record of every change made to the tree, so that a test can check that a
// keystroke touches nothing.
//
// It models what the panels rely on, not a browser: no layout (a field
// shows several lines when its value has a line break or is longer than
// WrapAt), no default actions of keys (a test types with Type), and a
// window that always has the focus (Focus fires focusin at once).
package uitest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cpansec/minutes/ui"
)

// Page is an in-memory page; it implements ui.Document.
type Page struct {
	doc    *html.Node
	body   *html.Node
	props  map[*html.Node]*props
	active *html.Node
	lis    map[*html.Node][]listener
	sels   map[string]cascadia.Selector

	// WrapAt is the length past which a text field's value wraps onto a
	// next line (CaretLine); 0: never.
	WrapAt int
	// Mutations are the changes made to the tree since the page was made
	// or ResetMutations: elements added, removed, their markup, text,
	// attributes. Values, carets and checks are properties, as in the
	// browser, and not recorded.
	Mutations []Mutation
	// Errors are what listeners returned.
	Errors []error
	// Selecting is what TextSelected reports.
	Selecting bool
}

// Mutation is one change of the tree: its kind ("html", "text", "attr",
// "add", "remove") and the element changed.
type Mutation struct {
	Kind   string
	Target ui.Node
}

// props are an element's properties that are not attributes.
type props struct {
	value      string
	valueSet   bool
	checked    bool
	checkedSet bool
	start, end int
}

type listener struct {
	typ, name string
	fn        func(ui.Event) error
}

// New makes a page whose body is the markup body.
func New(body string) *Page {
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><head></head><body>" + body + "</body></html>"))
	if err != nil {
		panic(err) // html.Parse fails only on a reader error
	}
	p := &Page{doc: doc, props: map[*html.Node]*props{}, lis: map[*html.Node][]listener{}, sels: map[string]cascadia.Selector{}}
	p.body = find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	return p
}

// find returns the first element under n (n included) for which ok holds.
func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

// wrap returns the ui.Node of n, nil for none.
func (p *Page) wrap(n *html.Node) ui.Node {
	if n == nil {
		return nil
	}
	return &Node{p: p, n: n}
}

// ByID implements ui.Document.
func (p *Page) ByID(id string) ui.Node {
	if id == "" {
		return nil
	}
	return p.wrap(find(p.doc, func(n *html.Node) bool { return attr(n, "id") == id }))
}

// Active implements ui.Document.
func (p *Page) Active() ui.Node {
	if p.active == nil || !p.connected(p.active) {
		return p.wrap(p.body)
	}
	return p.wrap(p.active)
}

// Create implements ui.Document.
func (p *Page) Create(tag string) ui.Node {
	return p.wrap(&html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag))})
}

// TextSelected implements ui.Document.
func (p *Page) TextSelected() bool { return p.Selecting }

// Query returns the first element of the page that matches the selector,
// or nil.
func (p *Page) Query(selector string) ui.Node {
	if n := p.sel(selector).MatchFirst(p.doc); n != nil {
		return p.wrap(n)
	}
	return nil
}

// QueryAll returns the elements of the page that match the selector.
func (p *Page) QueryAll(selector string) []ui.Node {
	return p.wrap(p.doc).QueryAll(selector)
}

// ResetMutations forgets the changes recorded so far.
func (p *Page) ResetMutations() { p.Mutations = p.Mutations[:0] }

func (p *Page) sel(s string) cascadia.Selector {
	if c, ok := p.sels[s]; ok {
		return c
	}
	c, err := cascadia.Compile(s)
	if err != nil {
		panic(fmt.Sprintf("uitest: selector %q: %v", s, err)) // as querySelector throws
	}
	p.sels[s] = c
	return c
}

func (p *Page) props0(n *html.Node) *props {
	pr := p.props[n]
	if pr == nil {
		pr = &props{}
		p.props[n] = pr
	}
	return pr
}

func (p *Page) mutate(kind string, n *html.Node) {
	p.Mutations = append(p.Mutations, Mutation{Kind: kind, Target: p.wrap(n)})
}

func (p *Page) connected(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == p.doc {
			return true
		}
	}
	return false
}

func attr(n *html.Node, name string) string {
	for _, a := range n.Attr {
		if a.Key == name {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, name string) bool {
	return slices.ContainsFunc(n.Attr, func(a html.Attribute) bool { return a.Key == name })
}

// textOf is the text content of n.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
