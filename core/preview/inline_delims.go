package preview

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Emphasis and strikethrough delimiters are matched after the parse, not
// by goldmark's ProcessDelimiters: for each closer it walks back over
// every delimiter before it, so that "*a_ " repeated (openers that a
// closer of the other kind never matches) is quadratic. The parsers below
// make the same delimiter nodes as goldmark's but leave them off the
// context's list; matchDelimiters then pairs them with goldmark's rules
// and, as CommonMark's algorithm does, remembers per kind of closer below
// which no opener can match it ("openers bottom"), which keeps it linear.
// Delimiters inside a link are matched among themselves, as goldmark does
// when the link closes.

// deferDelimiters is false only in tests that compare with goldmark's own
// processing.
var deferDelimiters = true

// pushDelimiter records d for matching.
func pushDelimiter(pc parser.Context, d *parser.Delimiter) {
	if !deferDelimiters {
		pc.PushDelimiter(d)
	}
}

// kdEmphasisParser is goldmark's emphasis parser, with pushDelimiter.
type kdEmphasisParser struct{}

func (kdEmphasisParser) Trigger() []byte { return []byte{'*', '_'} }

func (kdEmphasisParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	node := parser.ScanDelimiter(line, before, 1, emphasisProcessor{})
	if node == nil {
		return nil
	}
	node.Segment = segment.WithStop(segment.Start + node.OriginalLength)
	block.Advance(node.OriginalLength)
	pushDelimiter(pc, node)
	return node
}

type emphasisProcessor struct{}

func (emphasisProcessor) IsDelimiter(b byte) bool { return b == '*' || b == '_' }
func (emphasisProcessor) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}
func (emphasisProcessor) OnMatch(consumes int) ast.Node { return ast.NewEmphasis(consumes) }

// ghStrikeParser is goldmark's GFM strikethrough parser, with
// pushDelimiter.
type ghStrikeParser struct{}

func (ghStrikeParser) Trigger() []byte { return []byte{'~'} }

func (ghStrikeParser) Parse(parent ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, segment := block.PeekLine()
	node := parser.ScanDelimiter(line, before, 1, ghStrikeProcessor{})
	if node == nil || node.OriginalLength > 2 || before == '~' {
		return nil
	}
	node.Segment = segment.WithStop(segment.Start + node.OriginalLength)
	block.Advance(node.OriginalLength)
	pushDelimiter(pc, node)
	return node
}

type ghStrikeProcessor struct{}

func (ghStrikeProcessor) IsDelimiter(b byte) bool { return b == '~' }
func (ghStrikeProcessor) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}
func (ghStrikeProcessor) OnMatch(consumes int) ast.Node { return east.NewStrikethrough() }

// delimiterTransformer matches the delimiters of a GitHub-mode document.
type delimiterTransformer struct{}

func (delimiterTransformer) Transform(doc *ast.Document, _ text.Reader, _ parser.Context) {
	if deferDelimiters {
		processDelimiters(doc)
	}
}

// processDelimiters matches the delimiters among the children of n, and
// of every node below it, each list on its own.
func processDelimiters(n ast.Node) {
	var ds []*parser.Delimiter
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if d, ok := c.(*parser.Delimiter); ok {
			ds = append(ds, d)
		} else if c.HasChildren() {
			processDelimiters(c)
		}
	}
	if len(ds) > 0 {
		matchDelimiters(ds)
	}
}

// closerKind is what decides which openers a closer accepts under
// goldmark's rules (Delimiter.CalcComsumption): its character, whether it
// can open, its length modulo 3.
type closerKind struct {
	char    byte
	canOpen bool
	mod3    int
}

// matchDelimiters is goldmark's ProcessDelimiters over the delimiters ds
// (siblings, in order), with openers bottoms.
func matchDelimiters(ds []*parser.Delimiter) {
	n := len(ds)
	prev, next := make([]int, n), make([]int, n)
	for i := range ds {
		prev[i], next[i] = i-1, i+1
	}
	next[n-1] = -1
	head := 0
	remove := func(i int) {
		if prev[i] >= 0 {
			next[prev[i]] = next[i]
		} else {
			head = next[i]
		}
		if next[i] >= 0 {
			prev[next[i]] = prev[i]
		}
		d := ds[i]
		if d.Length != 0 {
			ast.MergeOrReplaceTextSegment(d.Parent(), d, d.Segment)
		} else {
			d.Parent().RemoveChild(d.Parent(), d)
		}
	}
	// bottom[k]: no opener at an index at or below it matches a closer of
	// kind k (openers are never added before a closer, only removed).
	bottom := map[closerKind]int{}
	for closer := head; closer >= 0; {
		c := ds[closer]
		if !c.CanClose {
			closer = next[closer]
			continue
		}
		kind := closerKind{c.Char, c.CanOpen, c.OriginalLength % 3}
		floor, known := bottom[kind]
		if !known {
			floor = -1
		}
		opener, consume := -1, 0
		for o := prev[closer]; o > floor; o = prev[o] {
			od := ds[o]
			if od.CanOpen && od.Processor.CanOpenCloser(od, c) {
				if k := od.CalcComsumption(c); k > 0 {
					opener, consume = o, k
					break
				}
			}
		}
		if opener < 0 {
			bottom[kind] = prev[closer]
			nx := next[closer]
			if !c.CanOpen {
				remove(closer)
			}
			closer = nx
			continue
		}
		o := ds[opener]
		o.ConsumeCharacters(consume)
		c.ConsumeCharacters(consume)
		node := o.Processor.OnMatch(consume)
		if p, ok := node.(interface{ SetPos(int) }); ok {
			p.SetPos(o.Segment.Start)
		}
		parent := o.Parent()
		for child := o.NextSibling(); child != nil && child != ast.Node(c); {
			nx := child.NextSibling()
			node.AppendChild(node, child)
			child = nx
		}
		parent.InsertAfter(parent, o, node)
		for i := next[opener]; i >= 0 && i != closer; {
			nx := next[i]
			remove(i)
			i = nx
		}
		if o.Length == 0 {
			remove(opener)
		}
		if c.Length == 0 {
			nx := next[closer]
			remove(closer)
			closer = nx
		}
	}
	// goldmark's ClearDelimiters: the rest become text, last first.
	last := -1
	for i := head; i >= 0; i = next[i] {
		last = i
	}
	for i := last; i >= 0; {
		p := prev[i]
		remove(i)
		i = p
	}
}
