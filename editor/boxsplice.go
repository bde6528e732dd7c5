package editor

import (
	"strings"

	"github.com/cpansec/minutes/core"
)

// BoxSplice is one splice of what the Markdown text box shows, as
// setRangeText takes it: offsets in UTF-16 units, the text as the box
// shows it.
type BoxSplice struct {
	Start16, End16 int
	Text           string
}

// BoxSplices turns c, a change of the document old, into splices of the
// text box showing TextOf(old), in order, and what the box shows after
// them (TextOf of the new document). Applied from the last to the first,
// they keep the scribe's selection and scroll position. ok is false when
// a splice would split a CR LF, touch the byte-order mark (which the box
// does not show) or put a lone CR the box would read otherwise: the box
// must then be given the whole text.
func BoxSplices(old string, c core.Change) (splices []BoxSplice, after string, ok bool) {
	if len(c) == 0 {
		return nil, "", false
	}
	shown := TextOf(old)
	var b strings.Builder
	pos := 0
	m := NewTextMap(old)
	for _, s := range c {
		if !m.CleanCut(s.Start) || !m.CleanCut(s.End) || JoinsLineEnding(old, s) ||
			strings.Contains(s.Text, "\r") && !strings.Contains(s.Text, "\r\n") {
			return nil, "", false
		}
		start, start16 := m.At(s.Start)
		end, end16 := m.At(s.End)
		text := NormalizeNewlines(s.Text)
		splices = append(splices, BoxSplice{start16, end16, text})
		b.WriteString(shown[pos:start])
		b.WriteString(text)
		pos = end
	}
	b.WriteString(shown[pos:])
	return splices, b.String(), true
}
