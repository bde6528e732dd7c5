package yamlite

import "strconv"

// Error is a problem in a document, at a 1-based line.
type Error struct {
	Line int
	Msg  string
	// Unsupported is true when the document may be valid YAML that uses
	// what yamlite leaves out (anchors, tags, several documents...), so
	// that callers can word the message differently from a syntax error.
	Unsupported bool
}

// Error returns "yaml: line N: message", as yaml.v3 words its errors.
func (e *Error) Error() string {
	return "yaml: line " + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Messages for what the subset leaves out.
const (
	msgAnchor     = "anchors and aliases (& and *) are not supported"
	msgTag        = "tags (!) are not supported"
	msgDirective  = "directives (%) are not supported"
	msgComplexKey = "complex keys (? or a [ ] or { } key) are not supported"
	msgMergeKey   = "merge keys (<<) are not supported"
	msgDocuments  = "several documents in one are not supported"
	msgPairInSeq  = "a key: value pair inside [ ] is not supported"
	msgSymbol     = "a plain value starting with ':' is a Ruby symbol, which Jekyll refuses; quote it"
	msgFlowPlain  = "'?' or ':' before a bracket in a plain value inside [ ] or { } is not supported; quote the value"
	msgMarkerLine = "a node on the \"---\" line is not supported; start it on the next line"
)

// unsupported holds the messages of Errors that are Unsupported.
var unsupported = map[string]bool{
	msgAnchor: true, msgTag: true, msgDirective: true, msgComplexKey: true, msgMergeKey: true,
	msgDocuments: true, msgPairInSeq: true, msgFlowPlain: true, msgMarkerLine: true,
}
