package preview

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/util"
)

// The preview never emits markup it did not write itself: every text is
// escaped, raw HTML in the Markdown is shown as text, and a URL goes into
// href or src only when the browser would read it as http(s), mailto, ftp
// or a relative reference. The check runs on the URL as the browser sees it
// (entities decoded, tabs and newlines removed, leading control characters
// and spaces stripped), so "jav&#x61;script:" and "java\tscript:" are
// caught too.

// safeSchemes are the URL schemes a link may use.
var safeSchemes = map[string]bool{"http": true, "https": true, "mailto": true, "ftp": true, "ftps": true}

// safeImageSchemes are the URL schemes an image may use.
var safeImageSchemes = map[string]bool{"http": true, "https": true}

// safeURL reports whether the attribute value attr (as written in the
// HTML, i.e. with entities) is a URL with an allowed scheme or no scheme.
func safeURL(attr string, schemes map[string]bool) bool {
	u := unescapeAttr(attr)
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	u = strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	// The WHATWG URL parser reads a scheme only from letters, digits, "+",
	// "-" and "." up to a ":"; anything else makes the URL relative.
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c == ':' && i > 0 {
			return schemes[strings.ToLower(u[:i])]
		}
		if !(isASCIILetter(c) || (i > 0 && (isDigit(c) || c == '+' || c == '-' || c == '.'))) {
			return true
		}
	}
	return true
}

// escapeAttr escapes an attribute value as kramdown does: "<", ">", '"'
// and any "&" that does not start a character reference.
func escapeAttr(s string) string {
	return escapeKeepingRefs(s, true)
}

// escapeText escapes text as kramdown does: "<", ">" and any "&" that does
// not start a character reference.
func escapeText(s string) string {
	return escapeKeepingRefs(s, false)
}

func escapeKeepingRefs(s string, quote bool) string {
	if !strings.ContainsAny(s, "<>&\"") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			if quote {
				b.WriteString("&quot;")
			} else {
				b.WriteByte(c)
			}
		case '&':
			if n := refLen(s[i:]); n > 0 {
				b.WriteString(s[i : i+n])
				i += n - 1
			} else {
				b.WriteString("&amp;")
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// allEscaper escapes for text and quoted attributes alike.
var allEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "'", "&#39;", "\"", "&#34;")

// escapeAll escapes "<", ">", "&", "'" and '"' in text we write ourselves
// (titles, ids), safe in text and in quoted attributes.
func escapeAll(s string) string { return allEscaper.Replace(s) }

// unescapeAttr decodes the character references of an attribute value as
// a browser does: named (HTML5) and numeric ones, with or without the
// closing semicolon for numeric ones. (The preview writes "&" as "&amp;"
// unless a complete reference follows, so the legacy named references
// without semicolon never reach the browser undecoded by this function.)
func unescapeAttr(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			b.WriteByte(s[i])
			continue
		}
		if n, r := numericRef(s[i:]); n > 0 {
			b.WriteRune(r)
			i += n - 1
			continue
		}
		if n := refLen(s[i:]); n > 0 {
			if e, ok := util.LookUpHTML5EntityByName(s[i+1 : i+n-1]); ok {
				b.Write(e.Characters)
				i += n - 1
				continue
			}
		}
		b.WriteByte('&')
	}
	return b.String()
}

// numericRef decodes "&#123", "&#x7B" (the semicolon is optional, as in
// browsers) at the start of s.
func numericRef(s string) (int, rune) {
	if len(s) < 3 || s[1] != '#' {
		return 0, 0
	}
	i, base := 2, rune(10)
	if s[2] == 'x' || s[2] == 'X' {
		i, base = 3, 16
	}
	start := i
	var r rune
	for i < len(s) && (isDigit(s[i]) || base == 16 && isHexDigit(s[i])) {
		d := rune(s[i] - '0')
		if s[i] > '9' {
			d = rune(s[i]|0x20-'a') + 10
		}
		r = r*base + d
		if r > utf8.MaxRune {
			r = utf8.RuneError
		}
		i++
	}
	if i == start {
		return 0, 0
	}
	if i < len(s) && s[i] == ';' {
		i++
	}
	if r == 0 || !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return i, r
}

// codeEscaper escapes code as kramdown and Rouge do: "<", ">" and "&" only.
var codeEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escapeCode escapes the content of code spans and blocks.
func escapeCode(s string) string { return codeEscaper.Replace(s) }

// refLen returns the length of the character reference at the start of s
// ("&name;", "&#123;", "&#x1F;"), or 0.
func refLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	switch {
	case s[1] == '#' && len(s) > 2 && (s[2] == 'x' || s[2] == 'X'):
		i = 3
		for i < len(s) && isHexDigit(s[i]) {
			i++
		}
		if i == 3 {
			return 0
		}
	case s[1] == '#':
		i = 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == 2 {
			return 0
		}
	default:
		if !(isASCIILetter(s[1]) || s[1] == '_' || s[1] == ':') {
			return 0
		}
		for i < len(s) && (isASCIILetter(s[i]) || isDigit(s[i]) || s[i] == '_' || s[i] == ':' || s[i] == '-' || s[i] == '.') {
			i++
		}
	}
	if i < len(s) && s[i] == ';' {
		return i + 1
	}
	return 0
}

func isHexDigit(c byte) bool { return isDigit(c) || (c|0x20 >= 'a' && c|0x20 <= 'f') }
