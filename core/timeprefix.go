package core

// leadingTime reads a time at the start of a heading title, such as
// "16:00 UTC – " or "17:04 UTC - ", and returns the time as written
// ("16:00 UTC") and the length of the prefix with its separator. It
// returns "" when the title does not start with a time followed by a
// separator.
func leadingTime(title string) (string, int) {
	i := 0
	for i < len(title) && i < 2 && isDigit(title[i]) {
		i++
	}
	if i == 0 || i+3 > len(title) || title[i] != ':' || !isDigit(title[i+1]) || !isDigit(title[i+2]) {
		return "", 0
	}
	i += 3
	end := i
	j := skipSpaces(title, i)
	k := j
	for k < len(title) && k-j < 5 && title[k] >= 'A' && title[k] <= 'Z' {
		k++
	}
	if k > j {
		end = k
		j = skipSpaces(title, k)
	}
	for _, sep := range []string{"–", "—", "-", ":"} {
		if len(title)-j >= len(sep) && title[j:j+len(sep)] == sep {
			return title[:end], skipSpaces(title, j+len(sep))
		}
	}
	return "", 0
}

// skipSpaces skips spaces, tabs and U+00A0 from i.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == ' ' || s[i] == '\t':
			i++
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			i += 2
		default:
			return i
		}
	}
	return i
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
