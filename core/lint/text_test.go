package lint

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// TestMaskLinear checks mask against the direct scan it replaces
// (maskReference, one search per bracket), on random lines long enough
// for its tables.
func TestMaskLinear(t *testing.T) {
	toks := []string{"[", "]", "(", ")", "\\", "`", "``", "<", ">", "<a", "</b>", "<!", "a", " ", "[x](y)", "[r][s]", "](", "\\[", "\\]", "é"}
	r := rand.New(rand.NewSource(5))
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		for b.Len() < 300 {
			b.WriteString(toks[r.Intn(len(toks))])
		}
		line := b.String()
		m1, l1 := mask(line)
		m2, l2 := maskReference(line)
		if m1 != m2 || !reflect.DeepEqual(l1, l2) {
			t.Fatalf("%q:\nmask      %q %v\nreference %q %v", line, m1, l1, m2, l2)
		}
	}
}

func maskReference(line string) (string, [][2]int) {
	b := []byte(line)
	var links [][2]int
	blank := func(i, j int) {
		for k := i; k < j; k++ {
			b[k] = ' '
		}
	}
	if i, ok := refDefinition(line); ok {
		blank(i, len(b))
		return string(b), nil
	}
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '`':
			n := run(line, i, '`')
			if j := closingRun(line, i+n, n); j >= 0 {
				blank(i, j+n)
				i = j + n - 1
			} else {
				i += n - 1
			}
		case '<':
			if i+1 < len(b) && (isLetter(b[i+1]) || strings.IndexByte("/!?", b[i+1]) >= 0) {
				if j := strings.IndexByte(line[i:], '>'); j > 0 {
					blank(i, i+j+1)
					i += j
				}
			}
		case '[':
			close := matching(line, i, '[', ']')
			if close < 0 {
				continue
			}
			if close+1 < len(b) && (b[close+1] == '(' || b[close+1] == '[') {
				open, shut := b[close+1], byte(')')
				if open == '[' {
					shut = ']'
				}
				if end := matching(line, close+1, open, shut); end >= 0 {
					links = append(links, [2]int{i + 1, close})
					blank(close+1, end+1)
					// The link text is prose: scan it as such.
					continue
				}
			}
		}
	}
	return string(b), links
}
