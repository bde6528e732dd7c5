package preview

import (
	"strings"

	"github.com/yuin/goldmark/text"
)

// Span renders one line of Markdown as the preview renders the text of a
// list item, for a text shown outside the preview (the registers' items
// and decisions): links, code, emphasis, strikethrough and typography, with
// the preview's rules (raw HTML shown as text, a link with an unsafe scheme
// loses its href). Images are shown as their alternative text, so that a
// list of items loads nothing from elsewhere. Reference links are not
// resolved: the line is read without its document's definitions.
func Span(line string) string {
	t := trimLeftSpace(line)
	if !hasNonSpace(t) {
		return ""
	}
	src := []byte(t)
	var out strings.Builder
	if plainInline(t) {
		out.WriteString(escapeText(t))
		return out.String()
	}
	doc := kdInline().Parse(text.NewReader(src))
	if deferDelimiters {
		processDelimiters(doc)
	}
	w := &inlineWriter{src: src, out: &out, noImages: true}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		w.children(n)
	}
	return out.String()
}
