package yamlite

// blockScalar reads a literal (|) or folded (>) block scalar; parent is
// the indentation of the enclosing block collection. It ports yaml.v3's
// (libyaml's) scanner: the indentation is the header's digit added to
// parent's, else that of the first non-empty line; folding joins lines
// that start without a blank; chomping "-" drops the final line break,
// "+" keeps the trailing empty lines. pos is left at the first content of
// the line after the scalar.
func (p *parser) blockScalar(parent int) *Node {
	literal, open := p.cur() == '|', p.line
	n := &Node{Kind: ScalarNode, Tag: StrTag, Style: FoldedStyle, Line: p.line, Column: p.column()}
	if literal {
		n.Style = LiteralStyle
	}
	p.pos++
	chomp, increment := p.blockHeader()
	p.skipBlanks()
	if p.cur() == '#' {
		p.skipComment()
	}
	if !isBreakOrEnd(p.cur()) {
		p.fail(open, "did not find expected comment or line break")
	}
	if !p.eof() {
		p.newline()
	}
	indent := 0
	if increment > 0 {
		indent = max(parent, 0) + increment
	}
	var b []byte
	pendingBreak, leadingBlank := false, false
	breaks := p.blockBreaks(&indent, parent)
	for p.col() == indent && !p.eof() {
		trailingBlank := isBlank(p.cur())
		if !literal && pendingBreak && !leadingBlank && !trailingBlank {
			if breaks == 0 {
				b = append(b, ' ')
			}
		} else if pendingBreak {
			b = append(b, '\n')
		}
		for ; breaks > 0; breaks-- {
			b = append(b, '\n')
		}
		leadingBlank = trailingBlank
		start := p.pos
		p.skipComment() // to the end of the line
		b = append(b, p.src[start:p.pos]...)
		pendingBreak = isBreak(p.cur())
		if pendingBreak {
			p.newline()
		}
		breaks = p.blockBreaks(&indent, parent)
	}
	if chomp != '-' && pendingBreak {
		b = append(b, '\n')
	}
	for ; chomp == '+' && breaks > 0; breaks-- {
		b = append(b, '\n')
	}
	n.Value = string(b)
	return n
}

// blockHeader reads the chomping indicator and the indentation digit, in
// either order.
func (p *parser) blockHeader() (chomp byte, increment int) {
	for i := 0; i < 2; i++ {
		switch c := p.cur(); {
		case (c == '+' || c == '-') && chomp == 0:
			chomp = c
		case c == '0' && increment == 0:
			p.fail(p.line, "found an indentation indicator equal to 0")
		case '1' <= c && c <= '9' && increment == 0:
			increment = int(c - '0')
		default:
			return chomp, increment
		}
		p.pos++
	}
	return chomp, increment
}

// blockBreaks skips the indentation and the empty lines before a line of
// a block scalar and returns how many line breaks it passed. When indent
// is 0 it sets it from the first non-empty line.
func (p *parser) blockBreaks(indent *int, parent int) (breaks int) {
	maxIndent := 0
	for {
		for (*indent == 0 || p.col() < *indent) && p.cur() == ' ' {
			p.pos++
		}
		maxIndent = max(maxIndent, p.col())
		if (*indent == 0 || p.col() < *indent) && p.cur() == '\t' {
			p.fail(p.line, "found a tab character where an indentation space is expected")
		}
		if !isBreak(p.cur()) {
			break
		}
		breaks++
		p.newline()
	}
	if *indent == 0 {
		*indent = max(maxIndent, parent+1, 1)
	}
	return breaks
}
