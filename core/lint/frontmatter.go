package lint

import (
	"fmt"
	"strings"
)

// frontMatter reports a missing or unclosed front matter block and YAML
// the website cannot read. A byte-order mark and "----" delimiters are
// reported by the repairs.
func (c *checker) frontMatter() {
	fm := c.d.FrontMatter
	switch {
	case fm == nil:
		c.addAt(1, 1, "front-matter-missing", Error,
			"no front matter: the website renders the page without its layout, title and table of contents; start the file with a block of "+c.frontMatterExample(), nil)
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
		if !w.HasTime {
			w = w.WithClock(c.profile.Clock())
		}
		mt, title = w.String(), "Minutes "+w.DateString()
	}
	return fmt.Sprintf(`"---", "layout: single", "toc: true", "meeting_time: %s", "title: %s", "---"`, mt, title)
}
