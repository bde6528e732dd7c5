package core

import "strings"

// Handles returns the @handles mentioned in Markdown text, in order, each
// once, with the '@'. It skips code spans, link destinations, autolinks and
// URLs, and e-mail addresses. A handle is what GitHub allows in a user name:
// letters, digits and single inner hyphens (underscores are accepted too,
// since other chat systems allow them).
func Handles(text string) []string {
	var out []string
	seen := map[string]bool{}
	for _, m := range Mentions(text) {
		if key := strings.ToLower(m.Handle); !seen[key] {
			seen[key] = true
			out = append(out, m.Handle)
		}
	}
	return out
}

// Mention is a handle mentioned in a text, at text[Start:End].
type Mention struct {
	Handle     string
	Start, End int
}

// Mentions returns every @handle mention in text with its offsets, in
// order, repeats included (see Handles for what counts as a mention).
func Mentions(text string) []Mention {
	var out []Mention
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '`':
			i = skipCode(text, i)
		case c == ']' && i+1 < len(text) && text[i+1] == '(':
			i = skipTo(text, i+2, ')')
		case c == '<' && i+1 < len(text) && isAlpha(text[i+1]):
			i = skipTo(text, i+1, '>')
		case c == 'h' && (strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://")):
			i = skipURL(text, i)
		case c == '@' && (i == 0 || !isHandlePrefixBlocker(text[i-1])):
			n := handleLen(text[i+1:])
			if n > 0 {
				out = append(out, Mention{text[i : i+1+n], i, i + 1 + n})
				i += n
			}
		}
	}
	return out
}

// handleLen returns the length of a handle name at the start of s.
func handleLen(s string) int {
	n := 0
	for n < len(s) && n < 39 && (isAlnum(s[n]) || s[n] == '-' || s[n] == '_') {
		n++
	}
	for n > 0 && (s[n-1] == '-' || s[n-1] == '_') {
		n--
	}
	if n == 0 || !isAlnum(s[0]) {
		return 0
	}
	return n
}

// isHandlePrefixBlocker reports whether c before '@' makes it part of a
// word, an address or a path rather than a mention.
func isHandlePrefixBlocker(c byte) bool {
	return isAlnum(c) || strings.IndexByte("._%+-/:@`=\\", c) >= 0
}

func skipCode(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	fence := s[i : i+n]
	if j := strings.Index(s[i+n:], fence); j >= 0 {
		return i + n + j + n - 1
	}
	return i + n - 1
}

func skipTo(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return i - 1
}

func skipURL(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != ')' {
		i++
	}
	return i - 1
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }
