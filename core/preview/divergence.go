package preview

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Divergence is a place where the website will render the Markdown
// differently from what its writer most likely meant, from GitHub's
// rendering of the pull request, or from this preview.
type Divergence struct {
	Line, Column int // 1-based, in the whole file
	Message      string
	// BuildFails is true when the site's build stops here: the website
	// then shows nothing of this file (nor of the rest of the site's
	// changes).
	BuildFails bool
}

// maxIssues bounds the Liquid problems reported: past that many, the file
// is not minutes.
const maxIssues = 100

// Divergences lists the places in src where the website renders
// differently: the file's block structure on the website (kramdown) is
// compared line by line with GitHub's (list nesting, headings swallowed by
// lists, tables made of lines with "|"), checkboxes and headings that turn
// into text are found, and so are the constructs the preview itself does
// not render as the website does (raw HTML, footnotes, Liquid tags other
// than output tags). Bare URLs, which GitHub links and the website does
// not, are lint's own rule and not repeated here. The result is sorted by
// line, one message per line and kind.
func Divergences(src []byte, opts ...Option) []Divergence {
	r := StartDivergences(src, opts...)
	for r.Step() {
	}
	return r.Result()
}

// DivergenceRun is Divergences a step at a time, each step a few tens of
// milliseconds of the browser's time on a 280 kB document (the whole is
// hundreds), so that a page can run one step per task and never hold the
// main thread long (issue 12 point 4). The result is Divergences's.
type DivergenceRun struct {
	src   []byte
	c     config
	text  string
	w     *website
	root  *block
	out   []Divergence
	steps []func(*DivergenceRun)
}

// StartDivergences prepares Divergences of src without running any of it.
func StartDivergences(src []byte, opts ...Option) *DivergenceRun {
	return &DivergenceRun{src: src, c: newConfig(opts), steps: divergenceSteps}
}

// divergenceSteps are Divergences's parts in order: the Liquid render, the
// kramdown parse, and the comparisons.
var divergenceSteps = []func(*DivergenceRun){
	func(r *DivergenceRun) {
		if !utf8.Valid(r.src) {
			line, col := invalidUTF8At(r.src)
			r.out = append(r.out, Divergence{Line: line, Column: col, Message: "the file is not valid UTF-8: the site's build fails", BuildFails: true})
		}
		r.text, _ = prepareInput(r.src)
		w := renderWebsite(r.text, r.c.now(), r.c.site)
		r.w = w
		r.out = append(r.out, frontMatterDivergences(w.page, r.text)...)
		for k, is := range w.liquid.issues {
			if k == maxIssues {
				break
			}
			off := w.page.bodyStart + is.off
			line := w.fileIndex().lineOf(off)
			r.out = append(r.out, Divergence{Line: line, Column: utf8.RuneCountInString(r.text[w.fileIndex().start(line):off]) + 1, Message: is.msg, BuildFails: is.fatal})
		}
	},
	func(r *DivergenceRun) {
		r.root = r.w.parse()
		for _, n := range r.w.parser.unsupported {
			r.out = append(r.out, Divergence{Line: r.w.fileLine(n.Line), Column: 1, Message: n.Message})
		}
	},
	func(r *DivergenceRun) { r.out = append(r.out, r.w.structureDivergences(r.root)...) },
	func(r *DivergenceRun) {
		r.out = append(r.out, r.w.checkboxDivergences(r.root)...)
		r.out = append(r.out, r.w.linkDivergences(r.root)...)
		r.out = append(r.out, r.w.lineDivergences()...)
		r.out = dedupe(r.out)
	},
}

// Step runs the next step and reports whether any is left.
func (r *DivergenceRun) Step() bool {
	if len(r.steps) > 0 {
		r.steps[0](r)
		r.steps = r.steps[1:]
	}
	return len(r.steps) > 0
}

// Result is the divergences once Step has reported none left.
func (r *DivergenceRun) Result() []Divergence { return r.out }

func dedupe(ds []Divergence) []Divergence {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Line != ds[j].Line {
			return ds[i].Line < ds[j].Line
		}
		return ds[i].Column < ds[j].Column
	})
	var out []Divergence
	seen := map[string]bool{}
	for _, d := range ds {
		key := strconv.Itoa(d.Line) + "\x00" + d.Message
		if !seen[key] {
			seen[key] = true
			out = append(out, d)
		}
	}
	return out
}

func invalidUTF8At(src []byte) (int, int) {
	line, col := 1, 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return line, col
}

func frontMatterDivergences(p *jekyllPage, text string) []Divergence {
	switch p.status {
	case FrontMatterAfterBOM, FrontMatterNotRecognized:
		return []Divergence{{Line: 1, Column: 1, Message: p.status.String()}}
	case FrontMatterNotMapping:
		return []Divergence{{Line: 1, Column: 1, Message: p.status.String(), BuildFails: true}}
	case FrontMatterInvalidYAML:
		line := 1
		if fm := parseFrontMatterFor(text); fm != nil && fm.Err != nil {
			line = fm.Err.Line
		}
		return []Divergence{{Line: line, Column: 1, Message: p.status.String()}}
	}
	return nil
}

// roleMap records, per line of the Liquid output, the blocks that start
// there ("item2" a list item at nesting level 2, "h3", "h3-in-item",
// "table", "para").
// It is a slice by line, not a map: a document of headings has a role on
// every line, and a map of them cost more than the parse.
type roleMap struct{ lines [][]string }

func (m *roleMap) add(line int, role string) {
	if line >= len(m.lines) {
		m.lines = append(m.lines, make([][]string, line+1-len(m.lines))...)
	}
	m.lines[line] = append(m.lines[line], role)
}

// at returns the roles of a line.
func (m *roleMap) at(line int) []string {
	if line < len(m.lines) {
		return m.lines[line]
	}
	return nil
}

// websiteRoles walks kramdown's tree.
func websiteRoles(b *block, depth int, inItem bool, m *roleMap) {
	for k, c := range b.children {
		switch c.kind {
		case kList:
			websiteRoles(c, depth+1, inItem, m)
			continue
		case kItem:
			if len(c.children) > 0 {
				// GitHub's tree gives no line for an empty item.
				m.add(c.line, "item"+strconv.Itoa(depth))
			}
			websiteRoles(c, depth, true, m)
			continue
		case kHeading:
			role := "h" + strconv.Itoa(c.level)
			if inItem {
				role += "-in-item"
			}
			m.add(c.line, role)
		case kTable:
			m.add(c.line, "table")
		case kPara:
			if b.kind == kRoot {
				m.add(c.line, "para")
			}
		case kQuote:
			websiteRoles(c, depth, inItem, m)
		}
		_ = k
	}
}

// githubRoles walks goldmark's GFM tree of the same text.
func githubRoles(root ast.Node, src []byte, lines lineIndex, m *roleMap) {
	firstLine := func(n ast.Node) int {
		line := 0
		_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && c.Type() == ast.TypeBlock && c.Lines().Len() > 0 {
				line = lines.lineOf(c.Lines().At(0).Start)
				return ast.WalkStop, nil
			}
			return ast.WalkContinue, nil
		})
		return line
	}
	var walk func(n ast.Node, depth int, inItem bool)
	walk = func(n ast.Node, depth int, inItem bool) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c := c.(type) {
			case *ast.List:
				walk(c, depth+1, inItem)
			case *ast.ListItem:
				if l := firstLine(c); l > 0 {
					m.add(l, "item"+strconv.Itoa(depth))
				}
				walk(c, depth, true)
			case *ast.Heading:
				role := "h" + strconv.Itoa(c.Level)
				if inItem {
					role += "-in-item"
				}
				if c.Lines().Len() > 0 {
					m.add(lines.lineOf(c.Lines().At(0).Start), role)
				}
			case *east.Table:
				if l := firstLine(c); l > 0 {
					m.add(l, "table")
				}
			case *ast.Paragraph:
				if n.Kind() == ast.KindDocument && c.Lines().Len() > 0 {
					m.add(lines.lineOf(c.Lines().At(0).Start), "para")
				}
			case *ast.Blockquote:
				walk(c, depth, inItem)
			}
		}
	}
	walk(root, 0, false)
}

// gfmBlockParser parses as GitHub does, without heading ids: making one per
// heading was a third of the comparison's time on a document of headings.
// It is set up on first use, as githubMarkdown is.
var gfmBlockParser = sync.OnceValue(func() parser.Parser { return goldmark.New(githubParsing()...).Parser() })

// structureDivergences compares the website's blocks with GitHub's, line
// by line.
func (w *website) structureDivergences(root *block) []Divergence {
	if w.parser.flattened {
		// Past the nesting bound the trees cannot be compared; that was
		// reported.
		return nil
	}
	// One entry per line of the output, made at once.
	n := strings.Count(w.liquid.out, "\n") + 2
	web, gh := roleMap{make([][]string, n)}, roleMap{make([][]string, n)}
	websiteRoles(root, 0, false, &web)
	src := []byte(capIndent(w.liquid.out))
	githubRoles(gfmBlockParser().Parse(text.NewReader(src), parser.WithContext(parser.NewContext())), src, newLineIndex(w.liquid.out), &gh)
	outLines := strings.Split(w.liquid.out, "\n")
	underline := func(l int) string {
		if l < len(outLines) {
			if u := strings.TrimSpace(outLines[l]); u != "" && (strings.Trim(u, "-") == "" || strings.Trim(u, "=") == "") {
				return u
			}
		}
		return ""
	}
	var out []Divergence
	for l := range max(len(web.lines), len(gh.lines)) {
		if slices.Equal(web.at(l), gh.at(l)) {
			continue
		}
		msg := structureMessage(web.at(l), gh.at(l))
		if _, ghHeading := has(gh.at(l), "h"); ghHeading && msg != "" && underline(l) != "" {
			msg = "GitHub shows this line as a heading underlined by the \"" + underline(l) + "\" below it; the website does not"
		}
		if msg != "" {
			out = append(out, Divergence{Line: w.fileLine(l), Column: 1, Message: msg})
		}
	}
	return out
}

func has(roles []string, prefix string) (string, bool) {
	for _, r := range roles {
		if strings.HasPrefix(r, prefix) {
			return r, true
		}
	}
	return "", false
}

// structureMessage explains a difference of block roles on one line.
func structureMessage(web, gh []string) string {
	wi, webItem := has(web, "item")
	gi, ghItem := has(gh, "item")
	_, webTable := has(web, "table")
	_, ghTable := has(gh, "table")
	wh, webHeading := has(web, "h")
	gh2, ghHeading := has(gh, "h")
	switch {
	case webTable && !ghTable:
		return "the website shows this as a table because the line contains \"|\" (write \"\\|\" for a plain bar)"
	case webItem && ghItem && wi != gi:
		return "the website nests this list item at level " + wi[4:] + ", GitHub at level " + gi[4:] + " (kramdown counts indentation from the text of the item above)"
	case webItem && !ghItem:
		return "the website starts a list item on this line; GitHub shows it as part of the text above"
	case !webItem && ghItem:
		return "GitHub shows a list item on this line; on the website it is part of the text above"
	case webHeading && strings.HasSuffix(wh, "-in-item") && (!ghHeading || !strings.HasSuffix(gh2, "-in-item")):
		return "on the website this heading becomes part of the list item above it: put a blank line before it"
	case webHeading && !ghHeading:
		return "the website shows a heading on this line; GitHub shows text"
	case !webHeading && ghHeading:
		return "GitHub shows a heading on this line; the website shows text (on the website \"#\" must be in the first column, and an underlined heading needs a blank line before it)"
	}
	return ""
}

// checkboxDivergences finds list items that look like tasks but that
// kramdown shows with their box as text.
func (w *website) checkboxDivergences(root *block) []Divergence {
	var out []Divergence
	var walk func(b *block)
	walk = func(b *block) {
		for _, c := range b.children {
			if c.kind == kItem && c.task == taskNone && len(c.children) > 0 && c.children[0].kind == kPara {
				if msg := boxProblem(c.children[0].text); msg != "" {
					line := w.fileLine(c.line)
					out = append(out, Divergence{Line: line, Column: w.columnOf(line, "["), Message: msg})
				}
			}
			walk(c)
		}
	}
	walk(root)
	return out
}

// boxProblem explains why the start of an item's text, which looks like a
// task checkbox, is not one on the website.
func boxProblem(t string) string {
	lead := strings.TrimLeftFunc(t, unicode.IsSpace)
	if !strings.HasPrefix(lead, "[") {
		return ""
	}
	nbspBefore := strings.HasPrefix(t, nbsp) || strings.Contains(t[:len(t)-len(lead)], nbsp)
	inner, after, ok := strings.Cut(lead[1:], "]")
	if !ok || utf8.RuneCountInString(inner) > 1 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(inner)
	switch {
	case inner == "":
		return "\"[]\" is not a checkbox on the website: write \"[ ]\""
	case inner != " " && inner != "x" && inner != "X" && unicode.IsSpace(r):
		return "the checkbox holds a no-break space: the website shows \"[ ]\" as text"
	case inner != " " && inner != "x" && inner != "X":
		return ""
	case nbspBefore:
		return "a no-break space comes before the checkbox: the website shows it as text"
	case strings.HasPrefix(after, nbsp):
		return "a no-break space follows the checkbox: the website shows it as text (use a plain space)"
	case after == "" || strings.TrimSpace(after) == "":
		return "the task item has no text: the website shows its checkbox as text"
	case !unicode.IsSpace([]rune(after)[0]):
		return "no space after the checkbox: the website shows it as text"
	}
	return ""
}

// columnOf is the column of the first occurrence of s on a file line, or 1.
func (w *website) columnOf(line int, s string) int {
	idx := w.fileIndex()
	start := idx.start(line)
	end := len(w.text)
	if line < len(idx.starts) {
		end = idx.starts[line]
	}
	if k := strings.Index(w.text[start:end], s); k >= 0 {
		return utf8.RuneCountInString(w.text[start:start+k]) + 1
	}
	return 1
}

// lineDivergences checks source lines outside code: a "#" heading without
// its space, and a list marker or heading followed by a no-break space.
func (w *website) lineDivergences() []Divergence {
	var out []Divergence
	body := w.page.body
	inFence := ""
	for n, l := range strings.Split(body, "\n") {
		line := w.page.bodyLine + n
		t := strings.TrimRight(l, "\r")
		if f, _, ok := fenceOpen(t + "\n"); ok {
			switch {
			case inFence == "":
				inFence = f
			case strings.HasPrefix(strings.TrimLeft(t, " "), inFence):
				inFence = ""
			}
			continue
		}
		if inFence != "" || isIndented(t) {
			continue
		}
		lead := strings.TrimLeft(t, " ")
		hashes := len(lead) - len(strings.TrimLeft(lead, "#"))
		rest := lead[hashes:]
		switch {
		case hashes >= 1 && hashes <= 6 && strings.HasPrefix(rest, nbsp):
			out = append(out, Divergence{Line: line, Column: 1, Message: "a no-break space follows \"" + lead[:hashes] + "\": the website shows this line as text, not a heading"})
		case hashes >= 1 && hashes <= 6 && rest != "" && unicode.IsUpper([]rune(rest)[0]):
			out = append(out, Divergence{Line: line, Column: 1, Message: "no space after \"" + lead[:hashes] + "\": this line is text, not a heading (write \"" + lead[:hashes] + " " + firstWord(rest) + "\")"})
		}
		if m, ok := nbspMarker(lead); ok {
			out = append(out, Divergence{Line: line, Column: len(t) - len(lead) + 1, Message: "a no-break space follows the list marker \"" + m + "\": the website shows this line as text, not a list item"})
		}
	}
	return out
}

func firstWord(s string) string {
	if k := strings.IndexAny(s, " \t"); k > 0 {
		return s[:k]
	}
	return s
}

// nbspMarker reports a list marker followed by a no-break space.
func nbspMarker(s string) (string, bool) {
	i := 0
	switch {
	case s != "" && strings.IndexByte("-*+", s[0]) >= 0:
		i = 1
	default:
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == 0 || i >= len(s) || s[i] != '.' {
			return "", false
		}
		i++
	}
	return s[:i], strings.HasPrefix(s[i:], nbsp)
}

// linkDivergences finds links kramdown makes where GitHub shows text ("[a](x
// y)", "[a] [ref]"), and links whose URL scheme the preview refuses.
func (w *website) linkDivergences(root *block) []Divergence {
	var out []Divergence
	var ib inlineBatch
	ib.collect(root)
	for _, b := range ib.blocks {
		t := b.text
		if r := rewriteLinks(t, w.parser.defs); r != t {
			k := 0
			for k < len(t) && k < len(r) && t[k] == r[k] {
				k++
			}
			line := w.fileLine(b.line + strings.Count(t[:k], "\n"))
			out = append(out, Divergence{Line: line, Column: 1, Message: "the website makes a link here, GitHub shows the text (kramdown accepts a space in a link's URL and between \"]\" and \"[\")"})
		}
		for _, u := range linkURLs(t) {
			if !safeURL(escapeAttr(u.url), safeSchemes) {
				line := w.fileLine(b.line + strings.Count(t[:u.at], "\n"))
				out = append(out, Divergence{Line: line, Column: 1, Message: "the link to " + strconv.Quote(u.url) + " is not followed in the preview: only http, https, mailto and ftp links are"})
			}
		}
	}
	for id, d := range w.parser.defs {
		if !safeURL(escapeAttr(d.url), safeSchemes) {
			line := 1
			if j := strings.Index(strings.ToLower(w.text), strings.ToLower(id)+"]:"); j >= 0 {
				line = w.fileIndex().lineOf(j)
			}
			out = append(out, Divergence{Line: line, Column: 1, Message: "the link definition " + strconv.Quote(id) + " points to " + strconv.Quote(d.url) + ": the preview does not follow it"})
		}
	}
	return out
}

type linkURL struct {
	url string
	at  int
}

// linkURLs finds the destinations of inline links "](url)" in an inline
// text (kramdown's autolinks only take mailto, http and ftp URLs).
func linkURLs(t string) []linkURL {
	var out []linkURL
	urls := &urlScanner{s: t}
	for i := strings.Index(t, "]("); i >= 0; {
		if u, _, ok := urls.url(i + 1); ok {
			out = append(out, linkURL{strings.Trim(u, "<>"), i})
		}
		k := strings.Index(t[i+2:], "](")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return out
}
