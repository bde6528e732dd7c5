package registers

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with the golden file, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (go test -update rewrites it); got:\n%s", path, got)
	}
}

// synthetic builds the registers of testdata/folder.
func synthetic(t *testing.T) *Registers {
	t.Helper()
	files, err := ReadFS(os.DirFS("testdata/folder"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Build(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestSyntheticGolden(t *testing.T) {
	out, err := json.MarshalIndent(synthetic(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "testdata/folder.golden.json", append(out, '\n'))
}

func TestSyntheticMarkdown(t *testing.T) {
	golden(t, "testdata/folder.golden.md", []byte(Markdown(synthetic(t), nil)))
}
