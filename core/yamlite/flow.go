package yamlite

// flowNode reads a node in flow context (inside [ ] or { }, or a flow
// collection in block context). Flow content may go on over several
// lines at any indentation, as in YAML.
func (p *parser) flowNode(parent int) *Node {
	switch p.cur() {
	case '[':
		return p.flowSequence(parent)
	case '{':
		return p.flowMapping(parent)
	}
	return p.scalar(parent, true)
}

// flowSpace skips blanks, line breaks and comments between flow tokens.
func (p *parser) flowSpace() {
	for {
		switch c := p.cur(); {
		case isBlank(c):
			p.pos++
		case c == '#':
			p.skipComment()
		case isBreak(c):
			p.newline()
			if p.atMarker() {
				p.fail(p.line, "found unexpected document indicator")
			}
		default:
			return
		}
	}
}

// flowSequence reads "[a, b, ...]"; a comma may follow the last entry.
func (p *parser) flowSequence(parent int) *Node {
	p.enter()
	defer p.leave()
	n := &Node{Kind: SequenceNode, Tag: SeqTag, Style: FlowStyle, Line: p.line, Column: p.column()}
	open := p.line
	p.pos++
	for {
		p.flowSpace()
		switch p.cur() {
		case ']':
			p.pos++
			return n
		case ',':
			p.fail(p.line, "did not find expected node content")
		case '?':
			p.fail(p.line, msgComplexKey)
		}
		if p.eof() {
			p.fail(open, "did not find expected ',' or ']': the [ opened on this line is not closed")
		}
		n.Content = append(n.Content, p.flowNode(parent))
		p.flowSpace()
		switch {
		case p.cur() == ']':
			p.pos++
			return n
		case p.cur() == ',':
			p.pos++
		case p.eof():
			p.fail(open, "did not find expected ',' or ']': the [ opened on this line is not closed")
		case p.cur() == ':' && p.line == open:
			p.fail(p.line, msgPairInSeq)
		case p.cur() == ':':
			p.fail(open, "did not find expected ',' or ']': is the [ opened on this line closed?")
		default:
			p.fail(p.line, "did not find expected ',' or ']'")
		}
	}
}

// flowMapping reads "{k: v, k2, ...}"; a key without ':' has a null
// value, and a comma may follow the last entry.
func (p *parser) flowMapping(parent int) *Node {
	p.enter()
	defer p.leave()
	n := &Node{Kind: MappingNode, Tag: MapTag, Style: FlowStyle, Line: p.line, Column: p.column()}
	open := p.line
	seen := map[string]int{}
	p.pos++
	for {
		p.flowSpace()
		switch c := p.cur(); {
		case c == '}':
			p.pos++
			return n
		case c == ',':
			p.fail(p.line, "did not find expected node content")
		case c == '[' || c == '{' || c == '?':
			p.fail(p.line, msgComplexKey)
		case p.eof():
			p.fail(open, "did not find expected ',' or '}': the { opened on this line is not closed")
		}
		keyStart := p.pos
		key := p.scalar(parent, true)
		if key.Style == 0 && key.Value == "<<" {
			p.fail(key.Line, msgMergeKey)
		}
		p.checkDuplicate(seen, key)
		p.flowSpace()
		var value *Node
		if p.cur() == ':' && (p.line != key.Line || len([]rune(p.src[keyStart:p.pos])) > maxKeyLength) {
			// An implicit key stays on one line, ':' included, and within
			// maxKeyLength: YAML reads "{a\n: b}" and "{a\nb: c}" as an
			// entry not followed by ',' or '}'.
			p.fail(key.Line, "did not find expected ',' or '}'")
		}
		if p.cur() == ':' {
			p.pos++
			p.flowSpace()
			if c := p.cur(); c != ',' && c != '}' && !p.eof() {
				value = p.flowNode(parent)
				p.flowSpace()
			}
		}
		if value == nil {
			value = p.null(p.mark)
		}
		n.Content = append(n.Content, key, value)
		switch {
		case p.cur() == '}':
			p.pos++
			return n
		case p.cur() == ',':
			p.pos++
		case p.eof():
			p.fail(open, "did not find expected ',' or '}': the { opened on this line is not closed")
		default:
			p.fail(p.line, "did not find expected ',' or '}'")
		}
	}
}
