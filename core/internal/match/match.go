// Package match holds the small text matchers that replace regular
// expressions in the code the WebAssembly build links (the regexp
// package and the Unicode tables it drags in are large, and compiling
// dozens of expressions slows the page's start).
//
// The matchers keep the exact meaning of the expressions they replace,
// Go's regexp syntax included: \b is an ASCII word boundary, \s is
// [\t\n\f\r ], and (?i) folds case as Go does, which also matches 'k'
// with KELVIN SIGN (U+212A) and 's' with LATIN SMALL LETTER LONG S
// (U+017F). Each caller's tests compare its matchers with the original
// expressions. Every matcher runs in time linear in its input (times the
// length of the words it looks for).
package match

import (
	"strings"
	"unicode/utf8"
)

// The runes that (?i) folds with an ASCII letter.
const (
	kelvin = '\u212A' // K
	longS  = '\u017F' // ſ
)

// IsWord reports whether c is an ASCII word character, [0-9A-Za-z_].
func IsWord(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// Boundary reports whether \b holds at byte offset i of s: a word
// character on one side and not on the other.
func Boundary(s string, i int) bool {
	before := i > 0 && IsWord(s[i-1])
	after := i < len(s) && IsWord(s[i])
	return before != after
}

// IsSpace reports whether c is in \s: [\t\n\f\r ].
func IsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// SkipSpace returns the offset after the \s characters from i.
func SkipSpace(s string, i int) int {
	for i < len(s) && IsSpace(s[i]) {
		i++
	}
	return i
}

// SkipBlanks returns the offset after the spaces and tabs from i.
func SkipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// SkipNonWordFold returns the offset after the runes from i that (?i)\W
// matches: all but ASCII word characters and the two runes (?i) folds
// with k and s.
func SkipNonWordFold(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < utf8.RuneSelf && IsWord(byte(r)) || r == kelvin || r == longS {
			break
		}
		i += size
	}
	return i
}

// FoldWordRune reports whether (?i)[\w-] matches r: an ASCII word
// character, '-', or a rune (?i) folds with one.
func FoldWordRune(r rune) bool {
	return r < utf8.RuneSelf && (IsWord(byte(r)) || r == '-') || r == kelvin || r == longS
}

// HasPrefixFold reports whether s[i:] starts with lit as (?i)lit matches
// it, and returns the offset after the match. lit is ASCII.
func HasPrefixFold(s string, i int, lit string) (end int, ok bool) {
	for k := 0; k < len(lit); k++ {
		if i >= len(s) {
			return 0, false
		}
		c, p := s[i], lit[k]
		if c == p || c|0x20 == p|0x20 && 'a' <= p|0x20 && p|0x20 <= 'z' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !(r == kelvin && p|0x20 == 'k' || r == longS && p|0x20 == 's') {
			return 0, false
		}
		i += size
	}
	return i, true
}

// hasPrefix is HasPrefixFold or, without fold, strings.HasPrefix.
func hasPrefix(s string, i int, lit string, fold bool) (int, bool) {
	if fold {
		return HasPrefixFold(s, i, lit)
	}
	if strings.HasPrefix(s[i:], lit) {
		return i + len(lit), true
	}
	return 0, false
}

// pattern is a word to look for: literal ASCII text, optionally starting
// with "^" (only at the start of the text) or `\b` and ending with `\b`.
type pattern struct {
	lit             string
	anchored        bool
	before, after   bool // \b before, after
	first, firstAlt byte // lit[0] and, with fold, its other case
}

func parse(word string, fold bool) pattern {
	var p pattern
	p.anchored = strings.HasPrefix(word, "^")
	word = strings.TrimPrefix(word, "^")
	word, p.before = strings.CutPrefix(word, `\b`)
	word, p.after = strings.CutSuffix(word, `\b`)
	p.lit = word
	p.first, p.firstAlt = word[0], word[0]
	if fold && 'a' <= word[0]|0x20 && word[0]|0x20 <= 'z' {
		p.firstAlt = word[0] ^ 0x20
	}
	return p
}

// at reports whether the pattern matches at byte offset i of s.
func (p pattern) at(s string, i int, fold bool) (end int, ok bool) {
	if p.before && !Boundary(s, i) {
		return 0, false
	}
	end, ok = hasPrefix(s, i, p.lit, fold)
	if ok && p.after && !Boundary(s, end) {
		return 0, false
	}
	return end, ok
}

// index returns the first match of the pattern that starts in [from, to)
// of s (the match itself and its boundaries may look past to).
func (p pattern) index(s string, from, to int, fold bool) (start, end int) {
	if p.anchored {
		if from == 0 && to > 0 {
			if end, ok := p.at(s, 0, fold); ok {
				return 0, end
			}
		}
		return -1, -1
	}
	for i := from; i < to; i++ {
		c := s[i]
		// A match starts with the pattern's first letter or, with fold,
		// its other case or the multi-byte rune folded with it.
		if c != p.first && c != p.firstAlt && !(fold && c >= utf8.RuneSelf) {
			continue
		}
		if end, ok := p.at(s, i, fold); ok {
			return i, end
		}
	}
	return -1, -1
}

// Index returns where the first match of word in s starts and ends, or
// -1, -1. word is literal ASCII text, optionally led by "^" (match only at
// the start) or `\b`, and followed by `\b`. With fold, letters match as
// under (?i).
func Index(s, word string, fold bool) (start, end int) {
	return parse(word, fold).index(s, 0, len(s), fold)
}

// IndexFrom is Index for a match that starts in s[from:to], with the
// boundaries of the whole of s.
func IndexFrom(s string, from, to int, word string, fold bool) (start, end int) {
	return parse(word, fold).index(s, from, to, fold)
}

// AnyFold reports whether s matches any of words under (?i): the
// expression word1|word2|... (see Index for the syntax of a word).
func AnyFold(s string, words ...string) bool {
	for _, w := range words {
		if start, _ := Index(s, w, true); start >= 0 {
			return true
		}
	}
	return false
}

// Any is AnyFold with case.
func Any(s string, words ...string) bool {
	for _, w := range words {
		if start, _ := Index(s, w, false); start >= 0 {
			return true
		}
	}
	return false
}

// PrefixFold returns the end of the first of words (in order, as the
// alternation ^(?i:word1|word2|...) chooses) that s[i:] starts with. A
// word may end with `\b`.
func PrefixFold(s string, i int, words ...string) (end int, ok bool) {
	for _, w := range words {
		if end, ok := parse(w, true).at(s, i, true); ok {
			return end, true
		}
	}
	return 0, false
}
