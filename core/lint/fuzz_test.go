package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/cpansec/minutes/core"
	"golang.org/x/tools/txtar"
)

// FuzzCheck lints arbitrary input: no panic, every finding inside the
// document, every fix inside its line and applicable, and FixAll's result
// still a document.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			f.Fatal(err)
		}
		for _, s := range a.Files {
			if s.Name == "input" {
				f.Add(unescape(string(s.Data)))
			}
		}
	}
	f.Add("-\u2003[\u00a0]\u00a0x\n##\u3000h\n- [] https://a.b/(c)) @stigstp\n")
	f.Add("\uFEFF----\nmeeting_time: Friday 2024-11-14 FIXME\n")
	f.Fuzz(func(t *testing.T, src string) {
		d, err := core.Parse([]byte(src), core.WithName("cpansec-minutes-2024-11-15.md"))
		if err != nil {
			return // not minutes: Parse says why
		}
		lines := bytes.Count(d.Bytes(), []byte("\n")) + 1
		for _, fd := range Check(d) {
			if fd.Line < 1 || fd.Line > lines || fd.Column < 1 || fd.Message == "" {
				t.Fatalf("%d:%d: %s: bad place or message %q", fd.Line, fd.Column, fd.Rule, fd.Message)
			}
			start, end := d.LineStart(fd.Line), d.LineStart(fd.Line+1)
			for _, s := range fd.Fix {
				if s.Start < start || s.End > end || s.Start > s.End {
					t.Fatalf("%d: %s: fix [%d,%d) outside line [%d,%d)", fd.Line, fd.Rule, s.Start, s.End, start, end)
				}
			}
			if fd.Fixable() {
				if _, err := d.Apply(fd.Fix); err != nil {
					t.Fatalf("%d: %s: fix does not apply: %v", fd.Line, fd.Rule, err)
				}
			}
		}
		if _, _, err := FixAll(d); err != nil {
			t.Fatalf("FixAll: %v", err) // a fixed source Parse refuses, or a bad change
		}
	})
}

// TestFuzzSeedsParse keeps the seed corpus honest: every golden input
// parses.
func TestFuzzSeedsParse(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, file := range files {
		data, _ := os.ReadFile(file)
		a := txtar.Parse(data)
		for _, s := range a.Files {
			if s.Name == "input" {
				if _, err := core.Parse([]byte(unescape(string(s.Data)))); err != nil {
					t.Errorf("%s: %v", file, err)
				}
			}
		}
	}
}
