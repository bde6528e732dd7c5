package preview

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Mode selects the renderer the preview imitates.
type Mode uint8

const (
	// Website renders as the group's site does: Jekyll (github-pages gem)
	// with kramdown in GFM mode, Liquid evaluated first.
	Website Mode = iota
	// GitHub renders as GitHub shows the file in a pull request: GFM with
	// autolinked URLs and task lists, Liquid left as text, front matter as
	// a table.
	GitHub
)

// String names the mode.
func (m Mode) String() string {
	if m == GitHub {
		return "github"
	}
	return "website"
}

// MaxInput is the largest input rendered; longer input is cut there, with a
// notice in the output. Rendering time and memory are linear in the input.
const MaxInput = 4 << 20

type config struct {
	site      Site
	mode      Mode
	page      bool
	now       func() time.Time
	alignAttr bool
}

// Option configures a render.
type Option func(*config)

// WithMode selects the renderer to imitate (default Website).
func WithMode(m Mode) Option { return func(c *config) { c.mode = m } }

// WithPage renders the page — title and table of contents around the body
// — instead of the body alone.
func WithPage(on bool) Option { return func(c *config) { c.page = on } }

// WithNow sets the clock Liquid's "now" and partial dates use (default
// time.Now); tests fix it.
func WithNow(now func() time.Time) Option { return func(c *config) { c.now = now } }

// WithAlignAttribute writes a table cell's alignment as the align
// attribute, as GitHub does, instead of kramdown's inline
// style="text-align: …", which a Content-Security-Policy without
// 'unsafe-inline' styles (the editor page's) blocks. GitHub mode always
// writes the attribute.
func WithAlignAttribute(on bool) Option { return func(c *config) { c.alignAttr = on } }

func newConfig(opts []Option) config {
	c := config{now: time.Now}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// Heading is a heading of the rendered body, as the table of contents
// lists it.
type Heading struct {
	Level int
	ID    string // the id attribute, "" when the heading has none
	Text  string // plain text
	Line  int    // 1-based line in the file
}

// Document is a rendered file.
type Document struct {
	// HTML is the body (what Jekyll puts in {{ content }}) or, with
	// WithPage, the page.
	HTML string
	// Title is the page title: the front matter's, else the first
	// heading's (jekyll-titles-from-headings). GitHub mode: front matter's.
	Title string
	// Headings are the body's headings in order, with their final ids.
	Headings []Heading
	// FrontMatter tells how the website reads the front matter.
	FrontMatter FrontMatter
}

// Render renders the whole file src (front matter and body) and returns
// the HTML. It never returns live raw HTML from src: see the package
// documentation.
func Render(src []byte, opts ...Option) string {
	return RenderDocument(src, opts...).HTML
}

// RenderDocument renders src and returns the HTML with the title, the
// headings and the front matter status.
func RenderDocument(src []byte, opts ...Option) *Document {
	c := newConfig(opts)
	text, cut := prepareInput(src)
	if c.mode == GitHub {
		return renderGitHub(text, cut, c)
	}
	w := renderWebsite(text, c.now(), c.site)
	doc := &Document{Title: w.page.title, FrontMatter: w.page.status}
	w.alignAttr = c.alignAttr
	body := w.assemble(idCounter{}, &doc.Headings)
	if cut {
		body += truncatedNotice
	}
	if c.page {
		doc.HTML = pageHead(w.page, doc.Headings) + body + pageFoot
	} else {
		doc.HTML = body
	}
	return doc
}

const truncatedNotice = `<p class="preview-notice">The file is longer than the preview shows; the rest is not rendered.</p>` + "\n"

// prepareInput makes src valid UTF-8 (kramdown refuses invalid input; the
// preview shows U+FFFD) and cuts it to MaxInput.
func prepareInput(src []byte) (string, bool) {
	if len(src) > MaxInput {
		src = src[:MaxInput+utf8.UTFMax]
	}
	return prepareString(string(src))
}

// prepareString is prepareInput for a string.
func prepareString(s string) (string, bool) {
	cut := false
	if len(s) > MaxInput {
		s, cut = s[:MaxInput], true
		for len(s) > 0 && !utf8.RuneStart(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s, cut
}

// website is a file rendered in Website mode, before ids are assigned.
type website struct {
	text   string // the whole file
	page   *jekyllPage
	liquid *liquidDoc
	out    output
	parser *kdParser
	lines  bool // write data-line attributes
	// alignAttr writes table alignment as align attributes (WithAlignAttribute).
	alignAttr bool

	outIdx, fileIdx *lineIndex // built on demand
}

// renderWebsite renders text as the site does: front matter, Liquid,
// kramdown.
func renderWebsite(text string, now time.Time, site Site) *website {
	page := readPage(text, now, site)
	liq := renderLiquid(page.body, page.scope)
	return &website{text: text, page: page, liquid: liq}
}

// render parses and renders the Liquid output (lazily, so that Divergences
// can use the parse alone).
func (w *website) parse() *block {
	w.parser = newKDParser()
	return w.parser.parseDocument(w.liquid.out, 1)
}

// assemble renders the body, filling heading ids from counter and
// appending the headings (with lines in the file) to headings.
func (w *website) assemble(counter idCounter, headings *[]Heading) string {
	root := w.parse()
	var ib inlineBatch
	ib.collect(root)
	var lineOf func(int) int
	if w.lines {
		lineOf = w.fileLine
	}
	w.out = renderTree(root, ib.parse(w.parser.defs), lineOf, w.alignAttr)
	return fillIDs(w.out, counter, func(h heading, id string) {
		*headings = append(*headings, Heading{Level: h.level, ID: id, Text: h.text, Line: w.fileLine(h.line)})
	})
}

// fileLine maps a line of the Liquid output to a line of the file.
func (w *website) fileLine(outLine int) int {
	if w.outIdx == nil {
		idx := newLineIndex(w.liquid.out)
		w.outIdx = &idx
	}
	src := w.liquid.srcOffset(w.outIdx.start(outLine))
	return w.fileIndex().lineOf(w.page.bodyStart + min(src, len(w.page.body)))
}

// fileIndex indexes the lines of the whole file.
func (w *website) fileIndex() *lineIndex {
	if w.fileIdx == nil {
		idx := newLineIndex(w.text)
		w.fileIdx = &idx
	}
	return w.fileIdx
}

// fillIDs joins the parts of out with the heading ids, numbering repeats
// with counter; each heading is passed to visit with its id.
func fillIDs(out output, counter idCounter, visit func(heading, string)) string {
	if len(out.headings) == 0 {
		return out.parts[0]
	}
	var b strings.Builder
	for i, h := range out.headings {
		b.WriteString(out.parts[i])
		id := h.id
		if id == "" {
			id = counter.next(h.slug)
		}
		b.WriteString(idAttr(id))
		if visit != nil {
			if strings.TrimSpace(id) == "" {
				id = ""
			}
			visit(h, id)
		}
	}
	b.WriteString(out.parts[len(out.parts)-1])
	return b.String()
}
