package preview

import "strings"

// HoldImages rewrites the images of HTML made by this package so that a
// browser showing it loads none: each <img> becomes a placeholder naming
// the image and its address. Opening minutes then contacts no one (a
// pasted tracking pixel learns nothing) until the reader asks for the
// images. Only the renderer's own <img> elements are rewritten: raw HTML
// from a document is always text here, so it cannot look like one.
func HoldImages(html string) string {
	const open = `<img src="`
	if !strings.Contains(html, open) {
		return html
	}
	var b strings.Builder
	for {
		i := strings.Index(html, open)
		if i < 0 {
			b.WriteString(html)
			return b.String()
		}
		end := strings.Index(html[i:], ">")
		if end < 0 {
			b.WriteString(html)
			return b.String()
		}
		tag := html[i : i+end+1]
		src := tagAttr(tag, "src")
		alt := tagAttr(tag, "alt")
		b.WriteString(html[:i])
		b.WriteString(`<span class="pv-held-image" data-src="` + src + `">image`)
		if alt != "" {
			b.WriteString(" “" + alt + "”")
		}
		b.WriteString(` not loaded: ` + src + `</span>`)
		html = html[i+end+1:]
	}
}

// tagAttr returns the value of attribute name in a tag this package
// wrote (values are escaped, so they hold no quote).
func tagAttr(tag, name string) string {
	_, rest, ok := strings.Cut(tag, " "+name+`="`)
	if !ok {
		return ""
	}
	v, _, _ := strings.Cut(rest, `"`)
	return v
}
