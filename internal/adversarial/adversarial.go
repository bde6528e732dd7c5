// Package adversarial builds hostile documents: constructs that a
// Markdown parser, a linter or a template evaluator may rescan, each grown
// to any size (issue 13). The preview's, lint's and the agenda's tests and
// benchmarks, the command's 512 KB check and `./build.sh bench` all grow
// the same list, so a construct added here is measured everywhere.
//
// A construct at scale n is its unit repeated Reps×n times (about 1 KB at
// 1x, 100 KB at 100x), or, for constructs made of lines, Reps×n lines.
package adversarial

import "strings"

// Construct is one hostile input.
type Construct struct {
	// Name names it in test and benchmark names.
	Name string
	// Unit is what is repeated.
	Unit string
	// Reps is how many units make the 1x document.
	Reps int
	// build, when set, makes the body of n units instead of repeating Unit.
	build func(unit string, n int) string
}

// Constructs is every hostile construct, by family: links and brackets,
// code spans, emphasis, block quotes, raw HTML and entities, Liquid,
// tables, lists, headings and other blocks.
var Constructs = []Construct{
	{Name: "link-open", Unit: "[a](", Reps: 200},
	{Name: "image-open", Unit: "![a](", Reps: 200},
	{Name: "link-angle", Unit: "[a](<", Reps: 200},
	{Name: "link-title", Unit: "[a](x (", Reps: 200},
	{Name: "link-title-quote", Unit: "[a](x \"", Reps: 200},
	{Name: "ref-open", Unit: "[a][", Reps: 200},
	{Name: "brackets", Unit: "[", Reps: 800},
	{Name: "brackets-close", Unit: "]", Reps: 800},
	{Name: "parens", Unit: "(", Reps: 800},
	{Name: "bracket-paren", Unit: "](", Reps: 400},
	{Name: "emph-links", Unit: "*[a](", Reps: 200},
	{Name: "backticks", Unit: "`", Reps: 800},
	{Name: "backtick-runs", Unit: "`a``b", Reps: 160},
	{Name: "stars", Unit: "*", Reps: 800},
	{Name: "star-words", Unit: "*a ", Reps: 270},
	{Name: "underscores", Unit: "_a ", Reps: 270},
	{Name: "strong-open", Unit: "**a ", Reps: 200},
	{Name: "mixed-emphasis", Unit: "*a_ ", Reps: 200},
	{Name: "strike", Unit: "~~a ", Reps: 200},
	{Name: "math", Unit: "$$a ", Reps: 200},
	{Name: "blockquotes", Unit: ">", Reps: 800, build: func(u string, n int) string {
		return strings.Repeat(u, n) + " x\n"
	}},
	{Name: "quote-lines", Unit: "> > > > > y\n", Reps: 80},
	{Name: "comments", Unit: "<!--", Reps: 200},
	{Name: "comment-lines", Unit: "<!-- a\n", Reps: 120},
	{Name: "angles", Unit: "<", Reps: 800},
	{Name: "autolink-open", Unit: "<a", Reps: 400},
	{Name: "html-tags", Unit: "<b>", Reps: 270},
	{Name: "entities", Unit: "&amp", Reps: 200},
	{Name: "entities-num", Unit: "&#", Reps: 400},
	{Name: "ampersands", Unit: "&", Reps: 800},
	{Name: "backslashes", Unit: "\\", Reps: 800},
	{Name: "smart-quotes", Unit: "\"'", Reps: 400},
	{Name: "liquid-open", Unit: "{{", Reps: 400},
	{Name: "liquid-tags", Unit: "{% x", Reps: 200},
	{Name: "liquid-filters", Unit: `{{ "ab" | append: "c" | upcase }} `, Reps: 25},
	{Name: "liquid-bombs", Unit: "- {{ \"xx\"" + strings.Repeat(` | replace: "x", "xxxx"`, 34) + " }}\n", Reps: 2},
	{Name: "liquid-lines", Unit: "- {{ \"x\" | replace: \"x\", \"xx\" }}\n", Reps: 25},
	{Name: "table-rows", Unit: "| a | b |\n", Reps: 80, build: func(u string, n int) string {
		return "| h | i |\n|---|---|\n" + strings.Repeat(u, n)
	}},
	{Name: "table-cols", Unit: "| a ", Reps: 200, build: func(u string, n int) string {
		row := strings.Repeat(u, n) + "|\n"
		return row + strings.Repeat("|---", n) + "|\n" + row
	}},
	{Name: "list-nesting", Unit: "- x\n", Reps: 40, build: func(u string, n int) string {
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(strings.Repeat(" ", i%40*2) + u)
		}
		return b.String()
	}},
	{Name: "list-items", Unit: "- item text here\n", Reps: 60},
	{Name: "loose-items", Unit: "- item text here\n\n", Reps: 50},
	{Name: "checked-items", Unit: "- [x] done\n", Reps: 90},
	{Name: "checked-sections", Unit: "## Topic\n\n- [x] done\n\n", Reps: 40},
	{Name: "checked-lists", Unit: "note\n- [x] done\n\n", Reps: 50},
	{Name: "timed-headings", Unit: "## 17:30 UTC – Topic\n", Reps: 40},
	{Name: "name-lists", Unit: "Attendees:\n- @a\n- @b\n\n", Reps: 40},
	{Name: "headings", Unit: "# h\n", Reps: 200},
	{Name: "heading-levels", Unit: "## Heading text\n", Reps: 60},
	{Name: "heading-sections", Unit: "## Topic\n\n- item\n\n", Reps: 50},
	{Name: "link-defs", Unit: "[a]: b\n", Reps: 100},
	{Name: "html-blocks", Unit: "<div>\n", Reps: 100},
	{Name: "fences", Unit: "~~~\n", Reps: 100},
}

// Doc is the construct's document at scale n (1 for 1x).
func (c Construct) Doc(n int) []byte {
	return c.doc(c.Reps * n)
}

// Sized is the construct's document at the largest scale that stays
// within size bytes (for checks at the editor's 512 KB cap).
func (c Construct) Sized(size int) []byte {
	lo, hi := 1, size // units: the body is at least one byte per unit
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if len(c.doc(mid)) <= size {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return c.doc(lo)
}

// doc is the document of units units.
func (c Construct) doc(units int) []byte {
	var body string
	if c.build != nil {
		body = c.build(c.Unit, units)
	} else {
		body = strings.Repeat(c.Unit, units)
	}
	return []byte(body + "\n")
}
