package lint

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/frontmatter"
)

// frontMatter reports a missing or unclosed front matter block and YAML
// the website cannot read. A byte-order mark and "----" delimiters are
// reported by the repairs.
func (c *checker) frontMatter() {
	fm := c.d.FrontMatter
	switch {
	case fm == nil && c.indentedFrontMatter():
	case fm == nil && len(c.profile.Site.FrontMatter) == 0:
		// The group's site needs no front matter (or the profile does
		// not say): nothing to ask for.
	case fm == nil:
		// A warning: the site's build (jekyll-optional-front-matter)
		// still publishes the page, with the default layout.
		c.addAt(1, 1, "front-matter-missing", Warning,
			"no front matter: the website renders the page without its own layout, title and table of contents; start the file with a block of "+c.frontMatterExample(), nil)
	case !fm.Closed:
		c.add(fm.Start, "front-matter-unclosed", Error,
			`front matter is not closed: Jekyll reads the whole page as front matter; add a line "---" after its last field`, nil)
	case fm.Err != nil:
		msg := strings.TrimPrefix(fm.Err.Msg, "invalid YAML in front matter: ")
		c.addAt(fm.Err.Line, 1, "yaml", Error, fmt.Sprintf(
			"front matter is not valid YAML (%s): Jekyll does not render the page; write each field as \"key: value\" and quote values with \": \" in them", msg), nil)
	}
}

// frontMatterExample suggests the lines of a front matter block, with the
// meeting's date when the minutes state it.
func (c *checker) frontMatterExample() string {
	w := c.d.Facts().When
	mt, title := "YYYY-MM-DD HH:MM UTC", "Minutes YYYY-MM-DD"
	if w.HasYear() {
		if !w.HasTime && c.profile.HasMeetingTime() {
			w = w.WithClock(c.profile.Clock())
		}
		mt, title = w.String(), "Minutes "+w.DateString()
	}
	lines := []string{`"---"`}
	for _, l := range c.profile.Site.FrontMatter {
		lines = append(lines, strconv.Quote(l))
	}
	lines = append(lines, strconv.Quote("meeting_time: "+mt), strconv.Quote("title: "+title), `"---"`)
	return strings.Join(lines, ", ")
}

// indentedFrontMatter reports a front matter block written with its lines
// indented (" ---"), which Jekyll does not see.
func (c *checker) indentedFrontMatter() bool {
	start, _ := indentedFrontMatter(c.src)
	if start < 0 {
		return false
	}
	c.add(start, "front-matter-delimiter", Error,
		`the front matter is indented: Jekyll does not see it, and the page gets no layout, title or table of contents; start "---" and each field in the first column`, nil)
	return true
}

// indentedFrontMatter returns the offset of the opening "---" of an
// indented front matter block at the top of src and the line of its
// closing "---", or -1 and 0.
func indentedFrontMatter(src []byte) (start, endLine int) {
	text := string(src)
	bom := 0
	if strings.HasPrefix(text, frontmatter.BOM) {
		bom = len(frontmatter.BOM)
	}
	lines := strings.SplitN(text[bom:], "\n", frontmatter.MaxLines)
	first := strings.TrimRight(lines[0], "\r")
	opening := strings.TrimLeft(first, " \t")
	if opening == first || !isDashes(opening) {
		return -1, 0
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); isDashes(t) || t == "..." {
			return bom + len(first) - len(opening), i + 1
		}
	}
	return -1, 0
}

func isDashes(s string) bool { return len(s) >= 3 && strings.Trim(s, "-") == "" }
