// Package frontmatter finds and reads the YAML front matter at the top of a
// Jekyll page, keeping the byte range of every field so that callers can edit
// one field without touching the rest of the file.
//
// Recognition is lenient so that broken headers found in real minutes (a
// byte-order mark before the block, "----" instead of "---") are still read;
// [Block.JekyllReads] says whether Jekyll itself would see the block.
//
// Bounds: Parse looks for the closing delimiter in the first MaxLines lines
// only and hands at most MaxBytes to the YAML parser, so it runs in time and
// memory linear in the size of the block, whatever the input.
package frontmatter

import (
	"bytes"
	"errors"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/yamlite"
)

// MaxLines is how many lines Parse scans for the closing delimiter.
const MaxLines = 1000

// MaxBytes is the largest front matter block handed to the YAML parser.
const MaxBytes = 64 << 10

// BOM is the UTF-8 byte-order mark.
const BOM = "\uFEFF"

// Block is a front matter block: its place in the source, its fields in file
// order, and what is wrong with it.
type Block struct {
	// Start is where the opening delimiter starts (after a BOM, if any).
	Start int
	// ContentStart and ContentEnd delimit the YAML text between the delimiter
	// lines.
	ContentStart, ContentEnd int
	// End is the offset just past the closing delimiter line (its line
	// ending included); for an unclosed block it is ContentEnd.
	End int
	// Open and Close are the delimiter lines as written, without line ending.
	Open, Close string
	// Closed is false when no closing delimiter was found.
	Closed bool
	// BOM is true when a byte-order mark precedes the block.
	BOM bool
	// Newline is the line ending of the opening line ("\n" or "\r\n").
	Newline string
	// Fields are the top-level keys in file order.
	Fields []Field
	// Err is the YAML error, if the content is not a valid YAML mapping.
	Err *Error
}

// Field is one top-level key of the front matter.
type Field struct {
	// Key is the key as YAML reads it.
	Key string
	// Value is the scalar value as YAML reads it ("" for a non-scalar).
	Value string
	// Tag is the YAML tag of the value ("!!str", "!!bool", "!!timestamp",
	// ...) as Jekyll's YAML reads it (YAML 1.1: "yes" is a boolean, "16:00"
	// an integer); see yamlite.Resolve.
	Tag string
	// Scalar is false when the value is a sequence or a mapping.
	Scalar bool
	// Line is the 1-based line number of the key in the whole source.
	Line int
	// Start and End delimit the field's lines in the source, from the start
	// of the key's line to the end of its last line (line ending included).
	Start, End int
}

// Error is a problem with the front matter, at a 1-based line of the source.
type Error struct {
	Line int
	Msg  string
	// Unsupported is true when the YAML may be valid but uses what the
	// editor's reader leaves out (anchors, tags...; see yamlite).
	Unsupported bool
}

func (e *Error) Error() string { return strconv.Itoa(e.Line) + ": " + e.Msg }

// ErrNotClosed is the message for a front matter block without its closing line.
var ErrNotClosed = errors.New("front matter is not closed: no line \"---\" after the opening \"---\"")

// JekyllReads reports whether Jekyll would treat the block as front matter:
// no byte-order mark, opening "---", closing "---" or "...".
func (b *Block) JekyllReads() bool {
	if b == nil || b.BOM || !b.Closed {
		return false
	}
	return strings.TrimRight(b.Open, " \t") == "---" &&
		(strings.TrimRight(b.Close, " \t") == "---" || strings.TrimRight(b.Close, " \t") == "...")
}

// Field returns the field with the given key, or nil.
func (b *Block) Field(key string) *Field {
	if b == nil {
		return nil
	}
	for i := range b.Fields {
		if b.Fields[i].Key == key {
			return &b.Fields[i]
		}
	}
	return nil
}

// Get returns the scalar value of key and whether the key is present.
func (b *Block) Get(key string) (string, bool) {
	f := b.Field(key)
	if f == nil {
		return "", false
	}
	return f.Value, true
}

// Map returns the scalar fields as a map (the last one wins for a repeated key).
func (b *Block) Map() map[string]string {
	m := map[string]string{}
	if b == nil {
		return m
	}
	for _, f := range b.Fields {
		m[f.Key] = f.Value
	}
	return m
}

// Parse finds the front matter at the top of src. It returns nil when src
// does not start (after an optional BOM) with a line of three or more dashes.
func Parse(src []byte) *Block {
	b := &Block{}
	pos := 0
	if bytes.HasPrefix(src, []byte(BOM)) {
		b.BOM = true
		pos = len(BOM)
	}
	open, next, nl := line(src, pos)
	if !isDashes(strings.TrimRight(open, " \t")) {
		return nil
	}
	b.Start, b.Open, b.Newline = pos, open, nl
	b.ContentStart = next
	b.ContentEnd = len(src)
	b.End = len(src)
	for p, n := next, 0; p < len(src) && n < MaxLines; n++ {
		l, after, _ := line(src, p)
		t := strings.TrimRight(l, " \t")
		if isDashes(t) || t == "..." {
			b.Closed = true
			b.Close = l
			b.ContentEnd = p
			b.End = after
			break
		}
		p = after
	}
	startLine := 1 + bytes.Count(src[:b.ContentStart], []byte("\n"))
	if !b.Closed {
		b.ContentEnd = b.ContentStart
		b.End = b.ContentStart
		b.Err = &Error{Line: startLine - 1, Msg: ErrNotClosed.Error()}
		return b
	}
	b.Fields, b.Err = fields(src, b.ContentStart, b.ContentEnd, startLine)
	return b
}

// isDashes reports whether s is three or more '-' and nothing else.
func isDashes(s string) bool {
	return len(s) >= 3 && strings.Trim(s, "-") == ""
}

// line returns the line starting at pos without its ending, the offset of
// the next line, and the ending ("", "\n" or "\r\n").
func line(src []byte, pos int) (text string, next int, nl string) {
	i := bytes.IndexByte(src[pos:], '\n')
	if i < 0 {
		return string(src[pos:]), len(src), ""
	}
	end := pos + i
	if end > pos && src[end-1] == '\r' {
		return string(src[pos : end-1]), end + 1, "\r\n"
	}
	return string(src[pos:end]), end + 1, "\n"
}

// fields reads the YAML between start and end; firstLine is the source line
// number of start.
func fields(src []byte, start, end, firstLine int) ([]Field, *Error) {
	content := src[start:end]
	if len(content) > MaxBytes {
		return nil, &Error{Line: firstLine, Msg: "front matter is too large (" + strconv.Itoa(len(content)) + " bytes, at most " + strconv.Itoa(MaxBytes) + ")"}
	}
	lineStarts := []int{start}
	for i, c := range content {
		if c == '\n' {
			lineStarts = append(lineStarts, start+i+1)
		}
	}
	doc, err := yamlite.Parse(content)
	if err != nil {
		e := err.(*yamlite.Error)
		return nil, &Error{Line: firstLine + e.Line - 1, Msg: "invalid YAML in front matter: " + e.Msg, Unsupported: e.Unsupported}
	}
	if len(doc.Content) == 0 {
		return nil, nil // empty front matter is valid
	}
	root := doc.Content[0]
	if root.Kind != yamlite.MappingNode {
		return nil, &Error{Line: firstLine + root.Line - 1, Msg: "front matter is not a list of \"key: value\" lines"}
	}
	var out []Field
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		f := Field{Key: k.Value, Tag: v.Tag, Scalar: v.Kind == yamlite.ScalarNode, Line: firstLine + k.Line - 1}
		if f.Scalar {
			f.Value = v.Value
		}
		f.Start = lineStarts[min(k.Line-1, len(lineStarts)-1)]
		out = append(out, f)
	}
	for i := range out {
		if i+1 < len(out) {
			out[i].End = out[i+1].Start
		} else {
			out[i].End = end
		}
	}
	return out, nil
}
