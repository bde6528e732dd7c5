package preview

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// badInputs are inputs a page may be handed: binary, not UTF-8, empty,
// huge, deeply nested, and runs of unclosed constructs that a naive parser
// would rescan (quadratic time).
func badInputs() map[string]string {
	var nest strings.Builder
	for i := 0; i < 400; i++ {
		nest.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return map[string]string{
		"empty":       "",
		"binary":      "\x00\x01\xff\xfe\x00PNG\r\n\x1a\n\x00\x00",
		"latin1":      "caf\xe9 r\xe9sum\xe9\n- item \xa0\n",
		"nul":         "a\x00b\n# h\x00\n",
		"deep lists":  nest.String(),
		"deep quotes": strings.Repeat(">", 3000) + " x\n",
		"quotes":      strings.Repeat("It's a 'test'. Done... ", 3000),
		"fences":      strings.Repeat("```x\n", 3000),
		"backticks":   strings.Repeat("``x ", 5000),
		"braces":      strings.Repeat("{{", 10000),
		"raws":        strings.Repeat("{% raw %}", 3000),
		"links":       strings.Repeat("[a](b ", 5000),
		"strike":      strings.Repeat("~~a ", 5000),
		"math":        strings.Repeat("$$a ", 5000),
		"brackets":    strings.Repeat("[a] ", 5000),
		"cr only":     "# a\r\r- b\r- c\r",
		"open fm":     "---\ntitle: x\n# never closed\n",
		"huge":        strings.Repeat("- [ ] @sjn item with 'quotes' -- and `code`\n", MaxInput/40),
	}
}

func TestBadInput(t *testing.T) {
	for name, src := range badInputs() {
		t.Run(name, func(t *testing.T) {
			for _, opts := range [][]Option{{WithNow(fixedNow)}, {WithNow(fixedNow), WithPage(true)}, {WithMode(GitHub)}} {
				out := Render([]byte(src), opts...)
				if !utf8.ValidString(out) {
					t.Errorf("output is not valid UTF-8")
				}
				if bad := hostile(out); bad != "" {
					t.Errorf("output has %s", bad)
				}
				if len(src) > MaxInput && !strings.Contains(out, "longer than the preview shows") {
					t.Errorf("a cut input gives no notice")
				}
			}
			Divergences([]byte(src))
			if len(src) < 1<<20 {
				checkUpdate(t, NewRenderer(WithNow(fixedNow)), []byte(src), []Option{WithNow(fixedNow)}, name)
			}
		})
	}
}

func TestInvalidUTF8IsReported(t *testing.T) {
	ds := Divergences([]byte("ok\nbad \xff here\n"))
	if len(ds) == 0 || ds[0].Line != 2 || ds[0].Column != 5 || !strings.Contains(ds[0].Message, "UTF-8") {
		t.Errorf("got %v", ds)
	}
}

// FuzzRender checks, for any input, that rendering does not panic, emits
// no live hostile markup in either mode, and that the incremental renderer
// agrees with a full render.
func FuzzRender(f *testing.F) {
	for _, b := range readCorpusForFuzz() {
		f.Add(b)
	}
	for _, v := range xssVectors {
		f.Add([]byte(v))
	}
	for _, v := range badInputs() {
		if len(v) < 4096 {
			f.Add([]byte(v))
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 1<<16 {
			return
		}
		for _, opts := range [][]Option{{WithNow(fixedNow), WithPage(true)}, {WithMode(GitHub)}} {
			out := Render(src, opts...)
			if bad := hostile(out); bad != "" {
				t.Fatalf("output has %s:\n%s", bad, out)
			}
		}
		Divergences(src)
		r := NewRenderer(WithNow(fixedNow))
		if got, want := joinChunks(r.Update(src)), Render(src, WithNow(fixedNow)); got != want {
			t.Fatalf("incremental differs from full render")
		}
	})
}
