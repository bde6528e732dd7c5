package preview

import (
	"math/rand"
	"strings"
	"testing"
)

// TestDeferredDelimitersSameOutput renders random texts full of emphasis,
// strikethrough and links with the delimiters matched by matchDelimiters
// and by goldmark's own ProcessDelimiters: the output must be the same.
func TestDeferredDelimitersSameOutput(t *testing.T) {
	toks := []string{"*", "**", "***", "_", "__", "~~", "~", "a", "b", " ", " ", "\n", ".", ",", "[", "]", "](x)", "[l](y)",
		"![i](z)", "`", "\\", "\\*", "'", "\"", "*a*", "_a_", "**b**", "~~c~~", "\n\n", "\n> ", "\n- ", "é", "(", ")"}
	r := rand.New(rand.NewSource(7))
	defer func() { deferDelimiters = true }()
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		for k := r.Intn(30); k >= 0; k-- {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		src := []byte(b.String())
		for _, opt := range []Option{WithNow(fixedNow), WithMode(GitHub)} {
			deferDelimiters = false
			want := Render(src, opt)
			deferDelimiters = true
			if got := Render(src, opt); got != want {
				t.Fatalf("%q:\nmatched after the parse: %s\nby goldmark:             %s", src, got, want)
			}
		}
	}
}

// TestStrikethroughGitHub: GitHub mode still renders GFM strikethrough.
func TestStrikethroughGitHub(t *testing.T) {
	out := Render([]byte("a ~~b~~ ~c~ *d ~~e*~~\n"), WithMode(GitHub))
	if want := "<p>a <del>b</del> <del>c</del> <em>d ~~e</em>~~</p>\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
