package core

// Span is a byte range [Start, End) of a document's source.
type Span struct{ Start, End int }

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether off lies in the span.
func (s Span) Contains(off int) bool { return s.Start <= off && off < s.End }

// Section is a heading and what follows it up to the next heading of the
// same or a higher level. The root section (Level 0) holds what comes
// before the first heading.
type Section struct {
	// Level is the number of '#' (1–6), or 0 for the root.
	Level int
	// Line is the 1-based line of the heading (0 for the root).
	Line int
	// Heading is the heading's line(s), line ending included.
	Heading Span
	// TitleSpan is the heading text: after "## " and before closing '#'s,
	// time prefix included.
	TitleSpan Span
	// Time is a leading time such as "16:00 UTC", as written, or "".
	Time string
	// TimeSpan covers the time prefix with its separator ("16:00 UTC – ").
	TimeSpan Span
	// Title is the heading text after the time prefix, as written.
	Title string
	// Broken is true when the website will not see this line as a heading
	// (U+00A0 after the hashes, no space after them).
	Broken bool
	// Blocks are the paragraphs, lists and other blocks of the section
	// before its first subsection.
	Blocks []*Block
	// Sections are the subsections.
	Sections []*Section
	// Parent is the enclosing section (nil for the root).
	Parent *Section
	// Own covers the heading and the blocks, up to the next heading.
	Own Span
	// Full covers the heading, blocks and subsections, up to the next
	// heading of the same or a higher level.
	Full Span

	doc *Document
}

// BlockKind says what a block is.
type BlockKind int

// The kinds of block.
const (
	// Paragraph is a run of text lines.
	Paragraph BlockKind = iota
	// List is a bullet or ordered list.
	List
	// Code is a fenced or indented code block.
	Code
	// Quote is a block quote.
	Quote
	// HTML is a block of raw HTML.
	HTML
	// Rule is a thematic break ("---", "***").
	Rule
	// Other is any other block (a heading inside a list item, a link
	// reference definition).
	Other
)

// Block is a top-level block of a section or a block inside a list item.
type Block struct {
	Kind BlockKind
	// Span covers the block's lines, trailing blank lines excluded.
	Span Span
	// Line is the 1-based line of the block's first line.
	Line int
	// Text is a paragraph's text as written, lines joined by "\n".
	Text string
	// Items are a list's items.
	Items []*Item
	// Ordered is true for a numbered list.
	Ordered bool
	// Loose is true when the list's items are separated by blank lines.
	Loose bool
}

// Checkbox is the state of a list item's task box.
type Checkbox int

// The states of a task box.
const (
	NoBox Checkbox = iota
	Open
	Done
)

// Item is a list item.
type Item struct {
	// Span covers the item's lines and its children's, trailing blank
	// lines excluded.
	Span Span
	// Line is the 1-based line of the marker.
	Line int
	// Indent is the width in columns before the marker.
	Indent int
	// Marker is the bullet or number as written: "-", "*", "+", "1.", "2)".
	Marker     string
	MarkerSpan Span
	// ContentCol is the column (0-based) where the item's text starts;
	// continuation lines and children are indented at least this far.
	ContentCol int
	// Box is the task box state; BoxSpan covers "[ ]" as written.
	Box     Checkbox
	BoxSpan Span
	// BoxBroken is true for a box the website will not render as a box:
	// "[]", U+00A0 inside or after the brackets or before them.
	BoxBroken bool
	// TextSpan covers the item's first paragraph after the box.
	TextSpan Span
	// Text is that paragraph as written, lines joined by "\n", trimmed.
	Text string
	// Handles are the @handles the text mentions, in order, without repeats.
	Handles []string
	// Items are the items of the lists nested in this item.
	Items []*Item
	// Blocks are the blocks in the item after its first paragraph,
	// nested lists included.
	Blocks []*Block
	// Parent is the enclosing item, nil at the top of a list.
	Parent *Item
	// Depth is 0 for an item of a top-level list.
	Depth int

	doc   *Document
	list  *Block // the list holding the item
	index int    // the item's place in list.Items
}

// Siblings returns the items of the list that holds it, it included.
func (it *Item) Siblings() []*Item { return it.list.Items }

// Index returns the item's place among its siblings.
func (it *Item) Index() int { return it.index }

// Checked returns nil for an item without a box, else whether it is done,
// as the JSON output wants it.
func (it *Item) Checked() *bool {
	if it.Box == NoBox {
		return nil
	}
	done := it.Box == Done
	return &done
}

// Walk calls fn for the item and every item below it, depth first, until fn
// returns false.
func (it *Item) Walk(fn func(*Item) bool) bool {
	if !fn(it) {
		return false
	}
	for _, c := range it.Items {
		if !c.Walk(fn) {
			return false
		}
	}
	return true
}

// Items returns the items of the section's own lists (not its
// subsections'), top level only.
func (s *Section) Items() []*Item {
	var out []*Item
	for _, b := range s.Blocks {
		out = append(out, b.Items...)
	}
	return out
}

// Walk calls fn for the section and every subsection, depth first, until fn
// returns false.
func (s *Section) Walk(fn func(*Section) bool) bool {
	if !fn(s) {
		return false
	}
	for _, c := range s.Sections {
		if !c.Walk(fn) {
			return false
		}
	}
	return true
}

// WalkItems calls fn for every item of the section and its subsections,
// in document order, until fn returns false.
func (s *Section) WalkItems(fn func(*Item) bool) bool {
	for _, it := range s.Items() {
		if !it.Walk(fn) {
			return false
		}
	}
	for _, c := range s.Sections {
		if !c.WalkItems(fn) {
			return false
		}
	}
	return true
}
