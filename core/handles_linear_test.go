package core

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestMentionsLinear checks Mentions, which remembers failed searches,
// against the direct scan it replaces (mentionsReference), and that a
// 512 KB run of "<a" or "`" still finds the mention after it.
func TestMentionsLinear(t *testing.T) {
	toks := []string{"@a", "@bob", " ", "`", "``", "](", ")", "<a", ">", "a", "http://x", "x@y", "\n", "]", "("}
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 5000; i++ {
		var b strings.Builder
		for k := r.Intn(40); k >= 0; k-- {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		s := b.String()
		if got, want := Mentions(s), mentionsReference(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %v, want %v", s, got, want)
		}
	}
	for _, unit := range []string{"<a", "`", "](", "``a"} {
		s := strings.Repeat(unit, 512<<10/len(unit)) + " @sjn"
		if got := Mentions(s); len(got) != 1 || got[0].Handle != "@sjn" {
			t.Errorf("%q run: %v", unit, got)
		}
	}
}

func mentionsReference(text string) []Mention {
	var out []Mention
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == '`':
			i = skipCodeReference(text, i)
		case c == ']' && i+1 < len(text) && text[i+1] == '(':
			i = skipToReference(text, i+2, ')')
		case c == '<' && i+1 < len(text) && isAlpha(text[i+1]):
			i = skipToReference(text, i+1, '>')
		case c == 'h' && (strings.HasPrefix(text[i:], "http://") || strings.HasPrefix(text[i:], "https://")):
			i = skipURL(text, i)
		case c == '@' && (i == 0 || !isHandlePrefixBlocker(text[i-1])):
			n := handleLen(text[i+1:])
			if n > 0 {
				out = append(out, Mention{text[i : i+1+n], i, i + 1 + n})
				i += n
			}
		}
	}
	return out
}

func skipCodeReference(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	fence := s[i : i+n]
	if j := strings.Index(s[i+n:], fence); j >= 0 {
		return i + n + j + n - 1
	}
	return i + n - 1
}

func skipToReference(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return i - 1
}
