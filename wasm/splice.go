//go:build js && wasm

package main

import (
	"strings"
	"unicode/utf8"
)

// A <textarea> turns every CR LF and lone CR into LF (HTML's newline
// normalisation), so its value cannot be stored as the document: a CRLF file
// would lose its line endings when merely looked at. Instead, an edit in the
// text box is found by comparing its new value with the old one, and only
// that span is replaced in the document; line breaks the user typed take the
// document's own line ending. What the user did not edit never changes.

// bom is the byte-order mark. Go's strings reach JavaScript through a
// TextDecoder that drops a leading BOM, so the text box never shows it.
const bom = "\ufeff"

// normalizeNewlines is what a textarea shows for s (besides a leading BOM).
func normalizeNewlines(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// spliceEdit applies the change from oldText to newText (both as the text
// box shows them: oldText is normalizeNewlines(source), without the leading
// BOM when the text box dropped it) to source.
func spliceEdit(source, oldText, newText string) string {
	if oldText == newText {
		return source
	}
	if strings.HasPrefix(source, bom) && !strings.HasPrefix(oldText, bom) {
		return bom + spliceEdit(source[len(bom):], oldText, newText)
	}
	prefix := commonPrefix(oldText, newText)
	suffix := commonSuffix(oldText[prefix:], newText[prefix:])
	start := sourceOffset(source, prefix)
	end := sourceOffset(source, len(oldText)-suffix)
	inserted := newText[prefix : len(newText)-suffix]
	if lineEnding(source) == "\r\n" {
		inserted = strings.ReplaceAll(inserted, "\n", "\r\n")
	}
	return source[:start] + inserted + source[end:]
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

// sourceOffset maps an offset in normalizeNewlines(source) to source: each
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

// lineEnding is "\r\n" when most of the document's line breaks are CR LF.
func lineEnding(source string) string {
	crlf := strings.Count(source, "\r\n")
	if crlf > 0 && crlf >= strings.Count(source, "\n")-crlf {
		return "\r\n"
	}
	return "\n"
}
