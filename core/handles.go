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
	// A search that finds nothing from an offset finds nothing from a
	// later one: remembering it keeps a run of "<a" or "`" linear.
	none := map[string]int{}
	find := func(from int, sub string) int {
		if at, ok := none[sub]; ok && from >= at {
			return -1
		}
		j := strings.Index(text[from:], sub)
		if j < 0 {
			none[sub] = from
			return -1
		}
		return from + j
	}
	skipTo := func(i int, c string) int {
		if j := find(i, c); j >= 0 {
			return j
		}
		return i - 1
	}
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '`':
			n := run(text, i, '`')
			if j := find(i+n, text[i:i+n]); j >= 0 {
				i = j + n - 1
			} else {
				i += n - 1
			}
		case c == ']' && i+1 < len(text) && text[i+1] == '(':
			i = skipTo(i+2, ")")
		case c == '<' && i+1 < len(text) && isAlpha(text[i+1]):
			i = skipTo(i+1, ">")
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

// run returns how many c start at s[i:].
func run(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
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

func skipURL(s string, i int) int {
	for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != ')' {
		i++
	}
	return i - 1
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }
