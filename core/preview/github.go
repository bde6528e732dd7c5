package preview

import (
	"bytes"
	"strings"
	"sync"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/cpansec/minutes/core/internal/linkrefs"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// GitHub mode shows the file as GitHub shows it in a pull request: GFM
// (tables, strikethrough, task lists, bare URLs linked), headings with ids,
// Liquid as typed, and valid front matter as a table above the body. Like
// GitHub, it never emits raw HTML from the file; unlike GitHub, which
// renders an allowlist of tags, it shows raw HTML as text.

// githubMarkdown is goldmark configured as GitHub's renderer, with the
// preview's safe renderers for links, images and raw HTML. It is set up on
// first use, not at package init: the page starts in the website's mode.
var githubMarkdown = sync.OnceValue(func() goldmark.Markdown {
	return goldmark.New(append(githubParsing(),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
		goldmark.WithRendererOptions(
			renderer.WithNodeRenderers(
				util.Prioritized(safeGitHubRenderer{}, 100),
				util.Prioritized(extension.NewStrikethroughHTMLRenderer(), 500),
			),
		),
	)...)
})

// githubParsing is how githubMarkdown parses, but for heading ids: the
// structure comparison (divergence.go) parses without them.
func githubParsing() []goldmark.Option {
	return []goldmark.Option{
		goldmark.WithParser(parser.NewParser(
			parser.WithBlockParsers(parser.DefaultBlockParsers()...),
			parser.WithInlineParsers(guardedInlineParsers()...),
			parser.WithParagraphTransformers(linkrefs.Transformers()...),
			// GFM's strikethrough, with its delimiters matched as emphasis's
			// are (see inline_delims.go).
			parser.WithInlineParsers(util.Prioritized(ghStrikeParser{}, 500)),
			parser.WithASTTransformers(util.Prioritized(delimiterTransformer{}, -100)),
		)),
		// GFM but for Strikethrough, whose parser is above, with table
		// alignment as GitHub writes it (align="…"), which the page's
		// Content-Security-Policy allows, unlike inline styles.
		goldmark.WithExtensions(extension.Linkify, extension.TaskList,
			extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignAttribute))),
	}
}

// guardedInlineParsers are goldmark's inline parsers with the link parser
// behind kdLinkParser's guard, so that "[a](" repeated stays linear, and
// the emphasis parser whose delimiters are matched in linear time.
func guardedInlineParsers() []util.PrioritizedValue {
	ps := parser.DefaultInlineParsers()
	for i, p := range ps {
		switch p.Value {
		case parser.NewLinkParser():
			ps[i].Value = kdLinkParser{parser.NewLinkParser()}
		case parser.NewEmphasisParser():
			ps[i].Value = kdEmphasisParser{}
		}
	}
	return ps
}

// renderGitHub renders text in GitHub mode.
func renderGitHub(text string, cut bool, c config) *Document {
	doc := &Document{FrontMatter: FrontMatterNone}
	body := strings.TrimPrefix(text, bom)
	var head string
	if fm := frontmatter.Parse([]byte(body)); fm != nil && fm.Closed && fm.Err == nil &&
		strings.TrimRight(fm.Open, " \t\r") == "---" {
		head = frontMatterTable(fm)
		body = body[fm.End:]
		doc.FrontMatter = FrontMatterRead
		doc.Title, _ = fm.Get("title")
	}
	ids := &githubIDs{counter: idCounter{}}
	ctx := parser.NewContext(parser.WithIDs(ids))
	src := []byte(capIndent(body))
	root := githubMarkdown().Parser().Parse(text2reader(src), parser.WithContext(ctx))
	var buf bytes.Buffer
	if err := githubMarkdown().Renderer().Render(&buf, src, root); err != nil {
		buf.WriteString(`<p class="preview-notice">` + escapeAll(err.Error()) + "</p>\n")
	}
	lines := newLineIndex(text)
	offset := len(text) - len(body)
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			id, _ := h.AttributeString("id")
			idb, _ := id.([]byte)
			line := 0
			if h.Lines().Len() > 0 {
				line = lines.lineOf(offset + h.Lines().At(0).Start)
			}
			doc.Headings = append(doc.Headings, Heading{Level: h.Level, ID: string(idb), Text: string(plainTextGoldmark(h, src)), Line: line})
		}
		return ast.WalkContinue, nil
	})
	html := head + buf.String()
	if cut {
		html += truncatedNotice
	}
	if c.page {
		html = `<article class="page github">` + "\n" + html + "</article>\n"
	}
	doc.HTML = html
	return doc
}

func text2reader(src []byte) text.Reader { return text.NewReader(src) }

// frontMatterTable shows front matter as GitHub does: one row of keys and
// one of values.
func frontMatterTable(fm *frontmatter.Block) string {
	var b strings.Builder
	b.WriteString("<table>\n<thead>\n<tr>\n")
	for _, f := range fm.Fields {
		b.WriteString("<th>" + escapeAll(f.Key) + "</th>\n")
	}
	b.WriteString("</tr>\n</thead>\n<tbody>\n<tr>\n")
	for _, f := range fm.Fields {
		b.WriteString("<td><div>" + escapeAll(f.Value) + "</div></td>\n")
	}
	b.WriteString("</tr>\n</tbody>\n</table>\n")
	return b.String()
}

// githubIDs makes heading ids as GitHub does (the same scheme as
// kramdown-parser-gfm's).
type githubIDs struct{ counter idCounter }

func (g *githubIDs) Generate(value []byte, kind ast.NodeKind) []byte {
	return []byte(g.counter.next(gfmSlug(string(value))))
}

func (g *githubIDs) Put(value []byte) { g.counter[string(value)] = 0 }

// plainTextGoldmark is the text of a goldmark node.
func plainTextGoldmark(n ast.Node, src []byte) []byte {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			b.Write(t.Segment.Value(src))
		case *ast.String:
			b.Write(t.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.Bytes()
}

// safeGitHubRenderer renders the nodes that could carry markup from the
// file: raw HTML as text, links and images only with safe URLs.
type safeGitHubRenderer struct{}

func (safeGitHubRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindRawHTML, renderRawHTMLAsText)
	reg.Register(ast.KindHTMLBlock, renderHTMLBlockAsText)
	reg.Register(ast.KindLink, renderSafeLink)
	reg.Register(ast.KindAutoLink, renderSafeAutoLink)
	reg.Register(ast.KindImage, renderSafeImage)
}

func renderRawHTMLAsText(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		segs := n.(*ast.RawHTML).Segments
		for i := 0; i < segs.Len(); i++ {
			seg := segs.At(i)
			_, _ = w.WriteString(escapeAll(string(seg.Value(src))))
		}
	}
	return ast.WalkSkipChildren, nil
}

func renderHTMLBlockAsText(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString(`<pre class="preview-raw-html"><code>`)
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			_, _ = w.WriteString(escapeAll(string(seg.Value(src))))
		}
		if hb := n.(*ast.HTMLBlock); hb.HasClosure() {
			closure := hb.ClosureLine
			_, _ = w.WriteString(escapeAll(string(closure.Value(src))))
		}
		_, _ = w.WriteString("</code></pre>\n")
	}
	return ast.WalkSkipChildren, nil
}

// openLink writes "<a" with an href when the URL is safe.
func openLink(w util.BufWriter, url []byte) {
	href := string(util.EscapeHTML(url))
	if safeURL(href, safeSchemes) {
		_, _ = w.WriteString(`<a href="` + href + `"`)
	} else {
		_, _ = w.WriteString(`<a class="preview-unsafe-link"`)
	}
}

func renderSafeLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.Link)
	if !entering {
		_, _ = w.WriteString("</a>")
		return ast.WalkContinue, nil
	}
	openLink(w, util.URLEscape(n.Destination, true))
	if n.Title != nil {
		_, _ = w.WriteString(` title="` + escapeAll(string(n.Title)) + `"`)
	}
	_ = w.WriteByte('>')
	return ast.WalkContinue, nil
}

func renderSafeAutoLink(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	n := node.(*ast.AutoLink)
	if !entering {
		return ast.WalkContinue, nil
	}
	url := util.URLEscape(n.URL(src), false)
	if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(url), []byte("mailto:")) {
		url = append([]byte("mailto:"), url...)
	}
	openLink(w, url)
	_, _ = w.WriteString(">" + escapeAll(string(n.Label(src))) + "</a>")
	return ast.WalkContinue, nil
}

func renderSafeImage(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Image)
	alt := escapeAll(string(plainTextGoldmark(n, src)))
	url := string(util.EscapeHTML(util.URLEscape(n.Destination, true)))
	if !safeURL(url, safeImageSchemes) {
		_, _ = w.WriteString(alt)
		return ast.WalkSkipChildren, nil
	}
	_, _ = w.WriteString(`<img src="` + url + `" alt="` + alt + `"`)
	if n.Title != nil {
		_, _ = w.WriteString(` title="` + escapeAll(string(n.Title)) + `"`)
	}
	_, _ = w.WriteString(" />")
	return ast.WalkSkipChildren, nil
}

// maxIndent bounds the indentation goldmark is given: goldmark works on
// every open block for every line, so absurdly deep nesting (thousands of
// levels) would take seconds and nest elements past what browsers and
// parsers accept. Lines indented deeper, or quoted more than maxNesting
// times, are cut back.
const maxIndent = 4 * maxNesting

// capIndent cuts leading whitespace deeper than maxIndent columns and runs
// of more than maxNesting quote markers.
func capIndent(s string) string {
	deep := false
	for off := 0; off < len(s) && !deep; {
		n, quotes := nestingPrefix(s[off:])
		deep = n > maxIndent || quotes > maxNesting
		off = lineEnd(s, off) + 1
	}
	if !deep {
		return s
	}
	var b strings.Builder
	for off := 0; off < len(s); {
		end := lineEnd(s, off)
		l := s[off:end]
		if n, quotes := nestingPrefix(l); n > maxIndent || quotes > maxNesting {
			t := strings.TrimLeft(l, " \t>")
			l = pad(min(n, maxIndent)) + strings.Repeat(">", min(quotes, maxNesting)) + " " + t
		}
		b.WriteString(l)
		if end < len(s) {
			b.WriteByte('\n')
		}
		off = end + 1
	}
	return b.String()
}

// nestingPrefix counts the leading spaces and tabs, and the quote markers
// among the leading run of spaces, tabs and ">".
func nestingPrefix(l string) (indent, quotes int) {
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case ' ', '\t':
			if quotes == 0 {
				indent++
			}
		case '>':
			quotes++
		default:
			return indent, quotes
		}
	}
	return indent, quotes
}
