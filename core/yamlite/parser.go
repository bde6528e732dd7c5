package yamlite

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxDepth is how deeply collections may nest.
const MaxDepth = 100

// maxKeyLength is the longest implicit key, in characters (YAML's limit).
const maxKeyLength = 1024

// Parse reads src, one YAML document of the supported subset, and returns
// its DocumentNode: Content holds the root node, or nothing when src has
// only comments and blank lines. Errors are *Error values.
func Parse(src []byte) (doc *Node, err error) {
	if err := checkText(src); err != nil {
		return nil, err
	}
	p := &parser{src: string(src), mark: mark{line: 1}}
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*Error)
			if !ok {
				panic(r)
			}
			doc, err = nil, e
		}
	}()
	return p.document(), nil
}

// mark is a place in the source.
type mark struct {
	pos, line, lineStart int
}

// parser reads one document. Its methods report errors by panicking with
// an *Error, which Parse recovers.
type parser struct {
	src string
	mark
	depth int
}

func (p *parser) fail(line int, msg string) {
	panic(&Error{Line: line, Msg: msg, Unsupported: unsupported[msg]})
}

// try runs f and reports whether it finished without an error; the caller
// restores the position.
func (p *parser) try(f func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, isErr := r.(*Error); !isErr {
				panic(r)
			}
			ok = false
		}
	}()
	f()
	return true
}

// enter and leave count nesting.
func (p *parser) enter() {
	if p.depth++; p.depth > MaxDepth {
		p.fail(p.line, "exceeded max depth of "+strconv.Itoa(MaxDepth))
	}
}

func (p *parser) leave() { p.depth-- }

// at returns the byte at i, or 0 past the end (checkText refuses NUL).
func (p *parser) at(i int) byte {
	if i < len(p.src) {
		return p.src[i]
	}
	return 0
}

func (p *parser) cur() byte  { return p.at(p.pos) }
func (p *parser) next() byte { return p.at(p.pos + 1) }
func (p *parser) eof() bool  { return p.pos >= len(p.src) }

// col is the byte offset of pos in its line: the indentation when pos is
// at a line's first content (indentation is made of spaces).
func (p *parser) col() int { return p.pos - p.lineStart }

// column is the 1-based character column of pos, for Node.Column.
func (p *parser) column() int { return utf8.RuneCountInString(p.src[p.lineStart:p.pos]) + 1 }

func isBlank(c byte) bool         { return c == ' ' || c == '\t' }
func isBreak(c byte) bool         { return c == '\n' || c == '\r' }
func isBreakOrEnd(c byte) bool    { return c == 0 || isBreak(c) }
func isSpaceOrEnd(c byte) bool    { return isBlank(c) || isBreakOrEnd(c) }
func isFlowIndicator(c byte) bool { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' }

// newline moves past the line break at pos.
func (p *parser) newline() {
	if p.cur() == '\r' {
		p.pos++
	}
	p.pos++
	p.line++
	p.lineStart = p.pos
}

func (p *parser) skipBlanks() {
	for isBlank(p.cur()) {
		p.pos++
	}
}

func (p *parser) skipComment() {
	for !isBreakOrEnd(p.cur()) {
		p.pos++
	}
}

// atMarker reports whether pos starts a "---" or "..." line.
func (p *parser) atMarker() bool {
	if p.col() != 0 || !isSpaceOrEnd(p.at(p.pos+3)) {
		return false
	}
	s := p.src[p.pos:]
	return strings.HasPrefix(s, "---") || strings.HasPrefix(s, "...")
}

// endLine checks that only blanks and a comment remain on the line and
// moves to the start of the next line; msg is the error otherwise.
func (p *parser) endLine(msg string) {
	p.skipBlanks()
	if p.cur() == '#' {
		p.skipComment()
	}
	if !isBreakOrEnd(p.cur()) {
		p.fail(p.line, msg)
	}
	if !p.eof() {
		p.newline()
	}
}

// skipEmptyLines moves from a line start past blank and comment lines to
// the first content of the next line, or to the end. A tab in the
// indentation is an error, as in YAML.
func (p *parser) skipEmptyLines() {
	for !p.eof() {
		for p.cur() == ' ' {
			p.pos++
		}
		switch c := p.cur(); {
		case c == '\t':
			p.fail(p.line, "found a tab character that violates indentation")
		case c == '#':
			p.skipComment()
		case !isBreakOrEnd(c):
			return
		}
		if p.eof() {
			return
		}
		p.newline()
	}
}

// document reads the whole source: an optional "---" line, a node, an
// optional "..." line, and nothing else but comments.
func (p *parser) document() *Node {
	doc := &Node{Kind: DocumentNode, Line: 1, Column: 1}
	p.skipEmptyLines()
	if p.cur() == '%' && p.col() == 0 {
		p.fail(p.line, msgDirective)
	}
	explicit := p.atMarker() && p.cur() == '-'
	if explicit {
		p.pos += 3
		p.endLine(msgMarkerLine)
		p.skipEmptyLines()
	}
	switch {
	case !p.eof() && !p.atMarker():
		doc.Line, doc.Column = p.line, p.column()
		doc.Content = []*Node{p.blockNode(-1, false)}
	case explicit:
		// "---" and nothing else is a document holding a null, placed
		// where the next token starts (the end of the stream counts as
		// a line of its own).
		m := p.mark
		if p.eof() && p.col() > 0 {
			m = mark{pos: p.pos, line: p.line + 1, lineStart: p.pos}
		}
		doc.Content = []*Node{p.null(m)}
	}
	if p.atMarker() && p.cur() == '.' {
		if doc.Content == nil {
			p.fail(p.line, "did not find expected node content")
		}
		p.pos += 3
		p.endLine("did not find expected <document start>")
		p.skipEmptyLines()
	}
	switch {
	case p.atMarker():
		p.fail(p.line, msgDocuments)
	case !p.eof():
		p.fail(p.line, "did not find expected <document start>")
	}
	return doc
}

// checkText refuses what YAML does not allow in a document (control
// characters, invalid UTF-8) and the line breaks yamlite does not handle
// (a lone CR, NEL, LS, PS), so that every line ends with "\n" or "\r\n".
func checkText(src []byte) error {
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				line++
			case c == '\r' && (i+1 == len(src) || src[i+1] != '\n'):
				return &Error{Line: line, Msg: "a carriage return without a line feed is not supported", Unsupported: true}
			case c < ' ' && c != '\t' && c != '\r' || c == 0x7f:
				return &Error{Line: line, Msg: "control characters are not allowed"}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return &Error{Line: line, Msg: "invalid UTF-8"}
		case r == 0x85 || r == 0x2028 || r == 0x2029:
			return &Error{Line: line, Msg: "the line break characters NEL, LS and PS are not supported", Unsupported: true}
		case r < 0xa0 || r == 0xfeff || r == 0xfffe || r == 0xffff:
			return &Error{Line: line, Msg: "control characters are not allowed"}
		}
		i += size
	}
	return nil
}
