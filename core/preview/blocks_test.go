package preview

import (
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockToken is one element of the block structure of rendered HTML: its
// kind ("h2#id", "p", "ul", "/ul", "li[x]"...), its normalised text and,
// for the preview's own output rendered with line attributes, its line.
type blockToken struct {
	kind, text string
	line       int
}

func (t blockToken) String() string {
	s := t.kind
	if t.text != "" {
		s += " " + strconv.Quote(t.text)
	}
	return s
}

var blockAtoms = map[atom.Atom]bool{
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.P: true, atom.Ul: true, atom.Ol: true, atom.Li: true, atom.Pre: true, atom.Blockquote: true,
	atom.Hr: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Div: true,
}

// containers are block elements whose own text is not compared (their
// children are).
var containers = map[atom.Atom]bool{
	atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Table: true, atom.Tr: true, atom.Dl: true,
	atom.Div: true,
}

// blockStructure parses HTML and lists its blocks in document order, with
// the text each block holds outside its nested blocks, whitespace
// normalised. Containers get an opening and a closing token.
func blockStructure(src string) []blockToken {
	doc, err := html.Parse(strings.NewReader("<body>" + src))
	if err != nil {
		return []blockToken{{kind: "parse error", text: err.Error()}}
	}
	var out []blockToken
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || !blockAtoms[c.DataAtom] {
				if c.Type == html.ElementNode {
					walk(c)
				}
				continue
			}
			if c.DataAtom == atom.Div {
				// Rouge's wrappers around code blocks are not structure.
				walk(c)
				continue
			}
			tok := blockToken{kind: c.Data, line: lineAttr(c)}
			switch c.DataAtom {
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				tok.kind += "#" + attrValue(c, "id")
			case atom.Li:
				tok.kind += checkbox(c)
				if attrValue(c, "class") == "task-list-item" {
					tok.kind += ".task"
				}
			case atom.Ul, atom.Ol:
				if attrValue(c, "class") == "task-list" {
					tok.kind += ".task"
				}
			}
			if containers[c.DataAtom] {
				out = append(out, tok)
				walk(c)
				out = append(out, blockToken{kind: "/" + c.Data})
				continue
			}
			tok.text = ownText(c)
			out = append(out, tok)
			walk(c)
		}
	}
	walk(doc)
	return out
}

// attr returns an attribute's value and whether n has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// attrValue is an attribute's value, "" when absent.
func attrValue(n *html.Node, key string) string {
	v, _ := attr(n, key)
	return v
}

func lineAttr(n *html.Node) int {
	v, _ := strconv.Atoi(attrValue(n, "data-line"))
	return v
}

// checkbox describes the task checkbox at the start of a list item.
func checkbox(li *html.Node) string {
	var box *html.Node
	var find func(n *html.Node) bool
	find = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Input {
				box = c
				return true
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.P && find(c) {
				return true
			}
			if c.Type == html.ElementNode && blockAtoms[c.DataAtom] {
				return false
			}
		}
		return false
	}
	if !find(li) {
		return ""
	}
	for _, a := range box.Attr {
		if a.Key == "checked" {
			return "[x]"
		}
	}
	return "[ ]"
}

// ownText is the text of n outside nested block elements.
func ownText(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type == html.ElementNode && blockAtoms[c.DataAtom] && c.DataAtom != atom.P:
			case c.Type == html.ElementNode && c.DataAtom == atom.P && n.DataAtom == atom.Li:
				// A <p> in an item is a block of its own.
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
