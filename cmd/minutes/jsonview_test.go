package main

import (
	"strings"
	"testing"
)

// The front matter keeps its order and its text as written.
func TestJSONFrontMatter(t *testing.T) {
	p := writeTemp(t, "fm.md", "---\nz_last: \"<b> & c\"\nlayout: page\n---\n# Title\n")
	code, out, errs := runCLI(t, "", "json", p)
	if code != exitOK {
		t.Fatalf("json: exit %d: %s", code, errs)
	}
	want := "\"front_matter\": {\n    \"z_last\": \"<b> & c\",\n    \"layout\": \"page\"\n  },"
	if !strings.Contains(out, want) {
		t.Errorf("json output lacks\n%s\ngot\n%s", want, out)
	}
}
