package agenda

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cpansec/minutes/core"
)

func TestScratch(t *testing.T) {
	f := os.Getenv("F")
	if f == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(f)
	d, err := core.Parse(src, core.WithName(filepath.Base(f)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Next(d)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/next.md", r.Bytes(), 0o644)
	fmt.Print(r.Report.String())
}
