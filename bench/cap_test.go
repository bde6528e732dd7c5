package main

import (
	"os"
	"strings"
	"testing"
)

// TestMaxOpenSize keeps the benchmark's copy of the editor's size cap (the
// wasm main package cannot be imported) equal to the editor's.
func TestMaxOpenSize(t *testing.T) {
	src, err := os.ReadFile("../wasm/validate.go")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(src), "const MaxOpenSize = 512 << 10\n") || maxOpenSize != 512<<10 {
		t.Errorf("bench's maxOpenSize (%d) differs from wasm.MaxOpenSize", maxOpenSize)
	}
}
