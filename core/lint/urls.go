package lint

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// bareURLs reports URLs written as plain text, which the website (kramdown)
// does not turn into links although GitHub does. The fix writes <URL>.
// URLs in code, in autolinks, HTML tags and links are left alone.
func (c *checker) bareURLs() {
	for _, l := range c.lines {
		for i := 0; i < len(l.masked); {
			j := nextScheme(l.masked, i)
			if j < 0 {
				break
			}
			end := urlEnd(l.masked, j)
			i = max(end, j+1)
			if end <= j+len("http://") || inLinkText(l.links, j) || (j > 0 && isWordByte(l.masked[j-1])) {
				continue
			}
			url := l.text[j:end]
			at := l.start + j
			f := c.add(at, "bare-url", Warning, fmt.Sprintf(
				"bare URL: the website shows it as plain text, not a link; write it as <%s>", url),
				core.Change{{Start: at, End: at + len(url), Text: "<" + url + ">"}})
			f.Suggestion = "<" + url + ">"
		}
	}
}

// nextScheme returns the offset of the next "http://" or "https://" at or
// after i, or -1.
func nextScheme(s string, i int) int {
	for i < len(s) {
		j := strings.Index(s[i:], "http")
		if j < 0 {
			return -1
		}
		p := i + j
		if strings.HasPrefix(s[p:], "http://") || strings.HasPrefix(s[p:], "https://") {
			return p
		}
		i = p + 4
	}
	return -1
}

// urlEnd returns where a URL starting at i ends, as GitHub's extended
// autolinks end it: at a blank, "<" or ">" (">" would also end the <URL>
// of the fix), without trailing punctuation or an unbalanced ')'.
func urlEnd(s string, i int) int {
	end := i
	for end < len(s) && s[end] > ' ' && s[end] != '<' && s[end] != '>' {
		end++
	}
	open, shut := strings.Count(s[i:end], "("), strings.Count(s[i:end], ")")
	for end > i {
		switch last := s[end-1]; {
		case strings.IndexByte("?!.,:*_~'\"", last) >= 0:
			end--
		case last == ')' && open < shut:
			end--
			shut--
		default:
			return end
		}
	}
	return end
}

func inLinkText(links [][2]int, off int) bool {
	for _, l := range links {
		if l[0] <= off && off < l[1] {
			return true
		}
	}
	return false
}

func isWordByte(b byte) bool { return isLetter(b) || b >= '0' && b <= '9' }
