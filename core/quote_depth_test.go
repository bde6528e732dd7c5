package core

import (
	"bytes"
	"strings"
	"testing"
)

// TestDeepQuotes: a line of 200 000 ">" (quadratic in goldmark's
// blockquote parser before the MaxDepth bound) parses and writes back byte
// for byte, as do its items.
func TestDeepQuotes(t *testing.T) {
	src := []byte("# Minutes\n\n- a\n" + strings.Repeat(">", 200000) + " x\n\n- b\n")
	d, err := Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(d.Bytes(), src) {
		t.Errorf("not written back byte for byte")
	}
	if len(d.Root.Sections) != 1 {
		t.Fatalf("%d sections, want 1", len(d.Root.Sections))
	}
}
