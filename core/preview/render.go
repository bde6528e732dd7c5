package preview

import (
	"strconv"
	"strings"
)

// output is rendered HTML with holes for heading ids: kramdown numbers
// repeated ids ("x", "x-1", "x-2") across the whole document, so a piece of
// the document can be rendered alone and its ids filled in afterwards.
type output struct {
	parts    []string  // HTML between the id holes; len(parts) == len(headings)+1
	headings []heading // one per hole
}

// heading is a heading of the rendered document.
type heading struct {
	level int
	slug  string // base id from the text; "" when the id is explicit
	id    string // explicit id ({#id})
	text  string // plain text, for the table of contents
	line  int
}

// htmlWriter renders a kramdown block tree.
type htmlWriter struct {
	b      strings.Builder
	inline *parsed
	out    output
	// lineOf, when set, maps block lines to file lines written as
	// data-line attributes (for tests that locate differences).
	lineOf func(int) int
	holes  []int // offsets in b of the heading id holes
	// alignAttr writes table alignment as align attributes, not styles.
	alignAttr bool
}

func renderTree(root *block, inl *parsed, lineOf func(int) int, alignAttr bool) output {
	w := &htmlWriter{inline: inl, lineOf: lineOf, alignAttr: alignAttr}
	w.blocks(root.children, 0)
	all := w.b.String()
	prev := 0
	for _, h := range w.holes {
		w.out.parts = append(w.out.parts, all[prev:h])
		prev = h
	}
	w.out.parts = append(w.out.parts, all[prev:])
	return w.out
}

const spaces = "                                                                "

// pad returns n spaces of indentation.
func pad(n int) string {
	if n <= len(spaces) {
		return spaces[:n]
	}
	return strings.Repeat(" ", n)
}

// at is the data-line attribute of b, when lines are asked for.
func (w *htmlWriter) at(b *block) string {
	if w.lineOf == nil {
		return ""
	}
	return ` data-line="` + strconv.Itoa(w.lineOf(b.line)) + `"`
}

// blocks writes a container's children; consecutive blank lines, even
// with end-of-block markers between them, are one.
func (w *htmlWriter) blocks(children []*block, indent int) {
	lastBlank := false
	for _, c := range children {
		switch c.kind {
		case kEOB:
			continue
		case kBlank:
			if !lastBlank {
				w.b.WriteString("\n")
			}
			lastBlank = true
			continue
		}
		lastBlank = false
		w.block(c, indent)
	}
}

func (w *htmlWriter) block(b *block, indent int) {
	switch b.kind {
	case kPara:
		w.para(b, indent, taskNone)
	case kHeading:
		w.heading(b, indent)
	case kHR:
		w.b.WriteString(pad(indent) + "<hr" + w.at(b) + " />\n")
	case kList:
		w.list(b, indent)
	case kCode:
		w.code(b, indent)
	case kQuote:
		w.b.WriteString(pad(indent) + "<blockquote" + w.at(b) + ">\n")
		w.blocks(b.children, indent+2)
		w.b.WriteString(pad(indent) + "</blockquote>\n")
	case kHTML:
		w.b.WriteString(pad(indent) + `<pre class="preview-raw-html"` + w.at(b) + `><code>` + escapeCode(b.text) + "</code></pre>\n")
	case kMath:
		w.b.WriteString(pad(indent) + `\[` + escapeCode(b.text) + `\]` + "\n")
	case kTable:
		w.table(b, indent)
	case kDL:
		w.b.WriteString(pad(indent) + "<dl>\n")
		for _, c := range b.children {
			if c.kind == kDT {
				w.b.WriteString(pad(indent+2) + "<dt" + w.at(c) + ">")
				w.inlineOf(c, nil)
				w.b.WriteString("</dt>\n")
			} else {
				w.item(c, "dd", indent+2)
			}
		}
		w.b.WriteString(pad(indent) + "</dl>\n")
	}
}

// inlineOf writes the inline content of b; with raw non-nil it also
// collects its plain text.
func (w *htmlWriter) inlineOf(b *block, raw *strings.Builder) {
	n := w.inline.nodes[b]
	if n == nil {
		return
	}
	iw := &inlineWriter{src: w.inline.src, out: &w.b, raw: raw}
	iw.children(n)
	if strings.HasSuffix(b.text, "\n") && !strings.HasSuffix(w.b.String(), "\n") {
		// A tight item's text ends in "\n" when blocks follow it.
		w.b.WriteString("\n")
	}
}

const (
	checkboxOpen = `<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />`
	checkboxDone = `<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />`
)

func (w *htmlWriter) para(b *block, indent int, task taskState) {
	if !b.transparent {
		w.b.WriteString(pad(indent) + "<p" + w.at(b) + ">")
	}
	switch task {
	case taskOpen:
		w.b.WriteString(checkboxOpen)
	case taskDone:
		w.b.WriteString(checkboxDone)
	}
	w.inlineOf(b, nil)
	if !b.transparent {
		w.b.WriteString("</p>\n")
	}
}

func (w *htmlWriter) heading(b *block, indent int) {
	var raw strings.Builder
	tag := "h" + strconv.Itoa(b.level)
	w.b.WriteString(pad(indent) + "<" + tag + w.at(b))
	// The id goes into a hole, filled once the whole document is known.
	w.holes = append(w.holes, w.b.Len())
	w.b.WriteString(">")
	w.inlineOf(b, &raw)
	h := heading{level: b.level, id: b.id, text: raw.String(), line: b.line}
	if b.id == "" {
		h.slug = gfmSlug(raw.String())
	}
	w.out.headings = append(w.out.headings, h)
	w.b.WriteString("</" + tag + ">\n")
}

func (w *htmlWriter) list(b *block, indent int) {
	tag := "ul"
	if b.ordered {
		tag = "ol"
	}
	w.b.WriteString(pad(indent) + "<" + tag + w.at(b))
	if b.taskClass {
		w.b.WriteString(` class="task-list"`)
	}
	w.b.WriteString(">\n")
	for _, it := range b.children {
		w.item(it, "li", indent+2)
	}
	w.b.WriteString(pad(indent) + "</" + tag + ">\n")
}

// item writes an <li> or <dd> as kramdown's convert_li does: the content
// follows the tag directly when it starts with a tight paragraph.
func (w *htmlWriter) item(b *block, tag string, indent int) {
	w.b.WriteString(pad(indent) + "<" + tag + w.at(b))
	if b.taskClass {
		w.b.WriteString(` class="task-list-item"`)
	}
	w.b.WriteString(">")
	tight := len(b.children) == 0 || (b.children[0].kind == kPara && b.children[0].transparent)
	if !tight {
		w.b.WriteString("\n")
	}
	start := w.b.Len()
	for k, c := range b.children {
		if k == 0 && c.kind == kPara {
			w.para(c, indent+2, b.task)
			continue
		}
		w.blocks(b.children[k:k+1], indent+2)
	}
	if tight {
		// res =~ /\n\Z/ ? indent : ''
		if w.b.Len() > start && strings.HasSuffix(w.b.String(), "\n") {
			w.b.WriteString(pad(indent))
		}
	} else {
		w.b.WriteString(pad(indent))
	}
	w.b.WriteString("</" + tag + ">\n")
}

// roughLexers are the languages Rouge (the site's highlighter) knows among
// those minutes might use; kramdown writes other fenced code without the
// highlighter's wrapper.
var roughLexers = map[string]bool{
	"plaintext": true, "text": true, "plain": true, "perl": true, "pl": true, "sh": true, "bash": true,
	"shell": true, "console": true, "shell_session": true, "json": true, "yaml": true, "yml": true,
	"ruby": true, "rb": true, "python": true, "py": true, "javascript": true, "js": true, "html": true,
	"xml": true, "sql": true, "diff": true, "patch": true, "c": true, "cpp": true, "go": true,
	"markdown": true, "md": true, "toml": true, "ini": true, "make": true, "makefile": true,
	"docker": true, "dockerfile": true, "css": true, "typescript": true, "ts": true, "java": true,
	"rust": true, "php": true, "http": true, "csv": true, "tsv": true, "erb": true, "liquid": true,
}

func (w *htmlWriter) code(b *block, indent int) {
	lang := b.lang
	if lang != "" && !roughLexers[strings.ToLower(lang)] {
		w.b.WriteString(pad(indent) + `<pre` + w.at(b) + `><code class="language-` + escapeAll(lang) + `">` +
			escapeCode(strings.TrimSuffix(b.text, "\n")) + "\n</code></pre>\n")
		return
	}
	if lang == "" {
		lang = "plaintext"
	}
	w.b.WriteString(pad(indent) + `<div class="language-` + escapeAll(lang) + ` highlighter-rouge">` +
		`<div class="highlight"><pre class="highlight"` + w.at(b) + `><code>` + escapeCode(b.text) +
		"</code></pre></div>" + pad(indent) + "</div>\n")
}

func (w *htmlWriter) table(b *block, indent int) {
	w.b.WriteString(pad(indent) + "<table" + w.at(b) + ">\n")
	for _, sec := range b.children {
		w.b.WriteString(pad(indent+2) + "<" + sec.text + ">\n")
		for _, row := range sec.children {
			w.b.WriteString(pad(indent+4) + "<tr>\n")
			for _, cell := range row.children {
				tag := "td"
				if cell.header {
					tag = "th"
				}
				w.b.WriteString(pad(indent+6) + "<" + tag)
				switch {
				case cell.align != "" && w.alignAttr:
					w.b.WriteString(` align="` + cell.align + `"`)
				case cell.align != "":
					w.b.WriteString(` style="text-align: ` + cell.align + `"`)
				}
				w.b.WriteString(">")
				if w.inline.nodes[cell] == nil {
					w.b.WriteString(nbsp)
				} else {
					w.inlineOf(cell, nil)
				}
				w.b.WriteString("</" + tag + ">\n")
			}
			w.b.WriteString(pad(indent+4) + "</tr>\n")
		}
		w.b.WriteString(pad(indent+2) + "</" + sec.text + ">\n")
	}
	w.b.WriteString(pad(indent) + "</table>\n")
}
