package preview

import (
	"strconv"
	"strings"
	"unicode"
)

// gfmSlug is kramdown-parser-gfm's generate_gfm_header_id without the
// counter: the text in lower case, without characters other than word
// characters, "-", spaces and tabs, with spaces and tabs turned into "-".
func gfmSlug(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ' || r == '\t':
			b.WriteByte('-')
		case r == '-' || isWordRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isWordRune matches Onigmo's \p{Word}: letters, marks, decimal digits,
// connector punctuation and letter numbers.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.Is(unicode.Nd, r) ||
		unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Nl, r) || r == 0x200C || r == 0x200D
}

// isAlnumRune matches POSIX [[:alnum:]] on Unicode.
func isAlnumRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// idCounter numbers repeated ids as kramdown-parser-gfm does: the first
// "x" stays "x", the next ones become "x-1", "x-2"...
type idCounter map[string]int

// next returns the id for the next heading with this slug.
func (c idCounter) next(slug string) string {
	n, seen := c[slug]
	if !seen {
		c[slug] = 0
		return slug
	}
	n++
	c[slug] = n
	return slug + "-" + strconv.Itoa(n)
}

// idAttr is the id attribute of a heading, empty when the id is.
func idAttr(id string) string {
	if strings.TrimSpace(id) == "" {
		return ""
	}
	return ` id="` + escapeAll(id) + `"`
}
