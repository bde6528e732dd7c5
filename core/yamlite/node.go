package yamlite

// Kind is the kind of a Node; the values are yaml.v3's.
type Kind uint32

// The kinds of node.
const (
	DocumentNode Kind = 1 << iota
	SequenceNode
	MappingNode
	ScalarNode
)

// Style is how a node was written; the values are yaml.v3's.
type Style uint32

// The styles of node. Plain scalars and block collections have style 0.
const (
	TaggedStyle Style = 1 << iota
	DoubleQuotedStyle
	SingleQuotedStyle
	LiteralStyle
	FoldedStyle
	FlowStyle
)

// The tags Parse gives nodes.
const (
	NullTag      = "!!null"
	BoolTag      = "!!bool"
	IntTag       = "!!int"
	FloatTag     = "!!float"
	TimestampTag = "!!timestamp"
	StrTag       = "!!str"
	SeqTag       = "!!seq"
	MapTag       = "!!map"
)

// Node is one node of a document: the document itself, a mapping (Content
// holds keys and values in turn), a sequence or a scalar.
type Node struct {
	Kind  Kind
	Style Style
	// Tag is the resolved tag, one of the *Tag constants.
	Tag string
	// Value is the text of a scalar, after unquoting and folding.
	Value string
	// Content holds the children: the root of a document, the entries of a
	// sequence, the keys and values of a mapping.
	Content []*Node
	// Line and Column are where the node starts, 1-based; Column counts
	// characters.
	Line, Column int
}

// Get returns the value of key in a mapping node, or nil.
func (n *Node) Get(key string) *Node {
	if n == nil || n.Kind != MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
