package preview

import (
	"strconv"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/adversarial"
)

// adversarialWant is, per construct of adversarial.Constructs, a
// substring of the output at every size, and the same in GitHub mode when
// it differs; a construct not here must merely render.
var adversarialWant = map[string][2]string{
	"link-open":        {"[a](", ""},
	"image-open":       {"![a](", ""},
	"link-angle":       {"[a](&lt;", ""},
	"link-title":       {"[a](x (", ""},
	"link-title-quote": {"[a](x “[a]", "[a](x &quot;[a]"},
	"ref-open":         {"[a][", ""},
	"brackets":         {"[[[", ""},
	"brackets-close":   {"]]]", ""},
	"parens":           {"(((", ""},
	"bracket-paren":    {"](", ""},
	"backticks":        {"````", "<code>"},
	"backtick-runs":    {"a", ""},
	"stars":            {"<hr", ""},
	"star-words":       {"*a", ""},
	"underscores":      {"_a", ""},
	"strong-open":      {"**a", ""},
	"mixed-emphasis":   {"a", ""},
	"strike":           {"~~a", ""},
	"math":             {`\(a \)`, "$$a $$a"},
	"blockquotes":      {"x", ""},
	"quote-lines":      {"y", ""},
	"comments":         {"&lt;!–&lt;!–", "&lt;!--&lt;!--"},
	"angles":           {"«««", "&lt;&lt;"},
	"autolink-open":    {"&lt;a", ""},
	"html-tags":        {"&lt;b&gt;", ""},
	"entities":         {"&amp;amp", ""},
	"entities-num":     {"&amp;#", ""},
	"ampersands":       {"&amp;&amp;", ""},
	"backslashes":      {"\\", ""},
	"smart-quotes":     {"”’”’", "&quot;'&quot;"},
	"liquid-open":      {"{{", ""},
	"liquid-tags":      {"{% x", ""},
	"liquid-filters":   {"ABC ABC", "append: "},
	"liquid-lines":     {"<li>xx</li>", "replace: "},
	"emph-links":       {"[a](", ""},
	"table-rows":       {"<td>a</td>", ""},
	"table-cols":       {"<td>a</td>", ""},
	"list-nesting":     {"x", ""},
	"list-items":       {"<li>item text here</li>", ""},
	"headings":         {"h</h1>", ""},
	"heading-levels":   {"Heading text</h2>", ""},
	"heading-sections": {"Topic</h2>", ""},
	"html-blocks":      {"&lt;div&gt;", ""},
}

// TestAdversarial renders every construct at 100x and checks the output
// is there; BenchmarkAdversarial times the growth (issue 13: each of these
// was, or could be, quadratic).
func TestAdversarial(t *testing.T) {
	for _, c := range adversarial.Constructs {
		t.Run(c.Name, func(t *testing.T) {
			src := c.Doc(100)
			want := adversarialWant[c.Name]
			if out := Render(src, WithNow(fixedNow)); !strings.Contains(out, want[0]) {
				t.Errorf("output lacks %q: %.200s", want[0], out)
			}
			gh := want[1]
			if gh == "" {
				gh = want[0]
			}
			if out := Render(src, WithMode(GitHub)); !strings.Contains(out, gh) {
				t.Errorf("GitHub mode: output lacks %q: %.200s", gh, out)
			}
		})
	}
}

// BenchmarkAdversarial renders each construct at 1x, 10x and 100x (about
// 100 KB): time per op should grow tenfold from one size to the next.
func BenchmarkAdversarial(b *testing.B) {
	for _, c := range adversarial.Constructs {
		for _, n := range []int{1, 10, 100} {
			src := c.Doc(n)
			b.Run(c.Name+"/"+strconv.Itoa(n)+"x", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				for i := 0; i < b.N; i++ {
					Render(src, WithNow(fixedNow))
				}
			})
		}
	}
}
