package preview

// This file holds the block tree and the block-level driver of the Website
// renderer: a port of kramdown's block parser (kramdown 2.x with
// kramdown-parser-gfm 1.1, option gfm_quirks=paragraph_end), because kramdown
// does not follow CommonMark on the constructs minutes use most (list
// nesting, lazy lines, when a list item's text is wrapped in <p>, tables).
// The syntax elements live in their own files (kd_*.go); inline text is
// parsed by goldmark (inline.go).

import "strings"

// line is one line of Markdown, ending in "\n", with its 1-based number in
// the file, so that blocks built from re-indented list content still know
// where they came from.
type line struct {
	s   string
	num int
}

// blockKind is the type of a node of the block tree.
type blockKind uint8

const (
	kRoot blockKind = iota
	kBlank
	kEOB // end-of-block marker "^", link definition or attribute list: no output
	kPara
	kHeading
	kHR
	kList
	kItem
	kCode
	kQuote
	kHTML // raw HTML block: shown as text, never as HTML
	kMath
	kTable
	kTableSection // thead, tbody or tfoot (text holds the tag name)
	kRow
	kCell
	kDL
	kDT
	kDD
)

// taskState is the checkbox of a task list item.
type taskState uint8

const (
	taskNone taskState = iota
	taskOpen
	taskDone
)

// block is a node of the block tree.
type block struct {
	kind blockKind
	line int // first source line
	// text is the raw inline text of a paragraph, heading, term or cell, or
	// the content of a code or HTML block.
	text     string
	children []*block

	level       int    // heading level
	id          string // heading id given with {#id}
	ordered     bool   // list
	transparent bool   // paragraph rendered without <p> (tight list item)
	task        taskState
	taskClass   bool   // item gets class="task-list-item", list "task-list"
	lang        string // code block language
	align       string // cell alignment: "", "left", "right", "center"
	header      bool   // cell in a thead row

	// values are a list item's content chunks while the list is parsed.
	values [][]line
	// pieces are text merged into a paragraph, joined by flushText.
	pieces []string
	// eobLinkDef marks the kEOB left by a link definition, which, unlike
	// the "^" marker, is not a block boundary.
	eobLinkDef bool
}

func (b *block) last() *block {
	if len(b.children) == 0 {
		return nil
	}
	return b.children[len(b.children)-1]
}

// kdParser parses kramdown block syntax. Link definitions are global to
// the document, as in kramdown.
type kdParser struct {
	defs map[string]linkDef
	// depth is the nesting of the blocks being parsed (lists, quotes).
	depth        int
	flattened    bool // depth went past maxNesting
	noFenceClose map[fenceKey]int
	// unsupported records constructs the preview does not render as kramdown
	// does, for Divergences.
	unsupported []Divergence
}

// linkDef is a link reference definition.
type linkDef struct {
	url, title string
}

func newKDParser() *kdParser {
	return &kdParser{defs: map[string]linkDef{}}
}

// parseDocument parses Markdown text (after Liquid) into a block tree.
// firstLine is the source line number of the text's first line.
func (p *kdParser) parseDocument(text string, firstLine int) *block {
	root := &block{kind: kRoot, line: firstLine}
	p.parseBlocks(root, splitLines(adaptSource(text), firstLine))
	return root
}

// adaptSource normalises line endings and ends the text with exactly one
// newline, as kramdown does before parsing.
func adaptSource(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	s = strings.TrimSuffix(s, "\n")
	return s + "\n"
}

// splitLines cuts text (which ends in "\n") into lines.
func splitLines(text string, firstLine int) []line {
	lines := make([]line, 0, strings.Count(text, "\n"))
	for n := firstLine; text != ""; n++ {
		i := strings.IndexByte(text, '\n')
		lines = append(lines, line{text[:i+1], n})
		text = text[i+1:]
	}
	return lines
}

// parseBlocks parses src as a sequence of blocks appended to tree. The
// block parsers are tried in kramdown's order; each returns the index of
// the next line and whether it took the line.
func (p *kdParser) parseBlocks(tree *block, src []line) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxNesting {
		p.flatten(tree, src)
		return
	}
	for i := 0; i < len(src); {
		i = p.parseBlock(tree, src, i)
	}
	for _, c := range tree.children {
		c.flushText()
	}
}

// maxNesting bounds how deep lists and quotes nest: kramdown parses an
// item's content again for each level, so deeper nesting would cost time
// quadratic in the input.
const maxNesting = 64

// flatten adds src as paragraphs, one per run of non-blank lines, when
// blocks nest too deep.
func (p *kdParser) flatten(tree *block, src []line) {
	if len(src) > 0 && !p.flattened {
		p.note(src[0].num, "lists or quotes nest more than 64 levels deep here: the preview shows the deeper levels as text")
	}
	p.flattened = true
	var b strings.Builder
	first := 0
	flush := func() {
		if t := strings.TrimSpace(b.String()); t != "" {
			tree.children = append(tree.children, &block{kind: kPara, line: first, text: t})
		}
		b.Reset()
	}
	for _, l := range src {
		if isBlank(l.s) {
			flush()
			continue
		}
		if b.Len() == 0 {
			first = l.num
		}
		b.WriteString(l.s)
	}
	flush()
}

func (p *kdParser) parseBlock(tree *block, src []line, i int) int {
	for _, parse := range [...]func(*kdParser, *block, []line, int) (int, bool){
		(*kdParser).parseBlank, (*kdParser).parseIndentedCode, (*kdParser).parseFencedCode,
		(*kdParser).parseBlockquote, (*kdParser).parseATXHeading, (*kdParser).parseHR,
		(*kdParser).parseList, (*kdParser).parseDefinitionList, (*kdParser).parseHTMLBlock,
		(*kdParser).parseSetextHeading, (*kdParser).parseBlockMath, (*kdParser).parseTable,
		(*kdParser).parseFootnoteDefinition, (*kdParser).parseLinkDefinition,
		(*kdParser).parseAbbreviation, (*kdParser).parseExtension, (*kdParser).parseEOB,
		(*kdParser).parseParagraph,
	} {
		if next, ok := parse(p, tree, src, i); ok {
			return next
		}
	}
	// Unreachable: the paragraph parser takes any line that is not blank
	// and not indented, and those have parsers of their own.
	tree.children = append(tree.children, &block{kind: kPara, line: src[i].num, text: strings.TrimSpace(src[i].s)})
	return i + 1
}

// afterBlockBoundary reports whether a block may start here: at the start
// of its container, after a blank line or after an end-of-block marker.
func afterBlockBoundary(tree *block) bool {
	last := tree.last()
	return last == nil || last.kind == kBlank || (last.kind == kEOB && !last.eobLinkDef)
}

// beforeBlockBoundary reports whether src[i] starts a blank line, an
// end-of-block marker or an attribute list, or is past the end.
func beforeBlockBoundary(src []line, i int) bool {
	return i >= len(src) || isBlank(src[i].s) || isEOBLine(src[i].s) || isIALLine(src[i].s)
}

func (p *kdParser) parseBlank(tree *block, src []line, i int) (int, bool) {
	if !isBlank(src[i].s) {
		return i, false
	}
	j := i
	for j < len(src) && isBlank(src[j].s) {
		j++
	}
	if last := tree.last(); last == nil || last.kind != kBlank {
		tree.children = append(tree.children, &block{kind: kBlank, line: src[i].num})
	}
	return j, true
}

func (p *kdParser) parseEOB(tree *block, src []line, i int) (int, bool) {
	if !isEOBLine(src[i].s) {
		return i, false
	}
	tree.children = append(tree.children, &block{kind: kEOB, line: src[i].num})
	return i + 1, true
}

// Ruby's \s: the characters kramdown's regular expressions treat as space.
func isRubySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isBlank reports whether a line holds only whitespace (kramdown's BLANK_LINE).
func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isRubySpace(s[i]) {
			return false
		}
	}
	return true
}

// rubyStrip is Ruby's String#strip: ASCII whitespace and NUL only (a
// no-break space stays).
func rubyStrip(s string) string { return strings.Trim(s, " \t\n\v\f\r\x00") }

// hasNonSpace reports whether s holds a character other than Ruby whitespace.
func hasNonSpace(s string) bool { return !isBlank(s) }

// leadingSpaces counts the spaces (not tabs) at the start of s.
func leadingSpaces(s string) int {
	n := 0
	for n < len(s) && s[n] == ' ' {
		n++
	}
	return n
}

// optSpace returns s without up to three leading spaces, and whether it had
// at most three (kramdown's OPT_SPACE before a construct).
func optSpace(s string) (string, bool) {
	n := leadingSpaces(s)
	if n > 3 {
		return s, false
	}
	return s[n:], true
}

// isEOBLine matches kramdown's EOB_MARKER: "^" and optional whitespace.
func isEOBLine(s string) bool {
	return len(s) > 0 && s[0] == '^' && isBlank(s[1:])
}

// isIALLine matches a block attribute list line "{: ...}" (IAL_BLOCK_START).
func isIALLine(s string) bool {
	t, ok := optSpace(s)
	if !ok || !strings.HasPrefix(t, "{:") || len(t) < 3 || t[2] == ':' || t[2] == '/' {
		return false
	}
	end := ialEnd(t, 2)
	return end > 2 && isBlank(t[end+1:])
}

// ialEnd returns the index of the "}" closing an attribute list whose body
// starts at i ("\}" is an escaped brace), or -1.
func ialEnd(s string, i int) int {
	for ; i < len(s) && s[i] != '\n'; i++ {
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == '}' {
			i++
			continue
		}
		if s[i] == '}' {
			return i
		}
	}
	return -1
}

// htmlSpanElements are the tags kramdown treats as inline: a line starting
// with one of them does not end a paragraph.
var htmlSpanElements = map[string]bool{
	"a": true, "abbr": true, "acronym": true, "b": true, "big": true, "bdo": true, "br": true,
	"button": true, "cite": true, "code": true, "del": true, "dfn": true, "em": true, "i": true,
	"img": true, "input": true, "ins": true, "kbd": true, "label": true, "mark": true,
	"option": true, "q": true, "rb": true, "rbc": true, "rp": true, "rt": true, "rtc": true,
	"ruby": true, "samp": true, "select": true, "small": true, "span": true, "strong": true,
	"sub": true, "sup": true, "tt": true, "u": true, "var": true, "script": true,
}

// htmlTagName returns the tag name at s[i:] (letters, digits, "-", "_", ":",
// "."; starting with a letter or "_"), or "".
func htmlTagName(s string, i int) string {
	j := i
	if j >= len(s) || !(isASCIILetter(s[j]) || s[j] == '_' || s[j] >= 0x80) {
		return ""
	}
	for j < len(s) && (isASCIILetter(s[j]) || isDigit(s[j]) || s[j] == '-' || s[j] == '_' || s[j] == ':' || s[j] == '.' || s[j] >= 0x80) {
		j++
	}
	return s[i:j]
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }

// isLazyEndHTML matches kramdown's LAZY_END_HTML_START and _STOP after up to
// three spaces: a line starting with a block-level (non-span) HTML tag.
func isLazyEndHTML(s string, maxSpaces int) bool {
	n := leadingSpaces(s)
	if n > maxSpaces || n >= len(s) || s[n] != '<' {
		return false
	}
	i := n + 1
	closing := i < len(s) && s[i] == '/'
	if closing {
		i++
	}
	name := htmlTagName(s, i)
	if name == "" {
		return false
	}
	if htmlSpanElements[strings.ToLower(name)] && (i+len(name) >= len(s) || !isWordByte(s[i+len(name)])) {
		return false
	}
	if closing {
		j := i + len(name)
		for j < len(s) && isRubySpace(s[j]) && s[j] != '\n' {
			j++
		}
		return j < len(s) && s[j] == '>'
	}
	return true
}

func isWordByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '_' || c >= 0x80
}

// isLazyEnd matches kramdown's LAZY_END at the start of src[i]: a blank
// line, an attribute list, an end-of-block marker, a block HTML tag, or the
// end of the text.
func isLazyEnd(src []line, i int) bool {
	if i >= len(src) {
		return true
	}
	s := src[i].s
	return isBlank(s) || isIALLine(s) || isEOBLine(s) || isLazyEndHTML(s, 3)
}
