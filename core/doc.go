// Package core is the minutes model: it reads meeting minutes written in
// Markdown into a document of sections, blocks and list items, finds the
// meeting's facts in them, and edits them by structure.
//
// The source is the single truth. Parsing records the byte range of every
// section, block and item; every edit is a set of splices of the source
// followed by a new parse. A document read and written with no edit is
// therefore byte for byte its source, with BOM, CRLF, U+00A0, trailing
// spaces, tabs and odd indentation; and an edit changes only the lines of
// what it edits.
//
// Bounds: Parse refuses input over MaxSize bytes, with a NUL byte, or that is
// not UTF-8, with an *Error that names the line. It runs in time and memory
// linear in the size of its input (goldmark's block parser is linear, the
// model adds one pass); items nested deeper than MaxDepth are kept as text of
// their ancestor, not modelled, so that 10 000 levels of nesting cost no
// more than any other text. Where goldmark itself is super-linear, it is
// bounded: blockquotes nest at most MaxDepth deep (deeper markers are
// text), and a long paragraph's link reference definitions are read
// through windows (core/internal/linkrefs).
package core

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/cpansec/minutes/core/frontmatter"
)

// MaxSize is the largest source Parse reads: larger than any minutes by a
// thousand times, small enough to parse in about a second.
const MaxSize = 16 << 20

// MaxDepth is the deepest list nesting that is modelled as items.
const MaxDepth = 32

// Error is a problem with an input, at a 1-based line (0 when the whole
// input is concerned).
type Error struct {
	Name string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	name := e.Name
	if name == "" {
		name = "input"
	}
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", name, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", name, e.Msg)
}

// Document is a parsed minutes file.
type Document struct {
	src  []byte
	norm []byte
	idx  lineIndex
	name string

	// FrontMatter is the YAML block at the top, or nil.
	FrontMatter *frontmatter.Block
	// BOM is true when the source starts with a byte-order mark.
	BOM bool
	// BodyStart is the offset where the Markdown after the front matter starts.
	BodyStart int
	// Root holds the sections; its own blocks come before the first heading.
	Root *Section

	facts *Facts
	// titleDates is Facts with only the title and the dates worked out
	// (TitleAndDate); both are reset when the text changes.
	titleDates *Facts
	chunks     []chunk
}

// Option configures Parse.
type Option func(*Document)

// WithName gives the document its file name, used in error messages and as
// a source of the meeting date ("cpansec-minutes-2025-03-26.md").
func WithName(name string) Option { return func(d *Document) { d.name = name } }

// Parse reads minutes from src. The document keeps src; the caller must not
// change it afterwards.
func Parse(src []byte, opts ...Option) (*Document, error) {
	d := &Document{}
	for _, o := range opts {
		o(d)
	}
	if err := d.reset(src); err != nil {
		return nil, err
	}
	return d, nil
}

// reset parses src into d from scratch.
func (d *Document) reset(src []byte) error {
	if err := check(src, d.name); err != nil {
		return err
	}
	d.src = src
	d.idx = newLineIndex(src)
	d.norm = normalize(src)
	d.BOM = bytes.HasPrefix(src, []byte(frontmatter.BOM))
	d.BodyStart = 0
	if d.BOM {
		d.BodyStart = len(frontmatter.BOM)
	}
	d.FrontMatter = nil
	if fm := frontmatter.Parse(src); fm != nil {
		d.FrontMatter = fm
		d.BodyStart = fm.End
	}
	d.facts, d.titleDates = nil, nil
	build(d)
	return nil
}

// Check returns the error Parse would return for src, without parsing it:
// the source is too large, binary or not UTF-8. A source Check accepts
// always parses.
func Check(src []byte, name string) error { return check(src, name) }

// check refuses input the model cannot hold.
func check(src []byte, name string) error {
	if len(src) > MaxSize {
		return &Error{Name: name, Msg: fmt.Sprintf("file is too large: %d bytes, at most %d", len(src), MaxSize)}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &Error{Name: name, Line: 1 + bytes.Count(src[:i], []byte{'\n'}), Msg: "binary file: it holds a NUL byte, minutes are text"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		return &Error{Name: name, Line: 1 + bytes.Count(src[:i], []byte{'\n'}),
			Msg: fmt.Sprintf("not UTF-8: byte 0x%02X at offset %d; save the file as UTF-8", src[i], i)}
	}
	return nil
}

// Bytes returns the document's source. It is the same slice Parse got (or
// Apply made): the caller must not change it.
func (d *Document) Bytes() []byte { return d.src }

// String returns the source as a string.
func (d *Document) String() string { return string(d.src) }

// Name returns the file name given with WithName.
func (d *Document) Name() string { return d.name }

// Line returns the 1-based line of a byte offset.
func (d *Document) Line(off int) int { return d.idx.line(off) }

// Column returns the 1-based column, in characters, of a byte offset.
func (d *Document) Column(off int) int { return d.idx.column(off) }

// LineStart returns the offset of the start of 1-based line n.
func (d *Document) LineStart(n int) int {
	if n < 1 {
		return 0
	}
	if n > len(d.idx.starts) {
		return len(d.src)
	}
	return d.idx.starts[n-1]
}

// Text returns the source bytes of a span as a string.
func (d *Document) Text(s Span) string { return string(d.src[s.Start:s.End]) }

// Newline returns the document's line ending: "\r\n" if its first line
// ends so, else "\n".
func (d *Document) Newline() string { return LineEnding(d.src) }

// Sections returns every section in document order (the root excluded).
func (d *Document) Sections() []*Section {
	var out []*Section
	d.Root.Walk(func(s *Section) bool {
		if s.Level > 0 {
			out = append(out, s)
		}
		return true
	})
	return out
}

// Items returns every item in document order.
func (d *Document) Items() []*Item {
	var out []*Item
	d.Root.WalkItems(func(it *Item) bool { out = append(out, it); return true })
	return out
}

// ItemAt returns the innermost item whose first line holds offset off, or
// the innermost item containing it, or nil.
func (d *Document) ItemAt(off int) *Item {
	var found *Item
	d.Root.WalkItems(func(it *Item) bool {
		if it.Span.Contains(off) || (off == it.Span.End && off == len(d.src)) {
			found = it
		}
		return true
	})
	return found
}

// SectionAt returns the innermost section whose own part holds off.
func (d *Document) SectionAt(off int) *Section {
	found := d.Root
	d.Root.Walk(func(s *Section) bool {
		if s.Level > 0 && s.Full.Start <= off && (off < s.Full.End || s.Full.End == len(d.src)) {
			found = s
		}
		return true
	})
	return found
}
