package preview

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/core/frontmatter"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/yamlite"
)

// FrontMatter tells how the website reads the file's front matter. The
// site is built by the github-pages gem, which turns on the
// jekyll-optional-front-matter plugin: a Markdown file without front matter
// is still rendered as a page, only without page variables.
type FrontMatter uint8

const (
	// FrontMatterRead: the front matter is read and its fields are page
	// variables.
	FrontMatterRead FrontMatter = iota
	// FrontMatterNone: no front matter; the page is rendered without
	// variables (no title, no meeting_time).
	FrontMatterNone
	// FrontMatterAfterBOM: a byte-order mark precedes the front matter.
	// Plain Jekyll does not treat the file as a page at all; GitHub Pages
	// (jekyll-optional-front-matter, which reads files without the BOM)
	// renders it with its variables.
	FrontMatterAfterBOM
	// FrontMatterNotRecognized: the file starts like front matter ("----",
	// " ---", or an unclosed "---") but Jekyll does not read it: the lines
	// are rendered as Markdown text and the page has no variables.
	FrontMatterNotRecognized
	// FrontMatterInvalidYAML: Jekyll finds the block but its YAML does not
	// parse; the page is rendered without variables.
	FrontMatterInvalidYAML
	// FrontMatterNotMapping: the YAML is not a list of "key: value" lines;
	// the site's build fails.
	FrontMatterNotMapping
)

// String describes the status for a reader.
func (f FrontMatter) String() string {
	switch f {
	case FrontMatterRead:
		return "front matter read"
	case FrontMatterNone:
		return "no front matter: the page has no title or meeting_time"
	case FrontMatterAfterBOM:
		return "a byte-order mark precedes the front matter: plain Jekyll does not render the file as a page; GitHub Pages (jekyll-optional-front-matter) does"
	case FrontMatterNotRecognized:
		return "the front matter is not recognized: the website shows its lines as text and the page has no title or meeting_time"
	case FrontMatterInvalidYAML:
		return "the front matter is not valid YAML: the website ignores it, the page has no title or meeting_time"
	case FrontMatterNotMapping:
		return "the front matter is not a list of \"key: value\" lines: the site's build fails"
	}
	return "unknown"
}

// jekyllPage is the file as the site's Jekyll reads it.
type jekyllPage struct {
	status    FrontMatter
	bodyStart int // byte offset of the body (the content) in the file
	bodyLine  int // 1-based line of the body's first line
	body      string
	scope     *liquidScope
	title     string // front matter title, else jekyll-titles-from-headings'
	// titleFromFM is true when the front matter sets the title.
	titleFromFM bool
	layout      string
	toc         bool
}

const bom = "\uFEFF"

// Site is what the preview knows of the website the minutes are published
// on, as its _config.yml sets it: {{ site.url }} and {{ site.title }} in
// the minutes. The group's profile has it (profile.Site); without
// WithSite both are empty, as in a Jekyll site that sets neither.
type Site struct {
	URL, Title string
}

// WithSite sets the website's address and title.
func WithSite(s Site) Option { return func(c *config) { c.site = s } }

// WithProfileSite sets the website from a group's profile (nil: nothing).
func WithProfileSite(p *profile.Profile) Option {
	if p == nil {
		return func(*config) {}
	}
	return WithSite(Site{URL: p.Site.URL, Title: p.Site.Title})
}

// vars are the site variables Liquid sees.
func (s Site) vars() map[string]liquidValue {
	return map[string]liquidValue{
		"url":     {str: s.URL},
		"baseurl": {str: ""},
		"title":   {str: s.Title},
		"locale":  {str: "en-US"},
	}
}

// readPage splits src as Jekyll (with the github-pages gem) does.
func readPage(src string, now time.Time, site Site) *jekyllPage {
	p := &jekyllPage{scope: &liquidScope{page: map[string]liquidValue{}, site: site.vars(), now: now}, toc: true, layout: "single"}
	off := 0
	hadBOM := strings.HasPrefix(src, bom)
	if hadBOM {
		off = len(bom)
	}
	s := src[off:]
	end, ok := jekyllFrontMatterEnd(s)
	switch {
	case ok:
		p.bodyStart = off + end
		p.status = FrontMatterRead
		if hadBOM {
			p.status = FrontMatterAfterBOM
		}
		p.readVars(s[:end])
	case looksLikeFrontMatter(s):
		p.bodyStart, p.status = off, FrontMatterNotRecognized
	default:
		p.bodyStart, p.status = off, FrontMatterNone
	}
	p.body = src[p.bodyStart:]
	p.bodyLine = 1 + strings.Count(src[:p.bodyStart], "\n")
	_, p.titleFromFM = p.scope.page["title"]
	if !p.titleFromFM {
		if t := titleFromHeading(p.body); t != "" {
			p.scope.page["title"] = liquidValue{str: t}
		}
	}
	if t, has := p.scope.page["title"]; has {
		p.title = t.String()
	}
	if v, has := p.scope.page["toc"]; has {
		p.toc = v.str != "false" && v.str != "" && !v.isNil
	}
	if v, has := p.scope.page["layout"]; has {
		p.layout = v.String()
	}
	return p
}

// looksLikeFrontMatter reports whether s starts with a line of three or
// more dashes, possibly indented: a writer meant front matter.
func looksLikeFrontMatter(s string) bool {
	first, _, _ := strings.Cut(s, "\n")
	first = strings.TrimSpace(first)
	return len(first) >= 3 && strings.Trim(first, "-") == ""
}

// jekyllFrontMatterEnd matches Jekyll's YAML_FRONT_MATTER_REGEXP,
// \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?), and returns where the content
// starts (blank lines after the closing line belong to the match).
func jekyllFrontMatterEnd(s string) (int, bool) {
	if !strings.HasPrefix(s, "---") {
		return 0, false
	}
	ws := 3
	for ws < len(s) && isRubySpace(s[ws]) {
		ws++
	}
	nl := strings.LastIndexByte(s[3:ws], '\n')
	if nl < 0 {
		return 0, false
	}
	for pos := 3 + nl + 1; pos < len(s); {
		lineEnd := strings.IndexByte(s[pos:], '\n')
		if lineEnd < 0 {
			lineEnd = len(s)
		} else {
			lineEnd += pos
		}
		l := s[pos:lineEnd]
		if (strings.HasPrefix(l, "---") || strings.HasPrefix(l, "...")) && isBlank(l[3:]) {
			w := pos + 3
			for w < len(s) && isRubySpace(s[w]) {
				w++
			}
			if w == len(s) {
				return w, true
			}
			if k := strings.LastIndexByte(s[pos+3:w], '\n'); k >= 0 {
				return pos + 3 + k + 1, true
			}
			return lineEnd, true
		}
		pos = lineEnd + 1
	}
	return 0, false
}

// readVars reads the front matter block (ending with its closing line) into
// page variables.
func (p *jekyllPage) readVars(block string) {
	// Jekyll hands YAML the block without its closing line (which is the
	// last line that is not blank).
	closing := strings.LastIndexByte(strings.TrimRight(block, " \t\r\n\f\v"), '\n') + 1
	doc, err := yamlite.Parse([]byte(block[:closing]))
	if err != nil {
		p.status = FrontMatterInvalidYAML
		return
	}
	if root := doc.Content[0]; root.Kind != yamlite.MappingNode && root.Tag != yamlite.NullTag {
		p.status = FrontMatterNotMapping
		return
	}
	fm := frontmatter.Parse([]byte(block))
	if fm == nil || fm.Err != nil {
		p.status = FrontMatterInvalidYAML
		return
	}
	for _, f := range fm.Fields {
		v := liquidValue{str: f.Value}
		if f.Tag == "!!timestamp" {
			if t, ok := yamlTimestamp(f.Value); ok {
				v = liquidValue{time: &t}
			}
		}
		if f.Tag == "!!null" {
			v = liquidNil
		}
		p.scope.page[f.Key] = v
	}
}

// yamlTimestamp reads a YAML timestamp as Ruby's YAML does: a date alone
// is a Date, a date and time without zone is in the build's zone (UTC).
func yamlTimestamp(s string) (rubyTime, bool) {
	for _, layout := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2 15:4:5.999999999 -07:00", "2006-1-2"} {
		if t, err := time.Parse(layout, s); err == nil {
			if layout == "2006-1-2" {
				return rubyTime{t: t, zone: "+00:00", date: true}, true
			}
			return rubyTime{t: t.UTC(), zone: "UTC"}, true
		}
	}
	return rubyTime{}, false
}

// titleFromHeading is jekyll-titles-from-headings' title: the text of a
// heading of level 1 to 3, or of a setext heading, at the very start of
// the content.
func titleFromHeading(body string) string {
	s := strings.TrimLeft(body, " \t\r\n\f\v")
	first, rest, _ := strings.Cut(s, "\n")
	first = strings.TrimSuffix(first, "\r")
	n := 0
	for n < len(first) && first[n] == '#' {
		n++
	}
	var title string
	switch {
	case n >= 1 && n <= 3 && n < len(first) && isRubySpace(first[n]):
		title = strings.TrimSpace(first[n:])
	default:
		second, _, _ := strings.Cut(rest, "\n")
		second = strings.TrimRight(second, " \t\r")
		if second != "" && strings.Trim(second, "-") == "" || second != "" && strings.Trim(second, "=") == "" {
			title = first
		}
	}
	return strings.Join(strings.Fields(stripInlineMarkup(title)), " ")
}

// stripInlineMarkup removes Markdown emphasis, code and link syntax from a
// title, approximating markdownify | strip_html.
func stripInlineMarkup(s string) string {
	r := strings.NewReplacer("**", "", "__", "", "`", "")
	s = r.Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', ']':
			continue
		case '(':
			if i > 0 && s[i-1] == ']' {
				if j := strings.IndexByte(s[i:], ')'); j > 0 {
					i += j
					continue
				}
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// parseFrontMatterFor reads the front matter of a file (after any BOM),
// for the line of a YAML error.
func parseFrontMatterFor(text string) *frontmatter.Block {
	return frontmatter.Parse([]byte(strings.TrimPrefix(text, bom)))
}
