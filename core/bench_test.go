package core

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/cpansec/minutes/internal/corpustest"
)

// largestCorpusFile returns the biggest real minutes file.
func largestCorpusFile(tb testing.TB) []byte { return corpustest.Largest(tb) }

// concat returns n copies of the body of src after one front matter, as a
// long document.
func concat(src []byte, n int) []byte {
	d, _ := Parse(src)
	body := src[d.BodyStart:]
	out := bytes.Clone(src)
	for i := 1; i < n; i++ {
		out = append(out, body...)
	}
	return out
}

func BenchmarkParse(b *testing.B) {
	src := largestCorpusFile(b)
	for _, n := range []int{1, 10, 100} {
		doc := concat(src, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				if _, err := Parse(doc); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkWrite(b *testing.B) {
	src := largestCorpusFile(b)
	for _, n := range []int{1, 10, 100} {
		d, _ := Parse(concat(src, n))
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.SetBytes(int64(len(d.Bytes())))
			var w bytes.Buffer
			for b.Loop() {
				w.Reset()
				w.Write(d.Bytes())
			}
		})
	}
}

func TestBadInputIsBounded(t *testing.T) {
	deep := bytes.Repeat([]byte("- "), 10000)
	quotes := bytes.Repeat([]byte(">"), 10000)
	var indented bytes.Buffer
	for i := 0; i < 10000; i++ {
		indented.WriteString(fmt.Sprintf("%*s- x\n", i%200, ""))
	}
	big := bytes.Repeat([]byte("- [ ] @sjn - an item with [a link](https://example.org) and *emphasis*\n"), 10<<20/70)
	for name, src := range map[string][]byte{
		"10000 nested markers":  append(deep, 'x', '\n'),
		"10000 nested quotes":   append(quotes, 'x', '\n'),
		"staircase indentation": indented.Bytes(),
		"10 MB":                 big,
		"unclosed front matter": []byte("---\nlayout: page\n# Title\n- a\n"),
		"invalid YAML":          []byte("---\ntitle: [oops\n---\n- a\n"),
		"empty":                 nil,
		"brackets":              bytes.Repeat([]byte("[*_`<"), 100000),
	} {
		t.Run(name, func(t *testing.T) {
			d, err := Parse(src)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(d.Bytes(), src) {
				t.Fatal("round trip differs")
			}
			checkSpans(t, d)
		})
	}
	for name, src := range map[string][]byte{
		"binary":  {'#', ' ', 'a', 0, 1, 2},
		"latin-1": []byte("# Caf\xe9\n"),
		"too big": make([]byte, MaxSize+1),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse(src, WithName("x.md")); err == nil {
				t.Fatal("no error")
			} else if e, ok := err.(*Error); !ok || e.Name != "x.md" {
				t.Fatalf("error %v is not an *Error naming the file", err)
			}
		})
	}
}

// BenchmarkUpdateKeystroke measures the editor's keystroke path: one
// item's text changes in a long document, applied in place.
func BenchmarkUpdateKeystroke(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			d, err := Parse(concat(largestCorpusFile(b), n))
			if err != nil {
				b.Fatal(err)
			}
			mid := len(d.Items()) / 2
			i := 0
			for b.Loop() {
				it := d.Items()[mid]
				c, err := d.SetText(it, fmt.Sprintf("typed %d", i%10))
				if err != nil {
					b.Fatal(err)
				}
				if err := d.Update(c); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}
