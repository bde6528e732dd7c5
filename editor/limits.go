package editor

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"github.com/cpansec/minutes/core"
)

// MaxOpenSize caps what the editor opens: 512 KiB. The largest real
// minutes are about 14 KB, so this is over 35 times more than any meeting
// needs (and more than the 20x document the benchmark edits). Opening is
// one main-thread task whose time grows with the document (under 0.1 s
// for real minutes, about 0.85 s at the cap on the benchmark machine, see
// BENCHMARKS.md), so the cap bounds how long the page can be busy; it
// also keeps the draft within browser storage (about 5 MB per site, with
// room for several drafts) and a share link a link. A larger file is
// refused before it is even read.
const MaxOpenSize = 512 << 10

// MaxOpenLabel is MaxOpenSize as the messages say it.
const MaxOpenLabel = "512 KB"

// MaxNesting caps how deeply blocks (block quotes, list items) or link
// brackets nest. Real minutes nest 4 levels; hostile input nesting
// thousands of levels deep would make parsers recurse or go quadratic.
const MaxNesting = 100

// CheckInput returns why data cannot be opened, as "name:line: message".
func CheckInput(name string, data []byte) error {
	switch {
	case len(data) == 0:
		return fmt.Errorf("%s:1: the file is empty: there is nothing to open", name)
	case len(data) > MaxOpenSize:
		return TooLarge(name, int64(len(data)))
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%s:%d: contains a NUL byte: this looks like a binary file, not Markdown text", name, lineAt(data, i))
	}
	if i := invalidUTF8(data); i >= 0 {
		return fmt.Errorf("%s:%d: is not UTF-8 text (byte 0x%02x at offset %d): save it as UTF-8 and open it again", name, lineAt(data, i), data[i], i)
	}
	return CheckLimits(name, data)
}

// CheckLimits returns why data is past the bounds on work that every way
// in shares — the page's Open, paste, share links and text box, and the
// command-line tool — as "name:line: message": over MaxOpenSize, or
// nesting deeper than MaxNesting.
func CheckLimits(name string, data []byte) error {
	if len(data) > MaxOpenSize {
		return TooLarge(name, int64(len(data)))
	}
	if depth, line := nesting(data); depth > MaxNesting {
		return fmt.Errorf("%s:%d: nests %d levels deep; the editor opens documents nesting up to %d levels", name, line, depth, MaxNesting)
	}
	return nil
}

// TooLarge is the message for a file over MaxOpenSize.
func TooLarge(name string, size int64) error {
	return fmt.Errorf("%s:1: is %s; the editor opens files up to %s (minutes are a few KB)", name, byteSize(size), MaxOpenLabel)
}

// byteSize says a size over MaxOpenSize in KB or MB.
func byteSize(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// lineAt is the 1-based line number of offset i.
func lineAt(data []byte, i int) int { return bytes.Count(data[:i], []byte{'\n'}) + 1 }

// nesting estimates the deepest nesting of any line: block quote markers
// plus list indentation (two columns a level) at its start, or unclosed
// "[" brackets within it. It returns the depth and its line.
func nesting(data []byte) (depth, line int) {
	n := 1
	for len(data) > 0 {
		end := bytes.IndexByte(data, '\n')
		cur := data
		if end >= 0 {
			cur = data[:end]
		}
		if d := lineNesting(cur); d > depth {
			depth, line = d, n
		}
		if end < 0 {
			break
		}
		data = data[end+1:]
		n++
	}
	return depth, line
}

func lineNesting(line []byte) int {
	quotes, cols := 0, 0
	for _, c := range line {
		switch c {
		case '>':
			quotes++
			cols = 0 // spaces between markers are not list indentation
		case ' ':
			cols++
		case '\t':
			cols += 4
		default:
			goto body
		}
	}
body:
	brackets, open := 0, 0
	for _, c := range line {
		switch c {
		case '[':
			open++
			brackets = max(brackets, open)
		case ']':
			open = max(open-1, 0)
		}
	}
	return max(quotes+cols/2, brackets)
}

// CheckChange returns why change c of src would take the document past the
// limits every way in shares (MaxOpenSize, MaxNesting), or nil. Only the
// lines the change touches are scanned, so a keystroke costs little.
func CheckChange(src []byte, c core.Change) error {
	if len(c) == 0 {
		return nil
	}
	size := len(src)
	for _, s := range c {
		size += len(s.Text) - (s.End - s.Start)
	}
	if size > MaxOpenSize {
		return fmt.Errorf("the text would be %s; the editor holds documents up to %s (minutes are a few KB)", byteSize(int64(size)), MaxOpenLabel)
	}
	lo := bytes.LastIndexByte(src[:c[0].Start], '\n') + 1
	hi := len(src)
	if i := bytes.IndexByte(src[c[len(c)-1].End:], '\n'); i >= 0 {
		hi = c[len(c)-1].End + i
	}
	region := make([]byte, 0, hi-lo+len(c[0].Text))
	at := lo
	for _, s := range c {
		region = append(append(region, src[at:s.Start]...), s.Text...)
		at = s.End
	}
	region = append(region, src[at:hi]...)
	if depth, line := nesting(region); depth > MaxNesting {
		return fmt.Errorf("line %d would nest %d levels deep; the editor holds documents nesting up to %d levels", lineAt(src, lo)+line-1, depth, MaxNesting)
	}
	return nil
}
