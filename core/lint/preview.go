package lint

import (
	"github.com/cpansec/minutes/core/preview"
)

// explainedBy are the rules whose finding on a line already says why the
// website shows it otherwise than meant; a divergence on that line would
// repeat it.
var explainedBy = map[string]bool{
	"nbsp-marker": true, "broken-box": true, "nbsp-heading": true, "invisible-space": true,
	"bom": true, "front-matter-delimiter": true, "front-matter-unclosed": true,
	"front-matter-missing": true, "yaml": true,
}

// rendersDifferently reports the places package preview finds where the
// website renders the Markdown otherwise than GitHub, the writer or the
// preview would: headings swallowed by lists, lines GitHub underlines
// into headings, raw HTML the preview does not show. Places that another
// rule already explains are left out, and so are the lines of a front
// matter block that has its own finding.
func (c *checker) rendersDifferently(divergences []preview.Divergence) {
	explained := map[int]bool{}
	frontMatterEnd := 0
	for _, f := range c.findings {
		if explainedBy[f.Rule] {
			explained[f.Line] = true
			if f.Rule != "nbsp-marker" && f.Rule != "broken-box" && f.Rule != "nbsp-heading" && f.Rule != "invisible-space" {
				frontMatterEnd = max(frontMatterEnd, c.frontMatterLastLine())
			}
		}
	}
	for _, dv := range divergences {
		if explained[dv.Line] || dv.Line <= frontMatterEnd {
			continue
		}
		c.addAt(dv.Line, dv.Column, "renders-differently", Warning, dv.Message, nil)
	}
}

// frontMatterLastLine returns the last line of the front matter block, or
// of an indented one Jekyll does not see, or 0.
func (c *checker) frontMatterLastLine() int {
	if fm := c.d.FrontMatter; fm != nil {
		return c.d.Line(max(fm.End-1, 0))
	}
	if _, end := indentedFrontMatter(c.src); end > 0 {
		return end
	}
	return 0
}
