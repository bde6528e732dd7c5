package preview

import (
	"fmt"
	"testing"

	"github.com/cpansec/minutes/internal/adversarial"
	"github.com/cpansec/minutes/internal/corpustest"
)

func TestPlainInline(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"Heading text", true},
		{"Next meeting: 2026/03/05 (Thursday), 17:00 UTC; @leont", true},
		{"h", true},
		{"a  b", true},
		{"ends in a space ", false},
		{"two\nlines", false},
		{"a *b*", false},
		{"a_b", false},
		{"[link]", false},
		{"it's", false},
		{"a -- b", false},
		{"1. x", false},
		{"x.", false},
		{"a & b", false},
		{`a\b`, false},
		{"<b>", false},
		{"`c`", false},
		{"$x$", false},
		{"~~s~~", false},
		{"{{ x }}", false},
		{"a\tb", false},
		{"café", false},
		{"", false},
	} {
		if got := plainInline(tt.text); got != tt.want {
			t.Errorf("plainInline(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestPlainInlineSameOutput renders real minutes and the hostile
// constructs with and without plainInline's shortcut: the output, and what
// Divergences finds, must not change.
func TestPlainInlineSameOutput(t *testing.T) {
	var docs [][]byte
	for i, p := range corpustest.Files(t, "*.md") {
		if i%3 == 0 {
			docs = append(docs, corpustest.Read(t, p))
		}
	}
	for _, c := range adversarial.Constructs {
		docs = append(docs, c.Doc(1))
	}
	render := func(src []byte) string {
		return Render(src, WithNow(fixedNow)) + fmt.Sprint(Divergences(src, WithNow(fixedNow)))
	}
	defer func() { plainInlines = true }()
	for i, src := range docs {
		plainInlines = true
		fast := render(src)
		plainInlines = false
		if slow := render(src); fast != slow {
			t.Errorf("document %d: output differs with the shortcut:\n%s", i, firstDiff(fast, slow))
		}
	}
}

// firstDiff shows where two outputs part.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("with:    %q\nwithout: %q", a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
}
