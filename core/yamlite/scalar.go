package yamlite

import (
	"strings"
	"unicode/utf8"
)

// scalar reads a quoted or plain scalar.
func (p *parser) scalar(parent int, flow bool) *Node {
	if c := p.cur(); c == '\'' || c == '"' {
		return p.quoted()
	}
	p.checkPlainStart(flow)
	return p.plain(parent, flow)
}

// checkPlainStart fails when pos cannot start a plain scalar, naming what
// the character would start instead.
func (p *parser) checkPlainStart(flow bool) {
	c, next := p.cur(), p.next()
	switch c {
	case '&', '*':
		p.fail(p.line, msgAnchor)
	case '!':
		p.fail(p.line, msgTag)
	case '|', '>', '%', '@', '`', '#':
		p.fail(p.line, "found character that cannot start any token")
	case ',', '[', ']', '{', '}':
		p.fail(p.line, "did not find expected node content")
	case '-', '?', ':':
		switch {
		case isSpaceOrEnd(next) || flow && isFlowIndicator(next):
			p.fail(p.line, "did not find expected node content")
		case c == ':':
			p.fail(p.line, msgSymbol)
		case c == '?' && flow:
			p.fail(p.line, msgComplexKey)
		}
	}
}

// resolve tags a plain scalar.
func (p *parser) resolve(n *Node) {
	tag, err := Resolve(n.Value)
	if err != nil {
		p.fail(n.Line, err.Error())
	}
	n.Tag = tag
}

// plain reads a plain scalar, folding its lines as YAML does: one line
// break becomes a space, each further one a "\n". It ends before ": ",
// " #", a line indented no more than parent (in block context), a
// document marker, and in flow context before ",[]{}". pos is left just
// after its last character.
func (p *parser) plain(parent int, flow bool) *Node {
	n := &Node{Kind: ScalarNode, Line: p.line, Column: p.column()}
	var (
		b         []byte
		gap       space // the white space since the last character
		end       = p.mark
		minColumn = parent + 1
	)
	for {
		if p.atMarker() || p.cur() == '#' {
			break
		}
		for !isSpaceOrEnd(p.cur()) {
			c := p.cur()
			if c == ':' && isSpaceOrEnd(p.next()) {
				break
			}
			if flow {
				if isFlowIndicator(c) {
					break
				}
				if c == '?' || c == ':' && isFlowIndicator(p.next()) {
					p.fail(p.line, msgFlowPlain)
				}
			}
			b, gap = gap.fold(b, true), space{}
			_, size := utf8.DecodeRuneInString(p.src[p.pos:])
			b = append(b, p.src[p.pos:p.pos+size]...)
			p.pos += size
			end = p.mark
		}
		if !isBlank(p.cur()) && !isBreak(p.cur()) {
			break
		}
		gap = p.space(false, minColumn)
		if !flow && p.col() < minColumn {
			break
		}
	}
	p.mark = end
	n.Value = string(b)
	p.resolve(n)
	return n
}

// space is the white space between two pieces of a plain or quoted
// scalar.
type space struct {
	blanks string // the blanks, when no line break follows them
	broken bool   // a line break was passed
	breaks int    // further line breaks
}

// space skips blanks and line breaks. broken is true after an escaped line
// break, which counts as the first. A tab left of tabColumn at the start
// of a continuation line is an error (0: no limit).
func (p *parser) space(broken bool, tabColumn int) space {
	sp, start := space{broken: broken}, p.pos
	for isBlank(p.cur()) || isBreak(p.cur()) {
		if isBreak(p.cur()) {
			if sp.broken {
				sp.breaks++
			}
			sp.broken = true
			p.newline()
			continue
		}
		if sp.broken && p.cur() == '\t' && p.col() < tabColumn {
			p.fail(p.line, "found a tab character that violates indentation")
		}
		p.pos++
	}
	if !sp.broken {
		sp.blanks = p.src[start:p.pos]
	}
	return sp
}

// fold appends what the white space stands for: the blanks within a
// line; across lines a space for one line break (unless join is false,
// after an escaped line break) and a "\n" for each further one.
func (sp space) fold(b []byte, join bool) []byte {
	switch {
	case !sp.broken:
		return append(b, sp.blanks...)
	case sp.breaks == 0 && join:
		return append(b, ' ')
	}
	return append(b, strings.Repeat("\n", sp.breaks)...)
}
