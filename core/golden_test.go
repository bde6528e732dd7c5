package core

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the expected sections of golden files")

// goldenFiles runs fn on every txtar file in dir. fn gets the archive and
// returns, for each section it checks, the text it produced; the test
// compares it with the file's section of that name (and rewrites it with
// -update).
func goldenFiles(t *testing.T, dir string, fn func(t *testing.T, a *txtar.Archive) map[string]string) {
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files in testdata/%s", dir)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := fn(t, a)
			changed := false
			for i, f := range a.Files {
				out, ok := got[f.Name]
				if !ok {
					continue
				}
				if string(f.Data) != out {
					if *update {
						a.Files[i].Data = []byte(out)
						changed = true
						continue
					}
					t.Errorf("%s:%s differs\n--- got ---\n%s--- want ---\n%s", file, f.Name, out, f.Data)
				}
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// section returns the data of the named file in the archive.
func section(t *testing.T, a *txtar.Archive, name string) []byte {
	t.Helper()
	for _, f := range a.Files {
		if f.Name == name {
			return f.Data
		}
	}
	t.Fatalf("no section %q", name)
	return nil
}

// unescape turns the visible escapes used in golden inputs into bytes:
// "{NBSP}" U+00A0, "{BOM}" U+FEFF, "{CR}" a carriage return, "{TAB}" a tab.
func unescape(b []byte) []byte {
	r := strings.NewReplacer("{NBSP}", "\u00a0", "{BOM}", "\uFEFF", "{CR}", "\r", "{TAB}", "\t")
	return []byte(r.Replace(string(b)))
}

// TestParseGolden checks the model of each testdata/parse file against its
// "model" section, and that writing it back gives the input.
func TestParseGolden(t *testing.T) {
	goldenFiles(t, "parse", func(t *testing.T, a *txtar.Archive) map[string]string {
		src := unescape(section(t, a, "input"))
		d, err := Parse(src)
		if err != nil {
			t.Fatal(err)
		}
		if string(d.Bytes()) != string(src) {
			t.Error("round trip differs")
		}
		checkSpans(t, d)
		return map[string]string{"model": dump(d)}
	})
}
