package registers

import (
	"strings"
	"unicode"

	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/profile"
)

// normalise returns the words of an item's text for matching copies: lower
// case, handles replaced by the handle meant, the next agenda's carried
// mark, link targets, markup and punctuation dropped.
func normalise(text string, p *profile.Profile) []string {
	text, _ = agenda.StripCarried(strings.TrimSpace(text))
	text = dropLinkTargets(text)
	var words []string
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '@' || r == '-' || r == '_' || r == '.' || r == ':')
	}) {
		f = strings.Trim(f, "-.:_")
		if f == "" || f == "@" {
			continue
		}
		if f[0] == '@' {
			f = canonical(p, f)
		}
		words = append(words, strings.ToLower(f))
	}
	return words
}

// dropLinkTargets removes the "(url)" after a link's text, so that a link
// moved to another view still reads the same.
func dropLinkTargets(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "](")
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		b.WriteString(s[:i+1])
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// dice returns the Dice coefficient of two lists of words taken as
// multisets: twice the words they share over the words they hold.
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(a))
	for _, w := range a {
		count[w]++
	}
	shared := 0
	for _, w := range b {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

// minPrefix is the fewest words a text must have for a copy that extends
// it to match it.
const minPrefix = 3

// extends reports whether one list of words starts with the other, which
// holds at least minPrefix words.
func extends(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < minPrefix {
		return false
	}
	for i, w := range a {
		if b[i] != w {
			return false
		}
	}
	return true
}
