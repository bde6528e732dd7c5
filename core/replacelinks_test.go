package core

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/adversarial"
	"github.com/cpansec/minutes/internal/corpustest"
)

// TestReplaceLinksAsRegexp: replaceLinks's scan gives what the expression
// it replaced gives, on every line of the real minutes of every group, on
// every hostile construct and on random texts of brackets, parentheses
// and letters.
func TestReplaceLinksAsRegexp(t *testing.T) {
	replaced := 0
	check := func(what, s string) {
		t.Helper()
		if replaceLinks(s) != s {
			replaced++
		}
		if got, want := replaceLinks(s), linkRe().ReplaceAllString(s, "$1"); got != want {
			t.Errorf("%s: replaceLinks(%.80q) = %.80q, want %.80q", what, s, got, want)
		}
	}
	files := append(corpustest.Files(t, "*.md"), corpustest.Files(t, "../corpus-others/*/*.md")...)
	for _, p := range files {
		for _, line := range strings.Split(string(corpustest.Read(t, p)), "\n") {
			check(corpustest.Name(p), line)
		}
	}
	if replaced < 100 {
		t.Errorf("the real minutes have %d lines with links", replaced)
	}
	for _, c := range adversarial.Constructs {
		check(c.Name, string(c.Doc(3)))
	}
	r := rand.New(rand.NewPCG(13, 13))
	const alphabet = "[]()a\n"
	for range 20000 {
		b := make([]byte, r.IntN(24))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		check("random", string(b))
	}
}
