package preview

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// kdTypo is a character kramdown substitutes: a smart quote, a dash, an
// ellipsis or a guillemet. out is what the website shows; raw is what
// kramdown-parser-gfm uses for heading ids.
type kdTypo struct {
	ast.BaseInline
	out, raw string
	// ateIndent marks a " >>" whose space is the last of a line's
	// indentation, which the writer then leaves out.
	ateIndent bool
}

var kindKDTypo = ast.NewNodeKind("KDTypo")

func (n *kdTypo) Kind() ast.NodeKind            { return kindKDTypo }
func (n *kdTypo) Dump(source []byte, level int) { ast.DumpHelper(n, source, level, nil, nil) }

// kdTypoParser ports kramdown's smart_quotes and typographic_syms span
// parsers (option smart_quotes lsquo,rsquo,ldquo,rdquo; entity output
// as_char): "--" en dash, "---" em dash, "..." ellipsis, "<<" and ">>"
// guillemets (with a no-break space for "<< " and " >>"), and quotes curled
// by kramdown's rules, which look at the characters around the quote.
type kdTypoParser struct{}

func (kdTypoParser) Trigger() []byte { return []byte{'\'', '"', '-', '.', '<', '>'} }

const (
	lsquo = "\u2018"
	rsquo = "\u2019"
	ldquo = "\u201C"
	rdquo = "\u201D"
	nbsp  = "\u00A0"
)

func (kdTypoParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	line, seg := block.PeekLine()
	// Five bytes are all the rules look at.
	r, start := string(line[:min(len(line), 5)]), seg.Start
	switch r[0] {
	case '-':
		if len(r) >= 3 && r[1] == '-' && r[2] == '-' {
			block.Advance(3)
			return &kdTypo{out: "\u2014", raw: "\u2014"}
		}
		if len(r) >= 2 && r[1] == '-' {
			block.Advance(2)
			return &kdTypo{out: "\u2013", raw: "\u2013"}
		}
	case '.':
		if len(r) >= 3 && r[1] == '.' && r[2] == '.' {
			block.Advance(3)
			return &kdTypo{out: "\u2026", raw: "\u2026"}
		}
	case '<':
		if len(r) >= 2 && r[1] == '<' {
			if len(r) >= 3 && r[2] == ' ' {
				block.Advance(3)
				return &kdTypo{out: "\u00AB" + nbsp, raw: "\u00AB" + nbsp}
			}
			block.Advance(2)
			return &kdTypo{out: "\u00AB", raw: "\u00AB"}
		}
	case '>':
		if len(r) >= 2 && r[1] == '>' {
			block.Advance(2)
			switch trimSpaceBefore(parent, block.Source(), start) {
			case spaceInText:
				return &kdTypo{out: nbsp + "\u00BB", raw: nbsp + "\u00BB"}
			case spaceInIndent:
				return &kdTypo{out: nbsp + "\u00BB", raw: nbsp + "\u00BB", ateIndent: true}
			}
			return &kdTypo{out: "\u00BB", raw: "\u00BB"}
		}
	case '\'', '"':
		return smartQuote(parent, block, r, start)
	}
	return nil
}

const (
	noSpace = iota
	spaceInText
	spaceInIndent
)

// trimSpaceBefore takes the space just before offset for " >>", which
// kramdown matches with its leading space: from the preceding text node, or
// from the indentation of the line.
func trimSpaceBefore(parent ast.Node, src []byte, off int) int {
	t, ok := parent.LastChild().(*ast.Text)
	if !ok || off == 0 || src[off-1] != ' ' {
		return noSpace
	}
	if t.Segment.Stop == off {
		t.Segment = t.Segment.WithStop(off - 1)
		return spaceInText
	}
	if t.SoftLineBreak() || t.HardLineBreak() {
		return spaceInIndent
	}
	return noSpace
}

// smartQuote applies kramdown's SQ_RULES in order. kramdown matches the
// rules at the character before the quote unless a span element (code,
// link, emphasis, another quote...) consumed that character, in which case
// the rules start at the quote itself.
func smartQuote(parent ast.Node, block text.Reader, r string, start int) ast.Node {
	src := block.Source()
	q := r[0]
	after := r[1:]
	prev, hasPrev := byte(0), false
	if t, ok := parent.LastChild().(*ast.Text); ok && !atParagraphStart(src, start) && t.Segment.Stop <= start {
		prev, hasPrev = src[start-1], true
	}
	left, right := lsquo, rsquo
	if q == '"' {
		left, right = ldquo, rdquo
	}
	one := func(out string) ast.Node {
		block.Advance(1)
		return &kdTypo{out: out, raw: out}
	}
	pair := func(first, second string) ast.Node {
		block.Advance(2)
		return &kdTypo{out: first + second, raw: first + second}
	}
	ws := hasPrev && isRubySpace(prev)
	// R1, R2: only when the rules start at the quote.
	if !hasPrev {
		if n := countAny(after, "_*", 2); n == 2 || (n == 1 && len(after) > 1 && !isRubySpace(after[1])) {
			return one(left)
		}
		if len(after) > 0 && isASCIIPunct(after[0]) && !(len(after) >= 3 && after[1] == '.' && after[2] == '.') &&
			(len(after) < 2 || !isRubyWord(after[1])) {
			return one(right)
		}
	}
	// R3, R4: "' and '" before a word character.
	if (ws || !hasPrev) && len(after) >= 2 && isRubyWord(after[1]) {
		if q == '"' && after[0] == '\'' {
			return pair(ldquo, lsquo)
		}
		if q == '\'' && after[0] == '"' {
			return pair(lsquo, ldquo)
		}
	}
	// R5: '90s.
	if (ws || !hasPrev) && q == '\'' && len(after) >= 3 && isDigit(after[0]) && isDigit(after[1]) && after[2] == 's' {
		return one(rsquo)
	}
	// R6: opening quote after whitespace, before a word character.
	if ws && len(after) > 0 && isRubyWord(after[0]) {
		return one(left)
	}
	// R7: closing quote after a character that can end a word.
	if hasPrev && isSQClose(prev) {
		return one(right)
	}
	if !hasPrev && len(after) > 0 && (after[0] == '\'' || after[0] == '"') {
		// The quote itself is the "closing" character: it stays as typed
		// and the next quote closes.
		block.Advance(1)
		return ast.NewTextSegment(text.NewSegment(start, start+1))
	}
	// R8: closing quote before whitespace, "s" or the end of the line.
	if !hasPrev && (len(after) == 0 || isRubySpace(after[0]) ||
		(after[0] == 's' && (len(after) == 1 || !isRubyWord(after[1])))) {
		return one(right)
	}
	// R9, R10.
	return one(left)
}

func countAny(s, set string, max int) int {
	n := 0
	for n < len(s) && n < max && (s[n] == set[0] || s[n] == set[1]) {
		n++
	}
	return n
}

// isSQClose matches kramdown's SQ_CLOSE: a character after which a quote
// closes, i.e. not whitespace, a backslash or an opening bracket or dash.
func isSQClose(c byte) bool {
	switch c {
	case ' ', '\\', '\t', '\r', '\n', '[', '{', '(', '-':
		return false
	}
	return true
}

// isRubyWord matches Ruby's \w on a byte: ASCII letters, digits and "_".
func isRubyWord(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '_' }

func isASCIIPunct(c byte) bool {
	return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
}
