package lint

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/cpansec/minutes/core"
)

// oddSpaces names the non-ASCII spaces the rule reports, other than U+00A0
// (which the repairs cover). zeroWidth ones are removed by the fix, the
// others replaced by a space.
var oddSpaces = map[rune]string{
	0x2000: "en quad", 0x2001: "em quad", 0x2002: "en space", 0x2003: "em space",
	0x2004: "three-per-em space", 0x2005: "four-per-em space", 0x2006: "six-per-em space",
	0x2007: "figure space", 0x2008: "punctuation space", 0x2009: "thin space",
	0x200A: "hair space", 0x200B: "zero-width space", 0x202F: "narrow no-break space",
	0x3000: "ideographic space", 0xFEFF: "zero-width no-break space",
}

func isZeroWidth(r rune) bool { return r == 0x200B || r == 0xFEFF }

// spaceName returns "em space (U+2003)".
func spaceName(r rune) string { return fmt.Sprintf("%s (U+%04X)", oddSpaces[r], r) }

// invisibleSpaces reports non-ASCII spaces in the structure of a line (its
// indentation, list marker, task box, heading hashes) and in headings,
// and zero-width characters anywhere in the text.
func (c *checker) invisibleSpaces() {
	for _, l := range c.lines {
		s := scanStructure(l.text)
		if s.first >= 0 {
			r, _ := utf8.DecodeRuneInString(l.text[s.first:])
			sev, msg := Warning, fmt.Sprintf("%s in a heading: replace it with a normal space", spaceName(r))
			if s.breaks {
				sev, msg = Error, fmt.Sprintf("%s in %s: the website shows this line as text, not %s; replace it with a normal space",
					spaceName(r), s.where, s.what)
			}
			c.add(l.start+s.first, "invisible-space", sev, msg, c.replaceOdd(l, 0, s.end))
		}
		for i, r := range l.text[s.end:] {
			if isZeroWidth(r) && !(l.start+s.end+i == 0) {
				off := l.start + s.end + i
				msg := spaceName(r) + " in the text: it is invisible but splits words, names and links; remove it"
				c.add(off, "invisible-space", Warning, msg, core.Change{{Start: off, End: off + utf8.RuneLen(r)}})
			}
		}
	}
}

// replaceOdd returns the change that turns the odd spaces of l.text[i:j]
// into spaces (zero-width ones are removed).
func (c *checker) replaceOdd(l textLine, i, j int) core.Change {
	var b strings.Builder
	for _, r := range l.text[i:j] {
		switch {
		case isZeroWidth(r):
		case oddSpaces[r] != "":
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return core.Change{{Start: l.start + i, End: l.start + j, Text: b.String()}}
}

// structure is what scanStructure finds in a line.
type structure struct {
	// end is where the structural part ends: after the marker, box and
	// the blanks after them, or the whole line for a heading.
	end int
	// first is the offset of the first odd space in line[:end], or -1.
	first int
	// breaks is true when that space makes the website see text where the
	// writer meant a list item, a box or a heading; where and what say so.
	breaks      bool
	where, what string
}

// scanStructure reads the indentation, list markers, task box or heading
// hashes at the start of a line, accepting odd spaces where blanks go.
func scanStructure(line string) structure {
	s := structure{first: -1}
	note := func(off int, breaks bool, where, what string) {
		if s.first < 0 {
			s.first = off
		}
		if breaks && !s.breaks {
			s.breaks, s.where, s.what = true, where, what
		}
	}
	// blanks skips blanks from i; odd spaces are noted, and break the line
	// when they come first (no ASCII blank before them).
	blanks := func(i int, where, what string) int {
		ascii := false
		for i < len(line) {
			r, n := utf8.DecodeRuneInString(line[i:])
			switch {
			case r == ' ' || r == '\t':
				ascii = true
			case r == 0xA0:
			case oddSpaces[r] != "":
				note(i, !ascii, where, what)
			default:
				return i
			}
			i += n
		}
		return i
	}
	i := blanks(0, "the indentation", "a list item")
	if m := markerLen(line[i:]); m == 0 || !blankAt(line, i+m) {
		if h := run(line, i, '#'); h == 0 || h > 6 || !blankAt(line, i+h) {
			return structure{first: -1} // prose: its spaces are its own
		}
	}
	if s.first >= 0 { // any odd space before a marker or hashes hides them
		s.breaks, s.where, s.what = true, "the indentation", "a list item"
	}
	for n := 0; n < 8; n++ {
		m := markerLen(line[i:])
		if m == 0 || !blankAt(line, i+m) {
			break
		}
		i = blanks(i+m, "the list marker", "a list item")
		if j, ok := boxAt(line, i); ok {
			for k, r := range line[i:j] {
				if oddSpaces[r] != "" {
					note(i+k, true, "the task box", "a checkbox")
				}
			}
			i = blanks(j, "the task box", "a checkbox")
			break
		}
	}
	s.end = i
	if h := run(line, i, '#'); h > 0 && h <= 6 && blankAt(line, i+h) {
		blanks(i+h, "the heading", "a heading")
		for k, r := range line[i+h:] {
			if oddSpaces[r] != "" {
				note(i+h+k, false, "", "")
			}
		}
		s.end = len(line)
	}
	return s
}

// markerLen returns the length of a list marker at the start of s ("-",
// "*", "+", "1.", "12)"), or 0.
func markerLen(s string) int {
	if s == "" {
		return 0
	}
	if strings.IndexByte("-*+", s[0]) >= 0 {
		return 1
	}
	n := 0
	for n < len(s) && n < 9 && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n > 0 && n < len(s) && (s[n] == '.' || s[n] == ')') {
		return n + 1
	}
	return 0
}

// boxAt reports a task box at i ("[ ]", "[x]", "[]", or one with an odd
// or no-break space inside) followed by a blank, and returns its end.
func boxAt(line string, i int) (int, bool) {
	if i >= len(line) || line[i] != '[' {
		return 0, false
	}
	j := strings.IndexByte(line[i:], ']')
	if j < 0 || j > 5 {
		return 0, false
	}
	inside := line[i+1 : i+j]
	for _, r := range inside {
		if r != ' ' && r != 'x' && r != 'X' && r != 0xA0 && oddSpaces[r] == "" {
			return 0, false
		}
	}
	end := i + j + 1
	return end, blankAt(line, end)
}

// blankAt reports whether line has a blank (ASCII, no-break or odd space)
// or its end at i.
func blankAt(line string, i int) bool {
	if i >= len(line) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line[i:])
	return r == ' ' || r == '\t' || r == 0xA0 || oddSpaces[r] != ""
}
