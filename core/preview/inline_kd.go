package preview

import (
	"strings"

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

// rest returns the source from the reader's position to the end of the
// current paragraph (texts in the batch buffer are separated by "\n\n"),
// and that position.
func rest(block text.Reader) (string, int) {
	src := block.Source()
	_, pos := block.Position()
	end := pos.Start
	for end < len(src) && !(src[end] == '\n' && end+1 < len(src) && src[end+1] == '\n') {
		end++
	}
	return string(src[pos.Start:end]), pos.Start
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
	r, start := rest(block)
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
	close := strings.Index(r[n:], r[:n])
	if close < 0 {
		return literal()
	}
	code := r[n : n+close]
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
	line, _ := block.PeekLine()
	s := string(line)
	end := strings.IndexAny(s, ">\n")
	if end < 2 || s[end] != '>' {
		return nil
	}
	inner := s[1:end]
	for _, scheme := range []string{"mailto:", "http:", "https:", "ftp:", "ftps:"} {
		if strings.HasPrefix(inner, scheme) && len(inner) > len(scheme) {
			block.Advance(end + 1)
			return &kdAutoLink{href: inner, text: strings.TrimPrefix(inner, "mailto:")}
		}
	}
	at := strings.IndexByte(inner, '@')
	if at > 0 && at < len(inner)-1 && isAutoLinkChars(inner[:at]) && isAutoLinkChars(inner[at+1:]) {
		block.Advance(end + 1)
		return &kdAutoLink{href: "mailto:" + inner, text: inner}
	}
	return nil
}

// isAutoLinkChars matches kramdown's ACHARS: letters, digits, "-", "_", ".".
func isAutoLinkChars(s string) bool {
	for _, r := range s {
		if !(isAlnumRune(r) || r == '-' || r == '_' || r == '.') {
			return false
		}
	}
	return true
}

// kdStrikeParser ports kramdown-parser-gfm's strikethrough: "~~" not
// followed by a space or "~", up to the first "~~" that follows a
// character other than a space or "~".
type kdStrikeParser struct{}

var strikeClosers = parser.NewContextKey()

func (kdStrikeParser) Trigger() []byte { return []byte{'~'} }

func (kdStrikeParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	r, start := rest(block)
	if !strings.HasPrefix(r, "~~") {
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
	return nil
}

func pushStrike(block text.Reader, pc parser.Context, start int, open bool) ast.Node {
	d := parser.NewDelimiter(open, !open, 2, '~', strikeProcessor{})
	d.Segment = text.NewSegment(start, start+2)
	block.Advance(2)
	pc.PushDelimiter(d)
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
	r, start := rest(block)
	if !strings.HasPrefix(r, "$$") {
		return nil
	}
	end := strings.Index(r[2:], "$$")
	if end < 0 {
		return nil
	}
	advanceTo(block, start+2+end+2)
	return &kdMath{text: r[2 : 2+end]}
}

// rewriteSpacedLinks rewrites inline link destinations that contain
// whitespace, which kramdown accepts and CommonMark does not, into the
// "<...>" form goldmark accepts: "[a](x y)" becomes "[a](<x y>)".
func rewriteSpacedLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := strings.Index(s, "]("); i >= 0; {
		open := i + 1
		if i > 0 && s[i-1] == '\\' {
			i = nextIndex(s, open, "](")
			continue
		}
		url, end, ok := kramdownLinkURL(s, open)
		if ok && strings.ContainsAny(url, " \t") && !strings.ContainsAny(url, "<>\n") {
			b.WriteString(s[last : open+1])
			b.WriteString("<" + url + ">")
			last = end
		}
		i = nextIndex(s, open, "](")
	}
	if last == 0 {
		return s
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
				return strings.TrimSpace(s[open+1 : k]), k, true
			}
		case isRubySpace(c) && k+1 < len(s) && (s[k+1] == '"' || s[k+1] == '\''):
			u := strings.TrimSpace(s[open+1 : k])
			return u, k, true
		}
	}
	return "", 0, false
}
