// Package matchtest helps tests show that a hand-written matcher (see
// core/internal/match) matches exactly as the regular expression it
// replaces: it compares the two on every line of the group's minutes and
// on random texts made of the words the expression looks for, in every
// case, with the runes (?i) folds with k and s, blanks of every kind and
// punctuation around them.
package matchtest

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// pieces are what random texts are made of besides the words.
var pieces = []string{
	"a", "B", "k", "s", "x", "_", "1", "@", "@a", " ", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u00a0",
	"-", "–", "—", ":", ",", ";", "&", ".", "…", "'", "’", "(", ")", "[", "]", "#", "*", "é", "\u212A", "\u017F",
}

// Texts returns n random texts built from words (each written as is, in
// upper case, in title case, cut short, or with 'k' and 's' replaced by
// the runes (?i) folds with them) and pieces.
func Texts(seed uint64, n int, words []string) []string {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for k := r.IntN(10); k > 0; k-- {
			if len(words) > 0 && r.IntN(3) > 0 {
				b.WriteString(variant(r, words[r.IntN(len(words))]))
			} else {
				b.WriteString(pieces[r.IntN(len(pieces))])
			}
		}
		out[i] = b.String()
	}
	return out
}

func variant(r *rand.Rand, w string) string {
	switch r.IntN(6) {
	case 1:
		return strings.ToUpper(w)
	case 2:
		return strings.ToUpper(w[:1]) + w[1:]
	case 3:
		return w[:r.IntN(len(w)+1)]
	case 4:
		return strings.NewReplacer("k", "\u212A", "s", "\u017F", "K", "\u212A", "S", "\u017F").Replace(w)
	}
	return w
}

// Lines returns every distinct line of the corpus, and each line without
// its list marker and leading blanks (where most matchers look).
func Lines(t testing.TB) []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range corpustest.Files(t, "*.md") {
		for _, l := range strings.Split(string(corpustest.Read(t, f)), "\n") {
			for _, v := range []string{l, strings.TrimLeft(l, " \t-*+#0123456789.)[]x")} {
				if !seen[v] {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
	}
	return out
}

// Compare fails the test on each input (up to five) where got and want
// differ.
func Compare[T any](t testing.TB, name string, inputs []string, want, got func(string) T) {
	t.Helper()
	fails := 0
	for _, in := range inputs {
		w, g := want(in), got(in)
		if !reflect.DeepEqual(w, g) {
			t.Errorf("%s(%q) = %#v, the expression gives %#v", name, in, g, w)
			if fails++; fails == 5 {
				return
			}
		}
	}
}
