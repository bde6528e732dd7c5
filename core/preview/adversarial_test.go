package preview

import (
	"strconv"
	"strings"
	"testing"
)

// adversarial are constructs a parser may rescan: each is a unit repeated
// reps times at 1x; the benchmark grows it to 10x and 100x (issue 13).
var adversarial = []struct {
	name string
	unit string
	reps int
	want string // a substring of the output at every size
	gh   string // the same in GitHub mode, when it differs
}{
	{"link-open", "[a](", 200, "[a](", ""},
	{"image-open", "![a](", 200, "![a](", ""},
	{"link-angle", "[a](<", 200, "[a](&lt;", ""},
	{"link-title", "[a](x (", 200, "[a](x (", ""},
	{"link-title-quote", "[a](x \"", 200, "[a](x “[a]", "[a](x &quot;[a]"},
	{"ref-open", "[a][", 200, "[a][", ""},
	{"brackets", "[", 800, "[[[", ""},
	{"brackets-close", "]", 800, "]]]", ""},
	{"parens", "(", 800, "(((", ""},
	{"bracket-paren", "](", 400, "](", ""},
	{"nested-links", "[", 400, "[[[", ""},
	{"backticks", "`", 800, "````", "<code>"},
	{"backtick-runs", "`a``b", 160, "a", ""},
	{"stars", "*", 800, "<hr", ""},
	{"star-words", "*a ", 270, "*a", ""},
	{"underscores", "_a ", 270, "_a", ""},
	{"strong-open", "**a ", 200, "**a", ""},
	{"mixed-emphasis", "*a_ ", 200, "a", ""},
	{"strike", "~~a ", 200, "~~a", ""},
	{"math", "$$a ", 200, `\(a \)`, "$$a $$a"},
	{"blockquotes", ">", 800, "x", ""},
	{"quote-lines", "> ", 400, "y", ""},
	{"comments", "<!--", 200, "&lt;!–&lt;!–", "&lt;!--&lt;!--"},
	{"angles", "<", 800, "«««", "&lt;&lt;"},
	{"autolink-open", "<a", 400, "&lt;a", ""},
	{"html-tags", "<b>", 270, "&lt;b&gt;", ""},
	{"entities", "&amp", 200, "&amp;amp", ""},
	{"entities-num", "&#", 400, "&amp;#", ""},
	{"ampersands", "&", 800, "&amp;&amp;", ""},
	{"backslashes", "\\", 800, "\\", ""},
	{"smart-quotes", "\"'", 400, "”’”’", "&quot;'&quot;"},
	{"liquid-open", "{{", 400, "{{", ""},
	{"liquid-tags", "{% x", 200, "{% x", ""},
	{"liquid-filters", `{{ "ab" | append: "c" | upcase }} `, 25, "ABC ABC", "append: "},
	{"emph-links", "*[a](", 200, "[a](", ""},
	{"table-rows", "| a | b |\n", 80, "<td>a</td>", ""},
	{"table-cols", "| a ", 200, "<td>a</td>", ""},
	{"list-nesting", " - x\n", 40, "x", ""},
	{"headings", "# h\n", 200, "h</h1>", ""},
	{"link-defs", "[a]: b\n", 100, "", ""},
	{"html-blocks", "<div>\n", 100, "&lt;div&gt;", ""},
	{"fences", "~~~\n", 100, "", ""},
}

// adversarialDoc builds a construct's document at scale n.
func adversarialDoc(unit string, reps, n int, name string) []byte {
	body := strings.Repeat(unit, reps*n)
	switch name {
	case "blockquotes":
		body += " x\n"
	case "quote-lines":
		body = strings.Repeat(strings.Repeat("> ", 5)+"y\n", reps*n/5)
	case "table-cols":
		row := strings.Repeat(unit, reps*n) + "|\n"
		body = row + strings.Repeat("|---", reps*n) + "|\n" + row
	case "table-rows":
		body = "| h | i |\n|---|---|\n" + body
	case "list-nesting":
		var b strings.Builder
		for i := 0; i < reps*n; i++ {
			b.WriteString(strings.Repeat(" ", i%40*2) + "- x\n")
		}
		body = b.String()
	}
	return []byte(body + "\n")
}

// TestAdversarial renders every construct at 100x and checks the output
// is there; BenchmarkAdversarial times the growth (issue 13: each of these
// was, or could be, quadratic).
func TestAdversarial(t *testing.T) {
	for _, c := range adversarial {
		t.Run(c.name, func(t *testing.T) {
			src := adversarialDoc(c.unit, c.reps, 100, c.name)
			if out := Render(src, WithNow(fixedNow)); !strings.Contains(out, c.want) {
				t.Errorf("output lacks %q: %.200s", c.want, out)
			}
			gh := c.gh
			if gh == "" {
				gh = c.want
			}
			if out := Render(src, WithMode(GitHub)); !strings.Contains(out, gh) {
				t.Errorf("GitHub mode: output lacks %q: %.200s", gh, out)
			}
		})
	}
}

// BenchmarkAdversarial renders each construct at 1x, 10x and 100x (about
// 80 KB): time per op should grow tenfold from one size to the next.
func BenchmarkAdversarial(b *testing.B) {
	for _, c := range adversarial {
		for _, n := range []int{1, 10, 100} {
			src := adversarialDoc(c.unit, c.reps, n, c.name)
			b.Run(c.name+"/"+strconv.Itoa(n)+"x", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					Render(src, WithNow(fixedNow))
				}
			})
		}
	}
}
