package core

import (
	"strings"
	"sync"
)

// The words of tasks in English: who is named first, who commits, what
// asks a question. A group's own habits are ActionRules.

// commitWords follow the handles of people who commit to do something:
// "@a will …", "@a and @b will …", "@a takes one of the tickets".
var commitWords = []string{"will", "takes", "may take", "is going to", "are going to", "agreed to", "offered to"}

// questionWords start a question put to the group, not a task.
var questionWords = []string{
	"who", "what", "which", "why", "how", "should", "shall", "is there", "are there",
	"can someone", "could someone", "can anyone", "could anyone", "does anyone", "anyone",
}

// leadingHandles returns the handles that text starts with, as doers
// ("@a", "@a, @b", "@a and @b", "@a & @b", "@a (+@b)", "Contact @a, @b";
// words after "and" that are no handle, as in "@a and others", are
// skipped), and the text after them and a dash or colon. Only mentions in
// known (the item's handles) count, and helpers after "+"; "@a's" is no
// doer.
func leadingHandles(text string, known []string) (handles []string, rest string) {
	s := strings.TrimSpace(text)
	i := 0
	if len(s) > 8 && strings.EqualFold(s[:8], "contact ") {
		i = 8
	}
	last := -1 // where the text after the last handle starts
	for {
		i = skipSpaces(s, i)
		switch {
		case i < len(s) && s[i] == '@':
			j := i + 1
			for j < len(s) && isHandleByte(s[j]) {
				j++
			}
			h := s[i:j]
			helper := i > 0 && s[i-1] == '+' // "(+@b)": Handles reads "+@b" as part of an address
			if !hasFold(known, h) && !(helper && len(h) > 1) || strings.HasPrefix(s[j:], "'") || strings.HasPrefix(s[j:], "’") {
				return finish(s, handles, last)
			}
			handles, i, last = append(handles, h), j, j
			continue
		case len(handles) == 0:
			return nil, s
		case i < len(s) && strings.IndexByte(",&+/", s[i]) >= 0:
			i++
			continue
		case strings.HasPrefix(s[i:], "(+") || strings.HasPrefix(s[i:], "(@"):
			i++
			continue
		case i < len(s) && s[i] == ')' && last == i:
			i++
			last = i
			continue
		case wordAt(s, i, "and"):
			j := skipSpaces(s, i+3)
			if j < len(s) && s[j] != '@' { // "and others", "and tim"
				k := j
				for k < len(s) && isHandleByte(s[k]) {
					k++
				}
				last = k
				i = k
				continue
			}
			i = j
			continue
		}
		return finish(s, handles, last)
	}
}

// finish returns the handles and the text after last, without a leading
// dash or colon.
func finish(s string, handles []string, last int) ([]string, string) {
	if len(handles) == 0 {
		return nil, s
	}
	rest := strings.TrimSpace(s[last:])
	for _, sep := range []string{"-", "–", "—", ":"} {
		if r, ok := strings.CutPrefix(rest, sep); ok {
			rest = strings.TrimSpace(r)
			break
		}
	}
	return handles, rest
}

// commitPhrases is commitWords split into words, once.
var commitPhrases = sync.OnceValue(func() [][]string {
	out := make([][]string, len(commitWords))
	for i, c := range commitWords {
		out[i] = strings.Fields(c)
	}
	return out
})

// committed returns the handles right before a word of commitWords, in
// order: "@tux will write …, @timlegge will review" gives both.
func committed(text string, known []string) []string {
	if !strings.Contains(text, "@") {
		return nil // no handle to commit: the common case, and the costly part of reading a long file's actions
	}
	words := strings.Fields(text)
	var out []string
	for i := range words {
		if !commitsAt(words, i) {
			continue
		}
		var found []string
		for j := i - 1; j >= 0; j-- {
			w := strings.TrimRight(words[j], ",;")
			if w == "and" || w == "&" || w == "+" {
				continue
			}
			if !strings.HasPrefix(w, "@") || !hasFold(known, w) {
				break
			}
			found = append([]string{w}, found...)
		}
		out = addNew(out, found)
	}
	return out
}

// commitsAt reports whether words[i:] start with a word of commitWords.
func commitsAt(words []string, i int) bool {
	for _, parts := range commitPhrases() {
		if i+len(parts) > len(words) {
			continue
		}
		ok := true
		for k, p := range parts {
			if !strings.EqualFold(strings.TrimRight(words[i+k], ",;:"), p) {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isNamesOnly reports whether the text after the leading handles says
// nothing to do: empty, or only a remark in parentheses ("(? - please
// contact @sjn)").
func isNamesOnly(rest string) bool {
	return strings.Trim(dropParens(rest), " .,;:!?-–—") == ""
}

// isQuestion reports whether rest asks the group something: it starts
// with a question word or, remarks in parentheses left out, ends with "?".
func isQuestion(rest string) bool {
	r := strings.TrimSpace(dropParens(rest))
	if strings.HasSuffix(r, "?") {
		return true
	}
	for _, w := range questionWords {
		if len(r) >= len(w) && strings.EqualFold(r[:len(w)], w) && (len(r) == len(w) || !isHandleByte(r[len(w)])) {
			return true
		}
	}
	return false
}

// dropParens removes the parts of s in parentheses (not nested).
func dropParens(s string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '(':
			depth++
		case s[i] == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// wordAt reports whether s has the word w (any case) at i.
func wordAt(s string, i int, w string) bool {
	return len(s) >= i+len(w) && strings.EqualFold(s[i:i+len(w)], w) && (len(s) == i+len(w) || !isHandleByte(s[i+len(w)]))
}

// isHandleByte reports whether c may be part of a GitHub handle.
func isHandleByte(c byte) bool {
	return c == '-' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
