package preview

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// xssVectors are known script-injection vectors (OWASP XSS filter evasion
// cheat sheet style) in the places a minutes file can carry them: Markdown
// links, images and autolinks, raw inline and block HTML, code, headings,
// task items, front matter values and Liquid.
var xssVectors = []string{
	// Markdown links and images.
	"[x](javascript:alert(1))",
	"[x](JaVaScRiPt:alert(1))",
	"[x](jav&#x61;script:alert(1))",
	"[x](jav&#97;script:alert(1))",
	"[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
	"[x](&#x6A;avascript&colon;alert(1))",
	"[x](javascript&colon;alert(1))",
	"[x](java\tscript:alert(1))",
	"[x](<java\nscript:alert(1)>)",
	"[x](<javascript:alert(1)>)",
	"[x]( javascript:alert(1) )",
	"[x](\x01javascript:alert(1))",
	"[x](vbscript:msgbox(1))",
	"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	"[x](DATA:text/html,<script>alert(1)</script>)",
	"[x](javascript:alert(1) \"title\")",
	"[x](http://a \"onmouseover=alert(1)\")",
	"[x](http://a \"\\\" onmouseover=alert(1) x=\\\"\")",
	"[x](http://a/\" onmouseover=\"alert(1))",
	"![x](javascript:alert(1))",
	"![x\" onerror=\"alert(1)](x.png)",
	"![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
	"<javascript:alert(1)>",
	"<vbscript:msgbox(1)>",
	"<http://a\" onmouseover=\"alert(1)>",
	"<a@b.c\" onclick=\"alert(1)>",
	"[ref]\n\n[ref]: javascript:alert(1)",
	"[ref]\n\n[ref]: <jav&#x61;script:alert(1)> \"t\"",
	"[a] [r]\n\n[r]: javascript:alert(1)",
	"[x](java script:alert(1))",
	// Raw HTML, inline and block.
	"<script>alert(1)</script>",
	"text <script>alert(1)</script> text",
	"<img src=x onerror=alert(1)>",
	"<svg onload=alert(1)>",
	"<svg><script>alert(1)</script></svg>",
	"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
	"<iframe src=\"javascript:alert(1)\"></iframe>",
	"<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>",
	"<object data=\"javascript:alert(1)\"></object>",
	"<embed src=\"javascript:alert(1)\">",
	"<form action=\"javascript:alert(1)\"><button>x</button></form>",
	"<style>@import 'http://evil/x.css';</style>",
	"<base href=\"javascript:alert(1)//\">",
	"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
	"<link rel=\"stylesheet\" href=\"http://evil/x.css\">",
	"<a href=\"javascript:alert(1)\">x</a>",
	"<div onclick=\"alert(1)\">x</div>",
	"<div>\n<script>alert(1)</script>\n</div>",
	"<body onload=alert(1)>",
	"<input autofocus onfocus=alert(1)>",
	"<details open ontoggle=alert(1)>",
	"<video><source onerror=\"alert(1)\"></video>",
	"<!--<script>alert(1)</script>-->",
	"<![CDATA[<script>alert(1)</script>]]>",
	"<scr<script>ipt>alert(1)</scr</script>ipt>",
	"<img src=x onerror=alert(1)//",
	"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
	"<textarea><script>alert(1)</script></textarea>",
	"<template><script>alert(1)</script></template>",
	"<IMG SRC=\"jav&#x09;ascript:alert(1);\">",
	"<a href=\"&#14;javascript:alert(1)\">x</a>",
	"{::nomarkdown}\n<script>alert(1)</script>\n{:/}",
	// Code keeps markup as text.
	"`<script>alert(1)</script>`",
	"```\n<script>alert(1)</script>\n```",
	"```html\" onclick=\"alert(1)\n<b>\n```",
	// Headings and their ids.
	"# <img src=x onerror=alert(1)>",
	"# x {#x\" onclick=\"alert(1)}",
	"# a\" onmouseover=\"alert(1)",
	// Task items and tables.
	"- [ ] <img src=x onerror=alert(1)>",
	"| <script>alert(1)</script> | b |\n|---|---|\n| c | d |",
	// Entities stay text.
	"&lt;script&gt;alert(1)&lt;/script&gt;",
	"&#60;script&#62;alert(1)&#60;/script&#62;",
	// Front matter values.
	"---\ntitle: \"<script>alert(1)</script>\"\n---\n# {{ page.title }}\n",
	"---\ntitle: '<img src=x onerror=alert(1)>'\nlayout: \"<svg/onload=alert(1)>\"\n---\nbody {{ page.layout }}\n",
	"---\ntitle: \"\\\" onmouseover=\\\"alert(1)\"\n---\n[{{ page.title }}](http://x \"{{ page.title }}\")\n",
	"---\nmeeting_time: \"<script>alert(1)</script>\"\n---\n{{ page.meeting_time | date: \"%H\" }} {{ page.meeting_time | date_to_string }}\n",
	"---\ntitle: \"[x](javascript:alert(1))\"\n---\n{{ page.title }}\n",
	// Liquid.
	"{{ \"<script>alert(1)</script>\" }}",
	"{{ '<img src=x onerror=alert(1)>' | append: '' }}",
	"{{ 'javascript:alert(1)' | prepend: '[x](' | append: ')' }}",
	"{% raw %}<script>alert(1)</script>{% endraw %}",
	"{% if x %}<script>alert(1)</script>{% endif %}",
	"{{ page.title | upcase }}\n\n---\ntitle: <script>",
	// Scheme tricks (issue 13): entities without semicolons, padded numeric
	// entities, percent-encoding, zero-width and full-width characters,
	// backslash and protocol-relative hosts.
	"[x](javascript&#58alert(1))",
	"[x](javascript&#0000058;alert(1))",
	"[x](javascript&#x3Aalert(1))",
	"[x](javascript%3Aalert(1))",
	"[x](java\u200bscript:alert(1))",
	"[x](\u200bjavascript:alert(1))",
	"[x](ｊａｖａｓｃｒｉｐｔ：alert(1))",
	"[x](JaVaScRiPt:alert(1))",
	"[x](vbscript:msgbox(1))",
	"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
	"![x](data:image/svg+xml,<svg onload=alert(1)>)",
	"[x](\\\\evil.example/x)",
	"[x](/\\evil.example/x)",
	"[x](//evil.example/x)",
	"<a href=\"javascript&#58alert(1)\">x</a>",
	"<img srcset=\"https://tracker.example/p.gif 1x\">",
	"<div style=\"background:url(https://tracker.example/p.gif)\">x</div>",
	"<p style=\"background-image: url('javascript:alert(1)')\">x</p>",
}

// allowedElements are the elements the preview writes.
var allowedElements = map[string]bool{
	"html": true, "head": true, "body": true, "p": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "ul": true, "ol": true, "li": true, "a": true, "em": true, "strong": true,
	"del": true, "code": true, "pre": true, "div": true, "blockquote": true, "hr": true, "br": true,
	"table": true, "thead": true, "tbody": true, "tfoot": true, "tr": true, "th": true, "td": true,
	"dl": true, "dt": true, "dd": true, "img": true, "input": true, "article": true, "header": true,
	"section": true, "aside": true, "nav": true,
}

// allowedAttrs are the attributes the preview writes.
var allowedAttrs = map[string]bool{
	"id": true, "class": true, "href": true, "src": true, "alt": true, "title": true, "type": true,
	"disabled": true, "checked": true, "style": true, "align": true, "start": true,
}

// hostile returns what in rendered HTML could run script, or "".
// alignStyles are the only styles the preview writes: table column
// alignment, as kramdown spells it (website) and as goldmark does (GitHub).
var alignStyles = map[string]bool{
	"text-align: left": true, "text-align: right": true, "text-align: center": true,
	"text-align:left": true, "text-align:right": true, "text-align:center": true,
}

func hostile(out string) string {
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		return "unparsable output: " + err.Error()
	}
	var bad string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if bad != "" {
			return
		}
		if n.Type == html.ElementNode {
			if !allowedElements[n.Data] || n.Namespace != "" {
				bad = "element <" + n.Data + ">"
				return
			}
			for _, a := range n.Attr {
				key := strings.ToLower(a.Key)
				switch {
				case !allowedAttrs[key] || a.Namespace != "":
					bad = "attribute " + a.Key + " on <" + n.Data + ">"
				case key == "href" || key == "src":
					if u := urlScheme(a.Val); u != "" && u != "http" && u != "https" && u != "mailto" && u != "ftp" && u != "ftps" {
						bad = "URL " + a.Val + " on <" + n.Data + ">"
					}
				case key == "style" && !alignStyles[a.Val]:
					bad = "style " + a.Val
				case key == "type" && a.Val != "checkbox":
					bad = "input type " + a.Val
				}
			}
			if _, disabled := attr(n, "disabled"); n.Data == "input" && !disabled {
				bad = "an enabled <input>"
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return bad
}

// urlScheme is the scheme a browser reads from an href, lower case, or "".
func urlScheme(u string) string {
	u = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, u)
	u = strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	for i, r := range u {
		switch {
		case r == ':':
			return strings.ToLower(u[:i])
		case !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.')):
			return ""
		}
	}
	return ""
}

func TestNoScriptInjection(t *testing.T) {
	if len(xssVectors) < 50 {
		t.Fatalf("only %d vectors", len(xssVectors))
	}
	modes := map[string][]Option{
		"website":      {WithNow(fixedNow)},
		"website page": {WithNow(fixedNow), WithPage(true)},
		"github":       {WithMode(GitHub)},
		"github page":  {WithMode(GitHub), WithPage(true)},
	}
	for name, opts := range modes {
		for _, v := range xssVectors {
			for _, src := range []string{v, "- item " + v, "> " + v, "# Minutes\n\n" + v + "\n\ntext " + v} {
				out := Render([]byte(src), opts...)
				if bad := hostile(out); bad != "" {
					t.Errorf("%s: %q renders %s:\n%s", name, src, bad, out)
				}
			}
		}
	}
	// The incremental renderer emits the same HTML, chunk by chunk; each
	// chunk must be safe on its own too.
	r := NewRenderer(WithNow(fixedNow), WithPage(true))
	for _, v := range xssVectors {
		for _, c := range r.Update([]byte("# A\n\n" + v + "\n\n# B\n\n" + v)) {
			if bad := hostile(c.HTML); bad != "" {
				t.Errorf("chunk %s of %q renders %s", c.Key, v, bad)
			}
		}
	}
}

func TestSafeURL(t *testing.T) {
	for _, tc := range []struct {
		attr string
		safe bool
	}{
		{"https://example.com/a?b=c#d", true},
		{"http://x", true},
		{"mailto:a@b.c", true},
		{"relative/path", true},
		{"/abs", true},
		{"#frag", true},
		{"?q", true},
		{"//evil.example/x", true},
		{"a:b", false},
		{"javascript:alert(1)", false},
		{"JAVASCRIPT:alert(1)", false},
		{" javascript:x", false},
		{"\x01javascript:x", false},
		{"java\tscript:x", false},
		{"jav&#x61;script:x", false},
		{"javascript&colon;x", false},
		{"data:text/html,x", false},
		{"vbscript:x", false},
		{"java script:x", true},
		{"path/with:colon", true},
	} {
		if got := safeURL(tc.attr, safeSchemes); got != tc.safe {
			t.Errorf("safeURL(%q) = %v, want %v", tc.attr, got, tc.safe)
		}
	}
}
