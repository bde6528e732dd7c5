package yamlite

import "unicode/utf8"

// quoted reads a single- or double-quoted scalar, which may go on over
// several lines (folded as in a plain scalar). pos is left after the
// closing quote.
func (p *parser) quoted() *Node {
	quote, open := p.cur(), p.line
	n := &Node{Kind: ScalarNode, Tag: StrTag, Style: DoubleQuotedStyle, Line: p.line, Column: p.column()}
	if quote == '\'' {
		n.Style = SingleQuotedStyle
	}
	p.pos++
	var b []byte
	for {
		if p.atMarker() {
			p.fail(p.line, "found unexpected document indicator")
		}
		if p.eof() {
			p.fail(open, "found unexpected end of stream: the quote opened on this line is not closed")
		}
		escapedBreak := false
	chars:
		for !isSpaceOrEnd(p.cur()) {
			switch c := p.cur(); {
			case c == '\'' && quote == '\'' && p.next() == '\'':
				b = append(b, '\'')
				p.pos += 2
			case c == quote:
				break chars
			case c == '\\' && quote == '"' && isBreak(p.next()):
				p.pos++
				p.newline()
				escapedBreak = true
				break chars
			case c == '\\' && quote == '"':
				b = p.escape(b)
			default:
				_, size := utf8.DecodeRuneInString(p.src[p.pos:])
				b = append(b, p.src[p.pos:p.pos+size]...)
				p.pos += size
			}
		}
		if p.cur() == quote {
			break
		}
		b = p.space(escapedBreak, 0).fold(b, !escapedBreak)
	}
	p.pos++
	n.Value = string(b)
	return n
}

// simpleEscapes maps the escapes of one character to their value.
var simpleEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v",
	'f': "\f", 'r': "\r", 'e': "\x1b", ' ': " ", '"': "\"", '\'': "'", '\\': "\\",
	'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// escape reads the escape sequence at pos (yaml.v3's set) and appends its
// value.
func (p *parser) escape(b []byte) []byte {
	c := p.next()
	if s, ok := simpleEscapes[c]; ok {
		p.pos += 2
		return append(b, s...)
	}
	digits := 0
	switch c {
	case 'x':
		digits = 2
	case 'u':
		digits = 4
	case 'U':
		digits = 8
	default:
		p.fail(p.line, "found unknown escape character")
	}
	p.pos += 2
	var r rune
	for i := 0; i < digits; i++ {
		d := hexValue(p.cur())
		if d < 0 {
			p.fail(p.line, "did not find expected hexdecimal number")
		}
		r = r<<4 | rune(d)
		p.pos++
	}
	if r >= 0xd800 && r <= 0xdfff || r > 0x10ffff {
		p.fail(p.line, "found invalid Unicode character escape code")
	}
	return utf8.AppendRune(b, r)
}

func hexValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
