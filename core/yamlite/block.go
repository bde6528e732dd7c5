package yamlite

import "strconv"

// blockNode reads the node at pos in block context and leaves pos at the
// first content of the next line with content (or at the end). parent is
// the indentation of the enclosing block collection (-1 at the top).
// inValue is true for a node that follows "key: " on the same line, where
// neither a block sequence nor another key may start.
func (p *parser) blockNode(parent int, inValue bool) *Node {
	p.enter()
	defer p.leave()
	line, c := p.line, p.cur()
	switch {
	case c == '-' && isSpaceOrEnd(p.next()):
		if inValue {
			p.fail(line, "block sequence entries are not allowed in this context")
		}
		return p.blockSequence(p.col(), false)
	case c == '?' && isSpaceOrEnd(p.next()):
		if inValue {
			p.fail(line, "mapping keys are not allowed in this context")
		}
		p.fail(line, msgComplexKey)
	case c == ':' && isSpaceOrEnd(p.next()):
		p.fail(line, "did not find expected key")
	case c == '|' || c == '>':
		n := p.blockScalar(parent)
		p.skipEmptyLines()
		return n
	case c == '[' || c == '{':
		n := p.flowNode(parent)
		p.skipBlanks()
		if p.cur() == ':' && isSpaceOrEnd(p.next()) {
			if inValue {
				p.fail(p.line, "mapping values are not allowed in this context")
			}
			p.fail(line, msgComplexKey)
		}
		p.endLine("did not find expected key")
		p.skipEmptyLines()
		return n
	}
	if p.keyAhead() {
		if inValue {
			p.fail(line, "mapping values are not allowed in this context")
		}
		return p.blockMapping(p.col())
	}
	n := p.scalar(parent, false)
	p.skipBlanks()
	if p.cur() == ':' && isSpaceOrEnd(p.next()) {
		// A plain scalar went on over several lines into a "key: value".
		p.fail(p.line, "mapping values are not allowed in this context")
	}
	p.endLine("did not find expected key")
	p.skipEmptyLines()
	return n
}

// keyAhead reports whether pos starts an implicit key: a scalar on this
// line followed by ':' and a space or the line end.
func (p *parser) keyAhead() bool {
	save := p.mark
	defer func() { p.mark = save }()
	if c := p.cur(); c == '\'' || c == '"' {
		if !p.try(func() { p.quoted() }) || p.line != save.line {
			return false
		}
		p.skipBlanks()
		return p.cur() == ':' && isSpaceOrEnd(p.next())
	}
	for ; !isBreakOrEnd(p.cur()); p.pos++ {
		switch {
		case p.cur() == ':' && isSpaceOrEnd(p.next()):
			return true
		case isBlank(p.cur()) && p.next() == '#':
			return false
		}
	}
	return false
}

// blockMapping reads a block mapping whose keys are at indentation indent.
func (p *parser) blockMapping(indent int) *Node {
	n := &Node{Kind: MappingNode, Tag: MapTag, Line: p.line, Column: p.column()}
	seen := map[string]int{}
	for {
		key := p.mappingKey()
		p.checkDuplicate(seen, key)
		n.Content = append(n.Content, key, p.mappingValue(indent))
		if p.eof() || p.atMarker() || p.col() < indent {
			return n
		}
		if p.col() > indent || p.cur() == '-' && isSpaceOrEnd(p.next()) {
			p.fail(p.line, "did not find expected key")
		}
		if c := p.cur(); c == '[' || c == '{' || c == '?' && isSpaceOrEnd(p.next()) {
			p.fail(p.line, msgComplexKey)
		}
		if !p.keyAhead() {
			p.fail(p.line, "could not find expected ':'")
		}
	}
}

// checkDuplicate fails when a mapping has the key already.
func (p *parser) checkDuplicate(seen map[string]int, key *Node) {
	id := key.Tag + "\x00" + key.Value
	if line, dup := seen[id]; dup {
		p.fail(key.Line, "mapping key "+strconv.Quote(key.Value)+" already defined at line "+strconv.Itoa(line))
	}
	seen[id] = key.Line
}

// mappingKey reads a key and the ':' after it.
func (p *parser) mappingKey() *Node {
	line, start, c := p.line, p.pos, p.cur()
	var key *Node
	switch {
	case c == '[' || c == '{' || c == '?' && isSpaceOrEnd(p.next()):
		p.fail(line, msgComplexKey)
	case c == '\'' || c == '"':
		key = p.quoted()
	default:
		p.checkPlainStart(false)
		key = p.plainKey()
		if key.Value == "<<" {
			p.fail(line, msgMergeKey)
		}
	}
	if n := len([]rune(p.src[start:p.pos])); n > maxKeyLength {
		p.fail(line, "a key may be at most "+strconv.Itoa(maxKeyLength)+" characters long")
	}
	p.skipBlanks()
	if p.cur() != ':' || !isSpaceOrEnd(p.next()) {
		p.fail(line, "could not find expected ':'")
	}
	p.pos++
	return key
}

// plainKey reads a plain key, which ends at the first ": " of its line.
func (p *parser) plainKey() *Node {
	n := &Node{Kind: ScalarNode, Line: p.line, Column: p.column()}
	start, end := p.pos, p.pos
	for !(p.cur() == ':' && isSpaceOrEnd(p.next())) {
		if !isBlank(p.cur()) {
			end = p.pos + 1
		}
		p.pos++
	}
	p.pos = end
	n.Value = p.src[start:end]
	p.resolve(n)
	return n
}

// mappingValue reads the value after "key:"; a value on the next lines
// must be indented more than the key, except a sequence, which may start
// at the key's indentation.
func (p *parser) mappingValue(indent int) *Node {
	empty := p.mark
	p.skipBlanks()
	if p.cur() != '#' && !isBreakOrEnd(p.cur()) {
		return p.blockNode(indent, true)
	}
	p.endLine("")
	p.skipEmptyLines()
	switch {
	case p.eof() || p.atMarker():
	case p.col() > indent:
		return p.blockNode(indent, false)
	case p.col() == indent && p.cur() == '-' && isSpaceOrEnd(p.next()):
		return p.blockSequence(indent, true)
	}
	return p.null(empty)
}

// null returns an empty value at m, as yaml.v3 places it.
func (p *parser) null(m mark) *Node {
	return &Node{Kind: ScalarNode, Tag: NullTag, Line: m.line, Column: len([]rune(p.src[m.lineStart:m.pos])) + 1}
}

// blockSequence reads a block sequence whose "-" are at indentation
// indent; indentless is true for one at the indentation of its mapping
// key, which ends at the next key.
func (p *parser) blockSequence(indent int, indentless bool) *Node {
	p.enter()
	defer p.leave()
	n := &Node{Kind: SequenceNode, Tag: SeqTag, Line: p.line, Column: p.column()}
	for {
		p.pos++ // the '-'
		empty := p.mark
		for p.cur() == ' ' {
			p.pos++
		}
		var entry *Node
		switch {
		case p.cur() == '\t':
			p.fail(p.line, "found character that cannot start any token")
		case p.cur() != '#' && !isBreakOrEnd(p.cur()):
			entry = p.blockNode(indent, false)
		default:
			p.endLine("")
			p.skipEmptyLines()
			if !p.eof() && !p.atMarker() && p.col() > indent {
				entry = p.blockNode(indent, false)
			} else {
				entry = p.null(empty)
			}
		}
		n.Content = append(n.Content, entry)
		switch {
		case p.eof() || p.atMarker() || p.col() < indent:
			return n
		case p.col() == indent && p.cur() == '-' && isSpaceOrEnd(p.next()):
			continue
		case p.col() == indent && indentless:
			return n
		}
		p.fail(p.line, "did not find expected '-' indicator")
	}
}
