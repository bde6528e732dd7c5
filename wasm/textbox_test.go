//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/editor"
)

func TestTextareaNormalization(t *testing.T) {
	a := newTestApp(t, nil)
	for _, source := range []string{
		"\ufeff---\r\nlayout: page\r\n---\r\n# T\r\n",
		"- [ ]\u00a0item\n-\u00a0[x] done\r\nlast\rline",
		"tabs\tand  spaces  \n\n\n",
	} {
		a.els.Markdown.SetValue(source)
		got := a.els.Markdown.Value()
		if want := editor.NormalizeNewlines(strings.TrimPrefix(source, editor.BOM)); got != want {
			t.Errorf("textarea shows %q for %q, want %q", got, source, want)
		}
		if editor.TextChange(source, got, got) != nil {
			t.Errorf("an unedited text box changed %q", source)
		}
	}
}

// TestTextBoxEditKeepsUntouchedBytes types into the text box of an app and
// checks the document keeps CR LF and the BOM outside the edit.
func TestTextBoxEditKeepsUntouchedBytes(t *testing.T) {
	a := newTestApp(t, nil)
	source := "\ufeff# Minutes 2025-06-04\r\n\r\n- [ ] one\r\n"
	a.ws.Load(a.drafts.NewDraft(source), false)
	typeText(t, a, a.els.Markdown.Value()+"- [ ] two\n")
	a.syncText()
	want := source + "- [ ] two\r\n"
	if a.Source() != want {
		t.Fatalf("source %q, want %q", a.Source(), want)
	}
}
