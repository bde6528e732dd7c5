package editor

import (
	"strings"
	"unicode/utf8"

	"github.com/cpansec/minutes/core"
)

// A <textarea> turns every CR LF and lone CR into LF (HTML's newline
// normalisation), so its value cannot be stored as the document: a CRLF file
// would lose its line endings when merely looked at. Instead, an edit in the
// text box is found by comparing its new value with the old one, and only
// that span is replaced in the document; line breaks the user typed take the
// document's own line ending. What the user did not edit never changes.

// BOM is the byte-order mark. Go's strings reach JavaScript through a
// TextDecoder that drops a leading BOM, so the text box never shows it.
const BOM = "\ufeff"

// NormalizeNewlines is what a textarea shows for s (besides a leading BOM).
func NormalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// TextChange is the change of source that an edit of the text box from
// oldText to newText makes (both as the text box shows them: oldText is
// TextOf(source), or NormalizeNewlines(source) when the box kept the BOM).
// It replaces only the span between the longest common prefix and suffix,
// so bytes the user did not edit (CR LF, a lone CR, the BOM) never change;
// line breaks typed take the document's line ending. Nil when nothing
// changed.
func TextChange(source, oldText, newText string) core.Change {
	if oldText == newText {
		return nil
	}
	base := 0
	if strings.HasPrefix(source, BOM) && !strings.HasPrefix(oldText, BOM) {
		base = len(BOM)
	}
	prefix := commonPrefix(oldText, newText)
	suffix := commonSuffix(oldText[prefix:], newText[prefix:])
	start := base + sourceOffset(source[base:], prefix)
	end := base + sourceOffset(source[base:], len(oldText)-suffix)
	inserted := newText[prefix : len(newText)-suffix]
	if core.LineEnding(source) == "\r\n" {
		inserted = strings.ReplaceAll(inserted, "\n", "\r\n")
	}
	return core.Change{{Start: start, End: end, Text: inserted}}
}

// commonPrefix is the length of the longest common prefix, at a rune boundary.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[n]) {
		n--
	}
	return n
}

// commonSuffix is the length of the longest common suffix, at a rune boundary.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	for n > 0 && n < len(a) && !utf8.RuneStart(a[len(a)-n]) {
		n--
	}
	return n
}

// sourceOffset maps an offset in NormalizeNewlines(source) to source: each
// CR LF counts as one byte there.
func sourceOffset(source string, normalized int) int {
	i, n := 0, 0
	for n < normalized && i < len(source) {
		if source[i] == '\r' && i+1 < len(source) && source[i+1] == '\n' {
			i += 2
		} else {
			i++
		}
		n++
	}
	return i
}

// JoinsLineEnding reports whether the splice puts a CR right before a LF
// (a lone CR before the splice and a LF at its start, say), which the text
// box would then show as one line break instead of two.
func JoinsLineEnding(src string, s core.Splice) bool {
	var prev, next byte
	if s.Start > 0 {
		prev = src[s.Start-1]
	}
	if s.End < len(src) {
		next = src[s.End]
	}
	first, last := next, prev
	if s.Text != "" {
		first, last = s.Text[0], s.Text[len(s.Text)-1]
	}
	return prev == '\r' && first == '\n' || last == '\r' && next == '\n'
}

// TextOf is what the text box shows for a document: no leading BOM, every
// line ending a LF.
func TextOf(source string) string {
	return NormalizeNewlines(strings.TrimPrefix(source, BOM))
}

// TextMap maps byte offsets of a document to offsets in what the text box
// shows of it, scanning forward from the last offset asked (splices come
// in order).
type TextMap struct {
	src         string
	i           int // offset in src
	norm, utf16 int // offsets in the shown text for src[:i]
	BOMLen      int
}

// NewTextMap maps offsets of the document src.
func NewTextMap(src string) *TextMap {
	m := &TextMap{src: src}
	if strings.HasPrefix(src, BOM) {
		m.BOMLen = len(BOM)
		m.i = m.BOMLen
	}
	return m
}

// CleanCut reports whether a splice may start or end at off: not inside
// the BOM, not between the CR and LF of a line ending.
func (m *TextMap) CleanCut(off int) bool {
	if off < m.BOMLen {
		return false
	}
	return !(off > 0 && off < len(m.src) && m.src[off-1] == '\r' && m.src[off] == '\n')
}

// At returns the byte and UTF-16 offsets in the shown text of byte offset
// off of the document; off must not be before the last offset asked.
func (m *TextMap) At(off int) (norm, utf16 int) {
	for m.i < off {
		c := m.src[m.i]
		switch {
		case c == '\r' && m.i+1 < len(m.src) && m.src[m.i+1] == '\n':
			m.i++ // the LF that follows counts for both
		case c < utf8.RuneSelf:
			m.i++
			m.norm++
			m.utf16++
		default:
			r, n := utf8.DecodeRuneInString(m.src[m.i:])
			m.i += n
			m.norm += n
			m.utf16++
			if r >= 0x10000 {
				m.utf16++ // a surrogate pair
			}
		}
	}
	return m.norm, m.utf16
}
