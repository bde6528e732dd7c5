package main

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/lint"
	"github.com/cpansec/minutes/core/preview"
	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/internal/adversarial"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/internal/cputime"
)

// The growth benchmarks complete those of core, core/preview and core/lint
// (which `./build.sh bench` runs too) with what they lack for issue 5's
// growth figure: each runs on 1, 10 and 100 copies of the largest real
// minutes, so that time per byte can be compared across sizes.

// copies are the document sizes, in copies of the largest corpus file.
var copies = []int{1, 10, 100}

// fixedNow keeps Liquid's dates out of the measurements.
func fixedNow() time.Time { return time.Date(2025, 6, 4, 12, 0, 0, 0, time.UTC) }

// document is the largest corpus file with its body repeated n times after
// its one front matter.
func document(tb testing.TB, n int) []byte {
	tb.Helper()
	src := corpustest.Largest(tb)
	d, err := core.Parse(src)
	if err != nil {
		tb.Fatal(err)
	}
	return repeatBody(src, d.BodyStart, n)
}

// BenchmarkLint lints the whole document, as the editor does after an idle
// moment.
func BenchmarkLint(b *testing.B) {
	for _, n := range copies {
		src := document(b, n)
		d, err := core.Parse(src)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				lint.Check(d)
			}
		})
	}
}

// BenchmarkPreviewKeystroke is the live preview's cost per keystroke: the
// Renderer gets the document with one character more, then without it,
// in the middle of the document.
func BenchmarkPreviewKeystroke(b *testing.B) {
	for _, n := range copies {
		src := document(b, n)
		at := middleItem(src)
		typed := bytes.Join([][]byte{src[:at], []byte("X"), src[at:]}, nil)
		versions := [2][]byte{typed, src}
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			r := preview.NewRenderer(preview.WithNow(fixedNow))
			r.Update(src)
			b.SetBytes(int64(len(src)))
			i := 0
			for b.Loop() {
				r.Update(versions[i%2])
				i++
			}
		})
	}
}

// BenchmarkKeystroke is the Go side of a keystroke in the form: the item's
// text is set, the document updated in place, and the preview Renderer
// given the new source (what the page does before it touches the DOM).
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range copies {
		src := document(b, n)
		b.Run(fmt.Sprintf("%dx", n), func(b *testing.B) {
			d, err := core.Parse(src)
			if err != nil {
				b.Fatal(err)
			}
			r := preview.NewRenderer(preview.WithNow(fixedNow))
			r.Update(d.Bytes())
			mid := len(d.Items()) / 2
			b.SetBytes(int64(len(src)))
			i := 0
			for b.Loop() {
				it := d.Items()[mid]
				c, err := d.SetText(it, "typed "+string(rune('a'+i%26)))
				if err != nil {
					b.Fatal(err)
				}
				if err := d.Update(c); err != nil {
					b.Fatal(err)
				}
				r.Update(d.Bytes())
				i++
			}
		})
	}
}

// adversarialStages are the stages of BenchmarkAdversarial, each given
// the source: what the editor does with a document it opens — core.Parse,
// lint.Check (which also renders it as the website and as GitHub do, to
// compare them), preview.Render — and what Next meeting does
// (agenda.Next). lint and next parse the source again each time: a
// document keeps its facts once found, so that on one parsed document
// only the first of a benchmark's runs would find them, and the fewer
// runs of the largest size would pay more of that one.
var adversarialStages = []struct {
	name string
	run  func(b *testing.B, src []byte)
}{
	{"parse", func(b *testing.B, src []byte) { parse(b, src) }},
	{"lint", func(b *testing.B, src []byte) { lint.Check(parse(b, src)) }},
	{"render", func(_ *testing.B, src []byte) { preview.Render(src, preview.WithNow(fixedNow)) }},
	{"next", func(b *testing.B, src []byte) {
		if _, err := agenda.Next(parse(b, src), agenda.WithDate(time13)); err != nil {
			b.Fatal(err)
		}
	}},
}

// parse parses src, failing the benchmark if it cannot.
func parse(b *testing.B, src []byte) *core.Document {
	d, err := core.Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// time13 is the date Next is given, so that no construct lacks one.
var time13 = when.When{Year: 2026, Month: 3, Day: 5}

// BenchmarkAdversarial runs each stage of adversarialStages on each
// hostile construct at 1x, 10x and 100x (issue 13), as
// BenchmarkAdversarial/CONSTRUCT/STAGE/Nx: the table prints each
// construct's growth, stage by stage, so that a super-linear path is
// found where it is.
func BenchmarkAdversarial(b *testing.B) {
	for _, c := range adversarial.Constructs {
		for _, st := range adversarialStages {
			for _, n := range copies {
				src := c.Doc(n)
				b.Run(fmt.Sprintf("%s/%s/%dx", c.Name, st.name, n), func(b *testing.B) {
					b.SetBytes(int64(len(src)))
					cputime.Loop(b, func() { st.run(b, src) })
				})
			}
		}
	}
}
