package core

import "strings"

// TypedPrefix reads what a scribe types at the start of an item's text the
// way Markdown would read it on the item's line: a list marker ("- ",
// "* ", "+ ", "1. ", "1) ") is the item's own marker, not text, and a task
// box ("[ ] ", "[x] ", "[X] ", or alone: "[x]") is its box; spaces before the text are
// not text either (Markdown drops them, and four would start code). It
// returns the text without them, how many bytes were cut from its start,
// and the box typed (NoBox when none).
func TypedPrefix(text string) (rest string, cut int, box Checkbox) {
	rest = strings.TrimLeft(text, " \t")
	if n := listMarkerLen(rest); n > 0 {
		rest = rest[n:]
	}
	switch {
	case strings.HasPrefix(rest, "[ ] "), rest == "[ ]":
		rest, box = rest[3:], Open
	case strings.HasPrefix(rest, "[x] "), strings.HasPrefix(rest, "[X] "), rest == "[x]", rest == "[X]":
		rest, box = rest[3:], Done
	}
	rest = strings.TrimLeft(rest, " \t")
	return rest, len(text) - len(rest), box
}

// listMarkerLen is the length of a bullet or ordered list marker and the
// space after it at the start of s, or 0.
func listMarkerLen(s string) int {
	if len(s) >= 2 && strings.IndexByte("-*+", s[0]) >= 0 && s[1] == ' ' {
		return 2
	}
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// Unfinished reports whether text, typed as an item's whole text, is the start
// of something Markdown would read as structure on the item's line — a
// list marker ("-", "1."), a heading ("#"), a quote (">") — with nothing
// after it yet. Written as it is, it would nest an empty list or heading in
// the item; the form waits for the next key, which makes it a marker
// (TypedPrefix) or text.
func Unfinished(text string) bool {
	t := strings.TrimLeft(text, " ")
	switch {
	case t == "":
		return false
	case t == "-" || t == "*" || t == "+" || t == ">":
		return true
	case strings.Trim(t, "#") == "" && len(t) <= 6:
		return true
	}
	n := len(t) - 1
	return n >= 1 && n <= 9 && (t[n] == '.' || t[n] == ')') && strings.Trim(t[:n], "0123456789") == ""
}
