//go:build js && wasm

package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/form"
	"github.com/cpansec/minutes/internal/corpustest"
	"github.com/cpansec/minutes/ui"
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

// formPageShell is the test shell with the form's markup (the file the
// form's own tests use) in place of the facts and section list.
func formPageShell(tb testing.TB) string {
	tb.Helper()
	shell, err := os.ReadFile("../form/testdata/shell.html")
	if err != nil {
		tb.Fatal(err)
	}
	old := `<dd id="fact-title"></dd><dd id="fact-date"></dd><ol id="section-list"></ol>`
	if !strings.Contains(testShell, old) {
		tb.Fatal("the test shell has no section list to replace")
	}
	return strings.Replace(testShell, old, string(shell), 1)
}

// startFormApp starts the app with the form alone, showing source.
func startFormApp(tb testing.TB, source string) (*App, *form.Form) {
	tb.Helper()
	var f *form.Form
	a := startTestApp(tb, testApp{shell: formPageShell(tb), panels: []panelMaker{func(e *Editor) (Panel, error) {
		p, err := newFormPanel(e)
		f, _ = p.(*form.Form)
		return p, err
	}}})
	a.ws.Load(a.drafts.NewDraft(source), false)
	if f == nil || f.Off() {
		tb.Fatal("the form did not bind to the test shell")
	}
	return a, f
}

// benchForm starts the app with the form showing source, with the page's
// style sheet: layout is part of the cost.
func benchForm(b *testing.B, source string) (*App, *form.Form) {
	head := must(must(safejs.Global().Get("document")).Get("head"))
	if st := must(must(safejs.Global().Get("document")).Call("getElementById", "bench-style")); st.IsNull() {
		css, err := os.ReadFile("../web/style.css")
		if err != nil {
			b.Fatal(err)
		}
		style := must(must(safejs.Global().Get("document")).Call("createElement", "style"))
		check(style.Set("id", "bench-style"))
		check(style.Set("textContent", string(css)))
		must(head.Call("appendChild", style))
	}
	return startFormApp(b, source)
}

// layout makes the browser lay the section list out.
func layout(a *App) { must(other(a.page.ByID("section-list")).Get("offsetHeight")) }

// BenchmarkFormOpen parses a document and builds the form, facts and
// people included: what opening a file costs the form, layout included.
func BenchmarkFormOpen(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			source := benchSource(b, n)
			a, f := benchForm(b, "")
			b.SetBytes(int64(len(source)))
			for b.Loop() {
				doc, err := core.Parse([]byte(source))
				if err != nil {
					b.Fatal(err)
				}
				f.Show(doc, nil, OriginLoad)
				layout(a)
			}
		})
	}
}

// BenchmarkFormKeystroke types one character at a time into the last item
// of the document.
func BenchmarkFormKeystroke(b *testing.B) {
	for _, n := range []int{1, 20} {
		b.Run(strconv.Itoa(n)+"x", func(b *testing.B) {
			a, _ := benchForm(b, benchSource(b, n))
			items := a.page.ByID("section-list").QueryAll(".fit-text")
			if len(items) == 0 {
				b.Fatal("no item in the form")
			}
			field := items[len(items)-1]
			text := field.Value()
			b.ResetTimer()
			for i := 0; b.Loop(); i++ {
				text += string(rune('a' + i%26))
				typeInto(field, text)
			}
		})
	}
}

// typeInto sets a field's value and fires input, as typing does.
func typeInto(el ui.Node, value string) {
	el.SetValue(value)
	ev := must(must(safejs.Global().Get("Event")).New("input", map[string]any{"bubbles": true}))
	must(other(el).Call("dispatchEvent", ev))
}
