package main

import (
	"strings"
	"testing"
)

// TestLimits: every command refuses, by default, what the web editor
// refuses to open (a hostile nesting or size would make any command slow),
// with a message naming the file, its line and --large; --large reads it.
func TestLimits(t *testing.T) {
	deep := "# T\n\n" + strings.Repeat("> ", 2000) + "deep\n"
	big := "# T\n\n" + strings.Repeat("- item\n", 600<<10/7)
	tests := []struct{ name, stdin, want string }{
		{"deep", deep, "-:3: nests 2000 levels deep"},
		{"big", big, "-:1: is over 512 KB, more than this command reads"},
	}
	for _, tt := range tests {
		for _, cmd := range []string{"fmt", "lint", "html", "json", "next", "actions"} {
			code, _, stderr := runCLI(t, tt.stdin, cmd, "-")
			if code != exitFail || !strings.Contains(stderr, tt.want) || !strings.Contains(stderr, "--large") {
				t.Errorf("%s %s: code %d, stderr %.200q", cmd, tt.name, code, stderr)
			}
		}
		code, stdout, stderr := runCLI(t, tt.stdin, "fmt", "--large", "-")
		if code != exitOK || stdout != tt.stdin {
			t.Errorf("fmt --large %s: code %d, stderr %.200q", tt.name, code, stderr)
		}
	}
}
