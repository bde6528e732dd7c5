package preview

import (
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
)

// inlineWriter writes goldmark inline nodes as kramdown's HTML converter
// does (entities as characters, "<", ">" and "&" escaped), and collects the
// plain text kramdown-parser-gfm derives heading ids from.
type inlineWriter struct {
	src []byte
	out *strings.Builder
	raw *strings.Builder // nil unless collecting a heading's text
	// noImages writes images as their alternative text (Span).
	noImages bool
}

func (w *inlineWriter) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c)
	}
}

func (w *inlineWriter) rawText(s string) {
	if w.raw != nil {
		w.raw.WriteString(s)
	}
}

func (w *inlineWriter) node(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		v := n.Segment.Value(w.src)
		if n.SoftLineBreak() && escapedBackslashAtEnd(v) {
			// kramdown-parser-gfm turns a backslash (even an escaped one)
			// before a newline into a line break.
			w.text(v[:len(v)-2])
			w.out.WriteString("<br />")
			nl := n.Segment.Stop
			for nl < len(w.src) && w.src[nl] != '\n' {
				nl++
			}
			w.lineBreakSpace(nl, false)
			break
		}
		w.text(v)
		if n.HardLineBreak() || n.SoftLineBreak() {
			w.lineBreak(n)
		}
	case *ast.String:
		w.text(n.Value)
	case *ast.Emphasis:
		tag := "em"
		if n.Level == 2 {
			tag = "strong"
		}
		w.out.WriteString("<" + tag + ">")
		w.children(n)
		w.out.WriteString("</" + tag + ">")
	case *kdStrike:
		w.out.WriteString("<del>")
		w.children(n)
		w.out.WriteString("</del>")
	case *ast.Link:
		w.link(string(n.Destination), string(n.Title), func() { w.children(n) })
	case *ast.Image:
		w.image(n)
	case *kdAutoLink:
		w.link(n.href, "", func() {
			w.out.WriteString(escapeText(n.text))
			w.rawText(n.text)
		})
	case *kdCode:
		w.out.WriteString(`<code class="language-plaintext highlighter-rouge">`)
		w.out.WriteString(escapeCode(n.text))
		w.out.WriteString("</code>")
		w.rawText(n.text)
	case *kdMath:
		w.out.WriteString(`\(` + escapeCode(n.text) + `\)`)
		w.rawText(n.text)
	case *kdTypo:
		w.out.WriteString(n.out)
		w.rawText(n.raw)
	default:
		w.children(n)
	}
}

// lineBreak writes the end of a line as kramdown does: the whitespace of
// the source is kept (trailing spaces, the newline, the next line's
// indentation), and a hard break ("  " or "\\" before the newline) becomes
// <br />.
func (w *inlineWriter) lineBreak(n *ast.Text) {
	stop := n.Segment.Stop
	nl := stop
	for nl < len(w.src) && w.src[nl] != '\n' {
		nl++
	}
	trailing := string(w.src[stop:nl])
	if n.HardLineBreak() {
		if strings.HasSuffix(trailing, "\\") {
			trailing = strings.TrimSuffix(trailing, "\\")
		} else {
			trailing = strings.TrimSuffix(trailing, "  ")
		}
		w.out.WriteString(trailing + "<br />")
	} else {
		w.out.WriteString(trailing)
		w.rawText(trailing)
	}
	t, ok := n.NextSibling().(*kdTypo)
	w.lineBreakSpace(nl, ok && t.ateIndent)
}

// lineBreakSpace writes the newline at nl and the next line's
// indentation, less its last space when a " >>" took it.
func (w *inlineWriter) lineBreakSpace(nl int, lessOne bool) {
	if nl >= len(w.src) {
		return
	}
	next := nl + 1
	for next < len(w.src) && (w.src[next] == ' ' || w.src[next] == '\t') {
		next++
	}
	if lessOne && next > nl+1 {
		next--
	}
	w.out.Write(w.src[nl:next])
	w.rawText(string(w.src[nl:next]))
}

// escapedBackslashAtEnd reports whether v ends with an escaped backslash.
func escapedBackslashAtEnd(v []byte) bool {
	k := 0
	for k < len(v) && v[len(v)-1-k] == '\\' {
		k++
	}
	return k >= 2 && k%2 == 0
}

// link writes an <a> element; an unsafe URL loses its href.
func (w *inlineWriter) link(url, title string, body func()) {
	href := escapeAttr(url)
	if safeURL(href, safeSchemes) {
		w.out.WriteString(`<a href="` + href + `"`)
	} else {
		w.out.WriteString(`<a class="preview-unsafe-link"`)
	}
	if title != "" {
		w.out.WriteString(` title="` + escapeAttr(title) + `"`)
	}
	w.out.WriteString(">")
	body()
	w.out.WriteString("</a>")
}

// image writes an <img> element; an image with an unsafe source is shown
// as its alternative text.
func (w *inlineWriter) image(n *ast.Image) {
	alt := plainText(n, w.src)
	src := escapeAttr(string(n.Destination))
	if w.noImages || !safeURL(src, safeImageSchemes) {
		w.out.WriteString(escapeText(alt))
		return
	}
	w.out.WriteString(`<img src="` + src + `" alt="` + escapeAttr(alt) + `"`)
	if len(n.Title) > 0 {
		w.out.WriteString(` title="` + escapeAttr(string(n.Title)) + `"`)
	}
	w.out.WriteString(" />")
}

// plainText is the text of an inline subtree without markup.
func plainText(n ast.Node, src []byte) string {
	var out, raw strings.Builder
	w := &inlineWriter{src: src, out: &out, raw: &raw}
	w.children(n)
	return raw.String()
}

// text writes Markdown text: backslash escapes (kramdown-parser-gfm's set)
// and character references are resolved, then "<", ">" and "&" escaped.
func (w *inlineWriter) text(s []byte) {
	start := 0
	flush := func(i int) {
		if i > start {
			chunk := string(s[start:i])
			w.out.WriteString(escapeText(chunk))
			w.rawText(chunk)
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && i+1 < len(s) && isGFMEscapable(s[i+1]):
			flush(i)
			ch := string(s[i+1 : i+2])
			w.out.WriteString(escapeCode(ch))
			w.rawText(ch)
			i++
			start = i + 1
		case c == '&':
			n, char := entityAt(s[i:])
			flush(i)
			if n == 0 {
				w.out.WriteString("&amp;")
				w.rawText("&")
				start = i + 1
				continue
			}
			if char == "<" || char == ">" || char == "&" {
				w.out.Write(s[i : i+n])
			} else {
				w.out.WriteString(char)
			}
			w.rawText(char)
			i += n - 1
			start = i + 1
		}
	}
	flush(len(s))
}

// isGFMEscapable is kramdown-parser-gfm's ESCAPED_CHARS_GFM set.
func isGFMEscapable(c byte) bool {
	return strings.IndexByte("\\.*_+`<>()[]{}#!:|\"'$=-~", c) >= 0
}

// entityAt decodes the character reference at the start of s, returning
// its length and the character, or 0 when kramdown would not decode it.
func entityAt(s []byte) (int, string) {
	n := refLen(string(s[:min(len(s), 40)]))
	if n == 0 {
		return 0, ""
	}
	ref := string(s[1 : n-1])
	if ref[0] == '#' {
		var cp rune
		hex := len(ref) > 1 && (ref[1] == 'x' || ref[1] == 'X')
		digits := ref[1:]
		base := rune(10)
		if hex {
			digits, base = ref[2:], 16
		}
		for _, d := range digits {
			v := d - '0'
			if d >= 'a' {
				v = d - 'a' + 10
			} else if d >= 'A' {
				v = d - 'A' + 10
			}
			cp = cp*base + v
			if cp > utf8.MaxRune {
				cp = utf8.RuneError
				break
			}
		}
		if cp == 0 || !utf8.ValidRune(cp) {
			cp = utf8.RuneError
		}
		return n, string(cp)
	}
	cp, ok := kramdownEntities[ref]
	if !ok {
		return 0, ""
	}
	return n, string(cp)
}
