//go:build js && wasm

package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/internal/corpustest"
)

// The form's speed in the browser (issue 5): building it for the largest
// real minutes and for twenty of them in a row, layout included, and a
// keystroke in an item of the long document, from the input event to the
// page updated (the document, the Markdown text box and the form). Run
// with:
//
//	GOOS=js GOARCH=wasm go test -run '^$' -bench Form -exec=build/bin/wasmbrowsertest ./wasm/

// benchSource returns the largest real minutes repeated n times after one
// front matter.
func benchSource(b *testing.B, n int) string {
	src := corpustest.Largest(b)
	d, err := core.Parse(src)
	if err != nil {
		b.Fatal(err)
	}
	out := bytes.Clone(src)
	for i := 1; i < n; i++ {
		out = append(out, src[d.BodyStart:]...)
	}
	return string(out)
}

// benchForm starts the app with the form showing source.
func benchForm(b *testing.B, source string) (*App, *Editor, *formPanel) {
	doc := document()
	if old := byID("test-shell"); present(old) {
		old.Call("remove")
	}
	box := doc.Call("createElement", "div")
	box.Set("id", "test-shell")
	shell := strings.Replace(testShell, `<dd id="fact-title"></dd><dd id="fact-date"></dd><ol id="section-list"></ol>`, formShell, 1)
	box.Set("innerHTML", shell)
	doc.Get("body").Call("appendChild", box)
	if !present(byID("bench-style")) {
		css, err := os.ReadFile("../web/style.css") // the page's sheet: layout is part of the cost
		if err != nil {
			b.Fatal(err)
		}
		style := doc.Call("createElement", "style")
		style.Set("id", "bench-style")
		style.Set("textContent", string(css))
		doc.Get("head").Call("appendChild", style)
	}
	var p *formPanel
	a := startTestApp(b, testApp{panels: []panelMaker{func(e *Editor) (Panel, error) {
		panel, err := newFormPanel(e)
		p, _ = panel.(*formPanel)
		return panel, err
	}}})
	a.load(a.drafts.NewDraft(source), false)
	return a, a.view, p
}

// BenchmarkFormBuild builds the form for a document just opened and lets
// the browser lay it out.
func BenchmarkFormBuild(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			source := benchSource(b, n)
			_, e, p := benchForm(b, source)
			doc := e.Doc()
			b.SetBytes(int64(len(source)))
			b.ResetTimer()
			for b.Loop() {
				p.build(doc)
				p.list.Get("offsetHeight") // layout
			}
			b.ReportMetric(float64(len(p.views)), "sections")
		})
	}
}

// BenchmarkFormOpen parses a document and builds the form, facts and
// people included: what opening a file costs the form.
func BenchmarkFormOpen(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			source := benchSource(b, n)
			_, _, p := benchForm(b, "")
			for b.Loop() {
				doc, err := core.Parse([]byte(source))
				if err != nil {
					b.Fatal(err)
				}
				p.Show(doc, nil, OriginLoad)
				p.list.Get("offsetHeight")
			}
		})
	}
}

// BenchmarkFormKeystroke types one character at a time into an item near
// the end of the document.
func BenchmarkFormKeystroke(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			_, _, p := benchForm(b, benchSource(b, n))
			v := p.views[len(p.views)-2]
			for len(v.items) == 0 {
				v = p.views[v.pos-1]
			}
			field := byID(v.fieldID('i', 0))
			text := field.Get("value").String()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				text += string(rune('a' + i%26))
				formType(field, text)
			}
		})
	}
}
