package preview

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestTOCNesting(t *testing.T) {
	for _, levels := range [][]int{{1, 2, 3}, {1, 3}, {3, 1}, {2, 2, 4, 2}, {1, 4, 2, 3, 1}, {4}} {
		var hs []Heading
		for i, l := range levels {
			hs = append(hs, Heading{Level: l, ID: "h" + strings.Repeat("x", i), Text: "t"})
		}
		out := tocHTML(hs, 6)
		// Every list must sit in an item or the nav, every item in a list.
		doc, err := html.Parse(strings.NewReader(out))
		if err != nil {
			t.Fatal(err)
		}
		var walk func(n *html.Node)
		walk = func(n *html.Node) {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data == "ul" && n.Data != "li" && n.Data != "nav" {
					t.Errorf("%v: <ul> inside <%s>: %s", levels, n.Data, out)
				}
				if c.Type == html.ElementNode && c.Data == "li" && n.Data != "ul" {
					t.Errorf("%v: <li> inside <%s>: %s", levels, n.Data, out)
				}
				walk(c)
			}
		}
		walk(doc)
		if got := strings.Count(out, "<a href"); got != len(levels) {
			t.Errorf("%v: %d links, want %d", levels, got, len(levels))
		}
		if strings.Count(out, "<ul") != strings.Count(out, "</ul>") || strings.Count(out, "<li>") != strings.Count(out, "</li>") {
			t.Errorf("%v: unbalanced: %s", levels, out)
		}
	}
}

func TestHeadingsHaveFileLines(t *testing.T) {
	src := []byte("---\ntitle: T\n---\n# One\n\n{{ page.title }} {% raw %}\nx\n{% endraw %}\n## One\n\n## Two {#two}\n")
	doc := RenderDocument(src)
	want := []Heading{{1, "one", "One", 4}, {2, "one-1", "One", 9}, {2, "two", "Two", 11}}
	if len(doc.Headings) != len(want) {
		t.Fatalf("got %+v", doc.Headings)
	}
	for i, h := range doc.Headings {
		if h != want[i] {
			t.Errorf("heading %d: got %+v, want %+v", i, h, want[i])
		}
	}
	if doc.Title != "T" || doc.FrontMatter != FrontMatterRead {
		t.Errorf("title %q, front matter %v", doc.Title, doc.FrontMatter)
	}
}

// TestAlignAttribute: with WithAlignAttribute, table alignment is the align
// attribute in both modes (GitHub writes it so), never an inline style the
// page's Content-Security-Policy would block; without it, website mode
// writes kramdown's style, byte for byte as the site does.
func TestAlignAttribute(t *testing.T) {
	src := []byte("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n")
	for _, mode := range []Mode{Website, GitHub} {
		got := Render(src, WithMode(mode), WithAlignAttribute(true))
		if strings.Contains(got, "style=") || !strings.Contains(got, `<td align="center">2</td>`) || !strings.Contains(got, `<th align="right">c</th>`) {
			t.Errorf("%v with align attributes:\n%s", mode, got)
		}
	}
	if got := Render(src); !strings.Contains(got, `<td style="text-align: center">2</td>`) {
		t.Errorf("website mode without the option:\n%s", got)
	}
	r := NewRenderer(WithAlignAttribute(true))
	for _, c := range r.Update(src) {
		if strings.Contains(c.HTML, "style=") {
			t.Errorf("incremental renderer wrote a style: %s", c.HTML)
		}
	}
}
