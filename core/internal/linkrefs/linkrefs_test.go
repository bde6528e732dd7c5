package linkrefs

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/parser"
)

func render(t *testing.T, src []byte, windowedRefs bool) string {
	t.Helper()
	pts := parser.DefaultParagraphTransformers()
	if windowedRefs {
		pts = Transformers()
	}
	md := goldmark.New(goldmark.WithParser(parser.NewParser(
		parser.WithBlockParsers(parser.DefaultBlockParsers()...),
		parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(pts...),
	)))
	var b bytes.Buffer
	if err := md.Convert(src, &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestSameAsGoldmark renders random paragraphs of definitions, titles on
// their own lines, unclosed titles, multi-line labels and text with the
// windowed transformer and with goldmark's: the HTML must be the same.
func TestSameAsGoldmark(t *testing.T) {
	lines := []string{"[a]: /a", "[b]: /b \"t\"", "[c]:", "/c", "\"title\"", "'open", "close'", "(p)", "[d]: /d (x",
		"y)", "[e", "f]: /ef", "text", "[a]: /again", "  [g]: <g h>", "[h]: /h 'x'", "[i]: /i \"", "\"", "[j]: /j junk"}
	r := rand.New(rand.NewSource(11))
	defer func(w int) { minWindow = w }(minWindow)
	for i := 0; i < 3000; i++ {
		minWindow = 1 + r.Intn(4)
		var b strings.Builder
		for k := 10 + r.Intn(60); k > 0; k-- {
			b.WriteString(lines[r.Intn(len(lines))] + "\n")
		}
		b.WriteString("\n[a] [b] [c] [d] [e f] [g] [h] [i] [j]\n")
		src := []byte(b.String())
		if got, want := render(t, src, true), render(t, src, false); got != want {
			t.Fatalf("minWindow %d, %q:\nwindowed %s\ngoldmark %s", minWindow, src, got, want)
		}
	}
}

// TestManyDefinitions: 75 000 definitions and a link to the last.
func TestManyDefinitions(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 75000; i++ {
		b.WriteString("[a" + strings.Repeat("x", i%7) + "]: /u\n")
	}
	b.WriteString("text [axxxxxx]\n")
	out := render(t, []byte(b.String()), true)
	if out != "<p>text <a href=\"/u\">axxxxxx</a></p>\n" {
		t.Errorf("got %.200q", out)
	}
}
