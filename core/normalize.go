package core

import "bytes"

// nbsp is U+00A0 NO-BREAK SPACE in UTF-8: two bytes.
const nbsp = "\u00a0"

// normalize returns a copy of src for structural parsing in which every
// U+00A0 that sits in a line's structure — its indentation, right after a
// list marker, between heading hashes and the title — is replaced by two
// ASCII spaces. Offsets are unchanged (U+00A0 is two bytes), so positions
// found in the copy are positions in src. Writers pasting from web pads put
// U+00A0 there; the group means a list item or a heading, and lint says that
// the website will not see one.
func normalize(src []byte) []byte {
	if !bytes.Contains(src, []byte(nbsp)) {
		return src
	}
	out := bytes.Clone(src)
	for start := 0; start < len(out); {
		end := lineEnd(out, start)
		normalizeLine(out[start:end])
		start = end
	}
	return out
}

// normalizeLine rewrites U+00A0 in the structural prefix of one line.
func normalizeLine(l []byte) {
	i := spaces(l, 0)
	for n := 0; n < 8 && i < len(l); n++ { // "- - item" nests markers on one line
		m := markerLen(l[i:])
		if m == 0 {
			break
		}
		j := i + m
		if j == len(l) || !isSpaceAt(l, j) {
			break
		}
		i = spaces(l, j)
	}
	if i < len(l) && l[i] == '#' {
		j := i
		for j < len(l) && l[j] == '#' {
			j++
		}
		if j-i <= 6 {
			spaces(l, j)
		}
	}
}

// spaces skips spaces, tabs and U+00A0 from i, replacing each U+00A0 by two
// spaces, and returns the offset after them.
func spaces(l []byte, i int) int {
	for i < len(l) {
		switch {
		case l[i] == ' ' || l[i] == '\t':
			i++
		case l[i] == 0xC2 && i+1 < len(l) && l[i+1] == 0xA0:
			l[i], l[i+1] = ' ', ' '
			i += 2
		default:
			return i
		}
	}
	return i
}

// isSpaceAt reports whether l[i] starts a space, a tab, U+00A0 or a line end.
func isSpaceAt(l []byte, i int) bool {
	switch {
	case i >= len(l):
		return true
	case l[i] == ' ' || l[i] == '\t' || l[i] == '\n' || l[i] == '\r':
		return true
	case l[i] == 0xC2 && i+1 < len(l) && l[i+1] == 0xA0:
		return true
	}
	return false
}

// markerLen returns the length of a list marker at the start of b
// ("-", "*", "+", "1.", "12)"), or 0.
func markerLen(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	switch b[0] {
	case '-', '*', '+':
		return 1
	}
	n := 0
	for n < len(b) && n < 9 && b[n] >= '0' && b[n] <= '9' {
		n++
	}
	if n > 0 && n < len(b) && (b[n] == '.' || b[n] == ')') {
		return n + 1
	}
	return 0
}
