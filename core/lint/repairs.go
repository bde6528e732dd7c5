package lint

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// repairs reports the problems core.Document.Repairs mends: U+00A0 in list
// markers, task boxes and headings, broken boxes, a byte-order mark and
// front matter delimiters Jekyll does not read. Their fixes are the
// repairs' changes.
func (c *checker) repairs() {
	for _, r := range c.d.Repairs() {
		sev, msg := c.describeRepair(r)
		c.addAt(r.Line, r.Column, r.Rule, sev, msg, r.Change)
	}
}

// describeRepair gives a repair its severity and a message that says what
// to do.
func (c *checker) describeRepair(r core.Repair) (Severity, string) {
	switch r.Rule {
	case "bom":
		if c.d.FrontMatter == nil {
			return Warning, "byte-order mark (an invisible U+FEFF) at the start of the file: remove it"
		}
		// Plain Jekyll checks for front matter before it strips the BOM, so
		// it copies the file unrendered; the group's GitHub Pages build
		// (jekyll-optional-front-matter) renders it anyway.
		return Warning, "byte-order mark (an invisible U+FEFF) before the front matter: plain Jekyll then does not see the front matter (the site's GitHub Pages build copes, other tools may not); remove it"
	case "front-matter-delimiter":
		return Error, r.Message + `; write "---"`
	case "broken-box":
		return Error, c.brokenBoxMessage(r.Line)
	case "nbsp-heading":
		if s := c.sectionOnLine[r.Line]; s != nil && s.Broken {
			return Error, "no-break space (U+00A0) after the '#': the website shows the hashes as text, not a heading; replace it with a normal space"
		}
		return Warning, "no-break space (U+00A0) in a heading: the heading gets another link anchor than with a normal space; replace it with one"
	case "nbsp-marker":
		if c.markerBroken(r.Line) {
			return Error, "no-break space (U+00A0) next to the list marker: the website shows this line as text, not a list item; replace it with a normal space"
		}
		return Warning, "no-break space (U+00A0) after the list marker's space: replace it with a normal space"
	}
	return Warning, r.Message
}

// brokenBoxMessage says why the task box on line n shows as text.
func (c *checker) brokenBoxMessage(n int) string {
	const shows = "the website and GitHub show it as text, not a checkbox"
	box := "[ ]"
	if it := c.itemOnLine[n]; it != nil && it.Box != core.NoBox {
		box = c.d.Text(it.BoxSpan)
	}
	switch box {
	case "[]":
		return `"[]" is not a task box: ` + shows + `; write "[ ]"`
	case "[" + nbsp + "]":
		return `task box with a no-break space (U+00A0) inside: ` + shows + `; write "[ ]"`
	}
	return fmt.Sprintf("no-break space (U+00A0) next to the task box %q: %s; replace it with a normal space", box, shows)
}

// markerBroken reports whether the item on line n has U+00A0 in its
// indentation or right after its marker, where the website then sees no
// list item.
func (c *checker) markerBroken(n int) bool {
	it := c.itemOnLine[n]
	if it == nil {
		return true
	}
	before := string(c.src[c.d.LineStart(n):it.MarkerSpan.Start])
	return strings.Contains(before, nbsp) || strings.HasPrefix(string(c.src[it.MarkerSpan.End:]), nbsp)
}

const nbsp = "\u00a0"
