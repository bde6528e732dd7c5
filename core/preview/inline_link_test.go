package preview

import (
	"math/rand"
	"strings"
	"testing"
)

// TestLinkGuardSameOutput renders random texts full of link syntax with
// the link guard on every line and with it off: the output must be the
// same, since the guard only skips scans whose failure it is sure of.
func TestLinkGuardSameOutput(t *testing.T) {
	toks := []string{"[a]", "](", "(", ")", "[", "]", "<", ">", "\\", "\\(", "\\)", "\"", "'", " ", "  ", "\n", "x", "y z",
		"[a](", "](<", "(t)", " \"t\"", "](x)", "\n\n", "*", "`", "![i](", "[r]", "\t", "&", ")\n", "\n> ", "\n- ", "\n  "}
	r := rand.New(rand.NewSource(13))
	old := linkGuardMin
	defer func() { linkGuardMin = old }()
	n := 3000
	if testing.Short() {
		n = 300
	}
	for i := 0; i < n; i++ {
		var b strings.Builder
		b.WriteString("[r]: /ref\n\n")
		for k := r.Intn(40); k >= 0; k-- {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		src := []byte(b.String())
		for _, opt := range []Option{WithNow(fixedNow), WithMode(GitHub)} {
			linkGuardMin = 1 << 30
			want := Render(src, opt)
			linkGuardMin = 0
			if got := Render(src, opt); got != want {
				t.Fatalf("%q:\nwith the guard: %s\nwithout:        %s", src, got, want)
			}
		}
	}
}
