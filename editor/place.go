package editor

import (
	"strings"

	"github.com/cpansec/minutes/core"
)

// CursorAtLine returns the Cursor that shows 1-based line n of doc, for a
// reader sent to a line from elsewhere (an item of the registers): the
// text box selects the line, the form's focus goes to the item whose
// first line it is (caret at the start), else its section is shown. A
// line past the end selects the end.
func CursorAtLine(doc *core.Document, n int) Cursor {
	src := doc.String()
	start := doc.LineStart(n)
	end := start + len(strings.TrimRight(lineFrom(src, start), "\r\n"))
	m := NewTextMap(src)
	_, s16 := m.At(max(start, m.BOMLen))
	_, e16 := m.At(max(end, m.BOMLen))
	c := Cursor{Start: s16, End: e16}
	if it := doc.ItemAt(start); it != nil && it.Line == n {
		c.Field = FieldOfItem(it.Path())
	}
	if s := doc.SectionAt(start); s != nil && s.Level > 0 {
		c.Section = s.Path()
	}
	return c
}

// lineFrom returns the line that starts at off, with its line ending.
func lineFrom(src string, off int) string {
	rest := src[off:]
	if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
		if strings.HasPrefix(rest[i:], "\r\n") {
			return rest[:i+2]
		}
		return rest[:i+1]
	}
	return rest
}
