package yamlite

import (
	"strings"
	"unicode/utf8"
)

// Resolve returns the tag Jekyll's YAML reader (Ruby's Psych, YAML 1.1)
// gives the plain scalar s, following Psych's ScalarScanner.tokenize rule
// by rule. It fails where Psych fails: on a Ruby symbol (":name"), which
// Jekyll refuses to load, and on "0b" or "0x" without digits.
func Resolve(s string) (string, error) {
	switch {
	case s == "":
		return NullTag, nil
	case strings.Contains(s, "\n") || wordStart(s):
		return wordTag(s), nil
	case isTime(s):
		return timeTag(s)
	case isDate(s):
		if validDate(s) {
			return TimestampTag, nil
		}
		return StrTag, nil
	case isInfOrNaN(s):
		return FloatTag, nil
	case len(s) > 1 && s[0] == ':':
		return "", errorString(msgSymbol)
	case isBase60(s, false):
		return IntTag, nil
	case isBase60(s, true):
		return FloatTag, nil
	case isFloat(s):
		return floatTag(s)
	case isInt(s):
		if d := strings.NewReplacer("_", "", ",", "").Replace(strings.TrimLeft(s, "+-")); d == "0b" || d == "0x" {
			return "", errorString("cannot read " + s + " as a number (Psych fails on it); quote it")
		}
		return IntTag, nil
	}
	return StrTag, nil
}

// floatTag is the tag of a string that matches FLOAT: a lone "." (with a
// sign) is a string; without a digit Ruby's Float fails (".e+1").
func floatTag(s string) (string, error) {
	switch mantissa, _, _ := strings.Cut(strings.ToLower(s), "e"); {
	case strings.TrimLeft(s, "+-") == ".":
		return StrTag, nil
	case !strings.ContainsAny(mantissa, "0123456789"):
		return "", errorString("cannot read " + s + " as a number (Psych fails on it); quote it")
	}
	return FloatTag, nil
}

// errorString is an error without a line, for Resolve.
type errorString string

func (e errorString) Error() string { return string(e) }

// wordStart reports whether s starts the way Psych's first test
// (^[^\d.:-]?[[:alpha:]_\s!@#$%^&*(){}<>|/\\~;=]+) recognises a word: such
// a string can only be null, a boolean or a string. A non-ASCII start
// counts as a word: no number, date or keyword starts with one.
func wordStart(s string) bool {
	c := s[0]
	switch {
	case wordChar(c) || c >= utf8.RuneSelf:
		return true
	case isDigit(c) || c == '.' || c == ':' || c == '-':
		return false
	}
	return len(s) > 1 && (wordChar(s[1]) || s[1] >= utf8.RuneSelf)
}

// wordChar reports whether c is in Psych's word class (ASCII part).
func wordChar(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || strings.IndexByte("_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=", c) >= 0
}

// wordTag is Psych's tag for a word: longer than five characters it is a
// string; else null, true and false words in any case (Ruby folds case
// as strings.EqualFold does). Ruby's ^ and $ match at every line, so a
// short value of several lines is a string as soon as one line starts
// with another letter, and else a keyword when one line is.
func wordTag(s string) string {
	if utf8.RuneCountInString(s) > 5 {
		return StrTag
	}
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n") // no line starts after a final "\n"
	for _, l := range lines {
		if l == "" || !strings.ContainsRune("ytonfYTONF~", rune(l[0])) {
			return StrTag
		}
	}
	if s == "~" {
		return NullTag
	}
	for _, words := range []struct {
		tag   string
		words []string
	}{{NullTag, []string{"null"}}, {BoolTag, []string{"yes", "true", "on", "no", "false", "off"}}} {
		for _, l := range lines {
			for _, w := range words.words {
				if strings.EqualFold(l, w) {
					return words.tag
				}
			}
		}
	}
	return StrTag
}

// isInfOrNaN matches (?i)^[-+]?\.inf$ and (?i)^\.nan$.
func isInfOrNaN(s string) bool {
	if s[0] == '+' || s[0] == '-' {
		return strings.EqualFold(s[1:], ".inf")
	}
	return strings.EqualFold(s, ".inf") || strings.EqualFold(s, ".nan")
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// cursor walks a string for the hand-written matchers below.
type cursor struct {
	s string
	i int
}

func (c *cursor) done() bool { return c.i >= len(c.s) }

// byte consumes one of the bytes in set.
func (c *cursor) byte(set string) bool {
	if c.i < len(c.s) && strings.IndexByte(set, c.s[c.i]) >= 0 {
		c.i++
		return true
	}
	return false
}

// digits consumes up to max digits (any number when max is 0) and returns
// their value and count.
func (c *cursor) digits(max int) (value, n int) {
	for c.i < len(c.s) && isDigit(c.s[c.i]) && (max == 0 || n < max) {
		value = value*10 + int(c.s[c.i]-'0')
		c.i++
		n++
	}
	return value, n
}

// run consumes bytes of set and returns how many.
func (c *cursor) run(set string) int {
	n := 0
	for c.byte(set) {
		n++
	}
	return n
}
