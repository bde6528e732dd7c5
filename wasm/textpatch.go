//go:build js && wasm

package main

import (
	"strings"
	"unicode/utf8"

	"github.com/cpansec/minutes/core"
)

// EditChange replaces the document after an edit in the form: source is
// the new document, c the change that made it from the current one. The
// Markdown text box is patched where the change is (showChange) instead
// of being rewritten: a rewrite copies the whole document from Go to
// JavaScript and back, milliseconds per keystroke for a long document.
func (a *App) EditChange(source string, c core.Change) {
	if source == a.draft.Source {
		return
	}
	old := a.draft.Source
	a.draft.Source = source
	if !a.showChange(old, c) {
		a.showText(source)
	}
	a.view.Render(source, OriginForm)
	a.changed()
}

// showChange applies c, a change of the document old, to the text box with
// setRangeText, which keeps the user's selection and scroll position. It
// reports false, changing nothing, when the text box is not known to show
// old (typing in it not yet synced) or a splice would split a CR LF or
// touch the byte-order mark, which the text box does not show.
func (a *App) showChange(old string, c core.Change) bool {
	if a.text.pending || len(c) == 0 || a.shown != textOf(old) {
		return false
	}
	type patch struct {
		start16, end16 int    // offsets in the text box, in UTF-16 units
		start, end     int    // offsets in a.shown, in bytes
		text           string // the replacement as the text box shows it
	}
	var patches []patch
	m := newTextMap(old)
	for _, s := range c {
		if !m.cleanCut(s.Start) || !m.cleanCut(s.End) || joinsLineEnding(old, s) ||
			strings.Contains(s.Text, "\r") && !strings.Contains(s.Text, "\r\n") {
			return false
		}
		start, start16 := m.at(s.Start)
		end, end16 := m.at(s.End)
		patches = append(patches, patch{start16, end16, start, end, normalizeNewlines(s.Text)})
	}
	ta := jsOf(a.els.Markdown)
	for i := len(patches) - 1; i >= 0; i-- {
		p := patches[i]
		if _, err := ta.Call("setRangeText", p.text, p.start16, p.end16, "preserve"); err != nil {
			return false
		}
	}
	var b strings.Builder
	pos := 0
	for _, p := range patches {
		b.WriteString(a.shown[pos:p.start])
		b.WriteString(p.text)
		pos = p.end
	}
	b.WriteString(a.shown[pos:])
	a.shown = b.String()
	return true
}

// joinsLineEnding reports whether the splice puts a CR right before a LF
// (a lone CR before the splice and a LF at its start, say), which the text
// box would then show as one line break instead of two.
func joinsLineEnding(src string, s core.Splice) bool {
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

// textOf is what the text box shows for a document: no leading BOM, every
// line ending a LF.
func textOf(source string) string {
	return normalizeNewlines(strings.TrimPrefix(source, bom))
}

// textMap maps byte offsets of a document to offsets in what the text box
// shows of it, scanning forward from the last offset asked (splices come
// in order).
type textMap struct {
	src         string
	i           int // offset in src
	norm, utf16 int // offsets in the shown text for src[:i]
	bomLen      int
}

func newTextMap(src string) *textMap {
	m := &textMap{src: src}
	if strings.HasPrefix(src, bom) {
		m.bomLen = len(bom)
		m.i = m.bomLen
	}
	return m
}

// cleanCut reports whether a splice may start or end at off: not inside
// the BOM, not between the CR and LF of a line ending.
func (m *textMap) cleanCut(off int) bool {
	if off < m.bomLen {
		return false
	}
	return !(off > 0 && off < len(m.src) && m.src[off-1] == '\r' && m.src[off] == '\n')
}

// at returns the byte and UTF-16 offsets in the shown text of byte offset
// off of the document; off must not be before the last offset asked.
func (m *textMap) at(off int) (norm, utf16 int) {
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
