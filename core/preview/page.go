package preview

import "strings"

// The page wraps the body as the site's layouts do: Minimal Mistakes'
// "single" layout (the site's default for pages) shows the title and, when
// page.toc is true (the site's default for pages), a table of contents of
// headings 1 to 6 linking to their ids; the site's own "page" layout shows
// headings 1 to 4. Theme markup the preview does not need (masthead,
// sidebar, footer) is left out. When the website does not read the front
// matter as the writer meant, the page says so first.

const pageFoot = "</section>\n</article>\n"

// pageHead is the page up to the body.
func pageHead(p *jekyllPage, headings []Heading) string {
	var b strings.Builder
	b.WriteString(`<article class="page">` + "\n")
	if p.status != FrontMatterRead && p.status != FrontMatterNone {
		b.WriteString(`<p class="preview-notice">` + escapeAll(p.status.String()) + "</p>\n")
	}
	if p.title != "" {
		b.WriteString(`<header><h1 id="page-title" class="page__title">` + escapeAll(p.title) + "</h1></header>\n")
	}
	b.WriteString(`<section class="page__content">` + "\n")
	maxLevel := 6
	if p.layout == "page" {
		maxLevel = 4
	}
	if p.toc || p.layout == "page" {
		b.WriteString(tocHTML(headings, maxLevel))
	}
	return b.String()
}

// tocHTML is the table of contents: nested lists of links to the headings
// that have ids.
func tocHTML(headings []Heading, maxLevel int) string {
	var items []Heading
	for _, h := range headings {
		if h.ID != "" && h.Level <= maxLevel {
			items = append(items, h)
		}
	}
	if len(items) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(`<aside class="sidebar__right"><nav class="toc"><header><h4 class="nav__title">On this page</h4></header>` + "\n")
	b.WriteString(`<ul class="toc__menu">`)
	base := items[0].Level
	for _, h := range items {
		base = min(base, h.Level)
	}
	// depth is the nesting of the open item; a level skipped on the way
	// down gets an item of its own holding the deeper list.
	depth := 0
	for i, h := range items {
		level := h.Level - base
		switch {
		case i == 0:
			for ; depth < level; depth++ {
				b.WriteString("<li><ul>")
			}
		case level > depth:
			b.WriteString("<ul>")
			for depth++; depth < level; depth++ {
				b.WriteString("<li><ul>")
			}
		case level < depth:
			b.WriteString("</li>")
			for ; depth > level; depth-- {
				b.WriteString("</ul></li>")
			}
		default:
			b.WriteString("</li>")
		}
		b.WriteString(`<li><a href="#` + escapeAll(h.ID) + `">` + escapeAll(h.Text) + "</a>")
	}
	b.WriteString("</li>")
	for ; depth > 0; depth-- {
		b.WriteString("</ul></li>")
	}
	b.WriteString("</ul>\n</nav></aside>\n")
	return b.String()
}
