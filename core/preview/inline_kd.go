package preview

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// This file holds the goldmark inline parsers that behave as kramdown's
// span parsers where kramdown and CommonMark differ: code spans, autolinks,
// strikethrough and math.

// kdCode is a code span; its text is kramdown's codespan value.
type kdCode struct {
	ast.BaseInline
	text string
}

var kindKDCode = ast.NewNodeKind("KDCode")

func (n *kdCode) Kind() ast.NodeKind                { return kindKDCode }
func (n *kdCode) Dump(source []byte, level int)     { ast.DumpHelper(n, source, level, nil, nil) }
func (n *kdAutoLink) Kind() ast.NodeKind            { return kindKDAutoLink }
func (n *kdAutoLink) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }
func (n *kdMath) Kind() ast.NodeKind                { return kindKDMath }
func (n *kdMath) Dump(source []byte, level int)     { ast.DumpHelper(n, source, level, nil, nil) }
func (n *kdStrike) Kind() ast.NodeKind              { return kindKDStrike }
func (n *kdStrike) Dump(source []byte, level int)   { ast.DumpHelper(n, source, level, nil, nil) }

// kdAutoLink is "<http://...>" or "<name@host>".
type kdAutoLink struct {
	ast.BaseInline
	href, text string
}

var kindKDAutoLink = ast.NewNodeKind("KDAutoLink")

// kdMath is inline math "$$...$$".
type kdMath struct {
	ast.BaseInline
	text string
}

var kindKDMath = ast.NewNodeKind("KDMath")

// kdStrike is "~~text~~".
type kdStrike struct{ ast.BaseInline }

var kindKDStrike = ast.NewNodeKind("KDStrike")

// paragraph is the text of the batch being parsed (texts are separated by
// "\n\n"), with, per searched delimiter, the offset from which no closing
// delimiter follows: searches for closers then never rescan the same text,
// which keeps parsing linear.
type paragraph struct {
	start, end int
	noClose    map[string]int
}

var paragraphKey = parser.NewContextKey()

// rest returns the source from the reader's position to the end of the
// current text of the batch, that position, and the text's state.
func rest(block text.Reader, pc parser.Context) ([]byte, int, *paragraph) {
	src := block.Source()
	_, pos := block.Position()
	p, _ := pc.Get(paragraphKey).(*paragraph)
	if p == nil || pos.Start < p.start || pos.Start >= p.end {
		end := pos.Start
		if k := bytes.Index(src[pos.Start:], []byte("\n\n")); k >= 0 {
			end += k
		} else {
			end = len(src)
		}
		start := bytes.LastIndex(src[:pos.Start], []byte("\n\n")) + 2
		if start < 2 {
			start = 0
		}
		p = &paragraph{start: start, end: end, noClose: map[string]int{}}
		pc.Set(paragraphKey, p)
	}
	return src[pos.Start:p.end], pos.Start, p
}

// findClose finds closer in r (which starts at source offset start),
// remembering when there is none.
func (p *paragraph) findClose(r []byte, start int, closer string) int {
	if from, known := p.noClose[closer]; known && start >= from {
		return -1
	}
	k := bytes.Index(r, []byte(closer))
	if k < 0 {
		p.noClose[closer] = start
	}
	return k
}

// advanceTo moves the reader to source offset off, across lines.
func advanceTo(block text.Reader, off int) {
	for {
		_, pos := block.Position()
		if pos.Start >= off {
			return
		}
		line, seg := block.PeekLine()
		if line == nil {
			return
		}
		if off < seg.Stop {
			block.Advance(off - seg.Start)
			return
		}
		block.AdvanceLine()
	}
}

// atParagraphStart reports whether offset is the first byte of a text of
// the batch (kramdown's empty pre_match).
func atParagraphStart(src []byte, off int) bool {
	return off == 0 || (src[off-1] == '\n' && (off < 2 || src[off-2] == '\n'))
}

// kdCodeSpanParser ports kramdown's codespan: a single backtick between
// spaces is literal; otherwise the span ends at the next occurrence of the
// same backtick string, anywhere in the paragraph.
type kdCodeSpanParser struct{}

func (kdCodeSpanParser) Trigger() []byte { return []byte{'`'} }

func (kdCodeSpanParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	r, start, para := rest(block, pc)
	n := 0
	for n < len(r) && r[n] == '`' {
		n++
	}
	src := block.Source()
	literal := func() ast.Node {
		block.Advance(n)
		return ast.NewTextSegment(text.NewSegment(start, start+n))
	}
	if n == 1 && (atParagraphStart(src, start) || isRubySpace(src[start-1])) && n < len(r) && isRubySpace(r[n]) {
		return literal()
	}
	close := para.findClose(r[n:], start+n, string(r[:n]))
	if close < 0 {
		return literal()
	}
	code := string(r[n : n+close])
	if n > 1 {
		code = strings.TrimPrefix(code, " ")
		code = strings.TrimSuffix(code, " ")
	}
	advanceTo(block, start+n+close+n)
	return &kdCode{text: code}
}

// kdAutoLinkParser ports kramdown's autolink: "<" then a mailto, http(s)
// or ftp(s) URL, or an e-mail address, then ">", on one line.
type kdAutoLinkParser struct{}

func (kdAutoLinkParser) Trigger() []byte { return []byte{'<'} }

func (kdAutoLinkParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	end := angleEnd(pc, line, seg)
	if end < 2 || line[end] != '>' {
		return nil
	}
	inner := line[1:end]
	for _, scheme := range []string{"mailto:", "http:", "https:", "ftp:", "ftps:"} {
		if bytes.HasPrefix(inner, []byte(scheme)) && len(inner) > len(scheme) {
			block.Advance(end + 1)
			href := string(inner)
			return &kdAutoLink{href: href, text: strings.TrimPrefix(href, "mailto:")}
		}
	}
	if isAutoLinkEmail(inner) {
		block.Advance(end + 1)
		return &kdAutoLink{href: "mailto:" + string(inner), text: string(inner)}
	}
	return nil
}

// angleEnd returns the index in line of its first ">" or "\n", or -1.
// A run of "<" on one line asks for the same ">" again and again: the
// last answer is kept in pc (as source offsets), so that the line is
// scanned once.
func angleEnd(pc parser.Context, line []byte, seg text.Segment) int {
	if seg.Padding != 0 {
		return bytes.IndexAny(line, ">\n")
	}
	m, _ := pc.Get(angleEndKey).(*angleEndMemo)
	if m != nil && m.from <= seg.Start && seg.Start <= m.to {
		if !m.found {
			return -1
		}
		return m.to - seg.Start
	}
	k := bytes.IndexAny(line, ">\n")
	if m == nil {
		m = &angleEndMemo{}
		pc.Set(angleEndKey, m)
	}
	m.from, m.to, m.found = seg.Start, seg.Start+k, k >= 0
	if k < 0 {
		m.to = seg.Stop
	}
	return k
}

// angleEndMemo says that the first ">" or "\n" at or after source offset
// from is at offset to, or, when not found, that there is none before to
// (the end of a last line without a newline).
type angleEndMemo struct {
	from, to int
	found    bool
}

var angleEndKey = parser.NewContextKey()

// isAutoLinkEmail matches kramdown's e-mail autolink: ACHARS, "@", ACHARS.
// It stops at the first character that cannot belong, so that a run of
// "<" costs linear time.
func isAutoLinkEmail(s []byte) bool {
	at := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		switch {
		case r == '@' && at < 0:
			at = i
		case !(isAlnumRune(r) || r == '-' || r == '_' || r == '.'):
			return false
		}
		i += size
	}
	return at > 0 && at < len(s)-1
}

// kdStrikeParser ports kramdown-parser-gfm's strikethrough: "~~" not
// followed by a space or "~", up to the first "~~" that follows a
// character other than a space or "~".
type kdStrikeParser struct{}

var strikeClosers = parser.NewContextKey()

func (kdStrikeParser) Trigger() []byte { return []byte{'~'} }

func (kdStrikeParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	r, start, para := rest(block, pc)
	if !bytes.HasPrefix(r, []byte("~~")) {
		return nil
	}
	closers, _ := pc.Get(strikeClosers).(map[int]bool)
	if closers[start] {
		delete(closers, start)
		return pushStrike(block, pc, start, false)
	}
	if len(r) < 3 || isRubySpace(r[2]) || r[2] == '~' {
		return nil
	}
	if from, known := para.noClose["~~"]; known && start >= from {
		return nil
	}
	for k := 3; k+1 < len(r); k++ {
		if r[k] == '~' && r[k+1] == '~' && !isRubySpace(r[k-1]) && r[k-1] != '~' {
			if closers == nil {
				closers = map[int]bool{}
				pc.Set(strikeClosers, closers)
			}
			closers[start+k] = true
			return pushStrike(block, pc, start, true)
		}
	}
	para.noClose["~~"] = start
	return nil
}

func pushStrike(block text.Reader, pc parser.Context, start int, open bool) ast.Node {
	d := parser.NewDelimiter(open, !open, 2, '~', strikeProcessor{})
	d.Segment = text.NewSegment(start, start+2)
	block.Advance(2)
	pushDelimiter(pc, d)
	return d
}

type strikeProcessor struct{}

func (strikeProcessor) IsDelimiter(b byte) bool { return b == '~' }
func (strikeProcessor) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}
func (strikeProcessor) OnMatch(consumes int) ast.Node { return &kdStrike{} }

// kdMathParser ports kramdown's inline math "$$...$$".
type kdMathParser struct{}

func (kdMathParser) Trigger() []byte { return []byte{'$'} }

func (kdMathParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	r, start, para := rest(block, pc)
	if !bytes.HasPrefix(r, []byte("$$")) {
		return nil
	}
	end := para.findClose(r[2:], start+2, "$$")
	if end < 0 {
		return nil
	}
	advanceTo(block, start+2+end+2)
	return &kdMath{text: string(r[2 : 2+end])}
}

// rewriteLinks rewrites link syntax that kramdown reads differently from
// CommonMark into forms goldmark reads as kramdown does:
//   - a destination with whitespace, "[a](x y)", becomes "[a](<x y>)";
//   - "[a] [id]" (whitespace before a reference) becomes "[a][id]" when id
//     is defined; when it is not, kramdown shows "[a]" as text, so its "["
//     is escaped.
func rewriteLinks(s string, defs map[string]linkDef) string {
	if !strings.Contains(s, "]") {
		return s
	}
	type edit struct {
		at, end int
		text    string
	}
	var edits []edit
	var opens []int
	urls := &urlScanner{s: s}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '`':
			if end := codeSpanEnd(s, i); end > i {
				i = end - 1
			}
		case '[':
			opens = append(opens, i)
		case ']':
			if len(opens) == 0 {
				continue
			}
			open := opens[len(opens)-1]
			opens = opens[:len(opens)-1]
			j := i + 1
			if j < len(s) && s[j] == '(' {
				url, end, ok := urls.url(j)
				if ok && strings.ContainsAny(url, " \t") && !strings.ContainsAny(url, "<>\n") {
					edits = append(edits, edit{j + 1, end, "<" + url + ">"})
				}
				if ok {
					i = end - 1
				}
				continue
			}
			k := j
			for k < len(s) && isRubySpace(s[k]) {
				k++
			}
			if k >= len(s) || s[k] != '[' {
				continue
			}
			c := strings.IndexByte(s[k+1:], ']')
			if c < 0 {
				continue
			}
			if id := s[k+1 : k+1+c]; k > j && id != "" {
				if _, defined := defs[normalizeLinkID(id)]; !defined {
					// kramdown gives up on this link and reads on from
					// the "[" after the whitespace.
					edits = append(edits, edit{open, open, "\\"})
					i = k - 1
					continue
				}
				edits = append(edits, edit{j, k, ""})
			}
			i = k + 1 + c
		}
	}
	if len(edits) == 0 {
		return s
	}
	sort.Slice(edits, func(a, b int) bool { return edits[a].at < edits[b].at })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		if e.at < last {
			continue
		}
		b.WriteString(s[last:e.at])
		b.WriteString(e.text)
		last = e.end
	}
	b.WriteString(s[last:])
	return b.String()
}

func nextIndex(s string, from int, sub string) int {
	k := strings.Index(s[from:], sub)
	if k < 0 {
		return -1
	}
	return from + k
}

// kramdownLinkURL scans a destination starting at s[open] == '(' as
// kramdown does: balanced parentheses, stopping before whitespace followed by
// a quote (a title). It returns the stripped URL and the offset where the
// URL text ends (before the title or the closing parenthesis).
func kramdownLinkURL(s string, open int) (url string, end int, ok bool) {
	depth := 0
	for k := open; k < len(s); k++ {
		switch c := s[k]; {
		case c == '(':
			depth++
		case c == ')':
			depth--
			if depth == 0 {
				return rubyStrip(s[open+1 : k]), k, true
			}
		case isRubySpace(c) && k+1 < len(s) && (s[k+1] == '"' || s[k+1] == '\''):
			u := rubyStrip(s[open+1 : k])
			return u, k, true
		}
	}
	return "", 0, false
}

// urlScanner finds kramdown link destinations in a text. In a long text
// it precomputes, in one pass, each "(" 's matching ")" and the next
// whitespace before a quote, so that many "](" stay linear.
type urlScanner struct {
	s      string
	match  []int32 // for a "(" at i, its matching ")", else -1
	nextSQ []int32 // the first k >= i with whitespace at k and a quote at k+1, else len(s)
}

func (u *urlScanner) url(open int) (string, int, bool) {
	if len(u.s) < 4096 {
		return kramdownLinkURL(u.s, open)
	}
	if u.match == nil {
		u.prepare()
	}
	m, q := int(u.match[open]), int(u.nextSQ[open])
	switch {
	case q < len(u.s) && (m < 0 || q < m):
		return rubyStrip(u.s[open+1 : q]), q, true
	case m >= 0:
		return rubyStrip(u.s[open+1 : m]), m, true
	}
	return "", 0, false
}

func (u *urlScanner) prepare() {
	s := u.s
	u.match = make([]int32, len(s))
	u.nextSQ = make([]int32, len(s)+1)
	var stack []int32
	for i := 0; i < len(s); i++ {
		u.match[i] = -1
		switch s[i] {
		case '(':
			stack = append(stack, int32(i))
		case ')':
			if len(stack) > 0 {
				u.match[stack[len(stack)-1]] = int32(i)
				stack = stack[:len(stack)-1]
			}
		}
	}
	u.nextSQ[len(s)] = int32(len(s))
	for i := len(s) - 1; i >= 0; i-- {
		u.nextSQ[i] = u.nextSQ[i+1]
		if isRubySpace(s[i]) && i+1 < len(s) && (s[i+1] == '"' || s[i+1] == '\'') {
			u.nextSQ[i] = int32(i)
		}
	}
}
