package editor

import (
	"strings"
	"testing"

	"github.com/cpansec/minutes/core"
)

func TestCheckInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string // substring of the error; "" for none
	}{
		{"minutes", []byte("---\nlayout: single\n---\n# Minutes\n- [ ] a\n"), ""},
		{"BOM crlf nbsp", []byte("\ufeff# T\r\n-\u00a0[x] a\r\n"), ""},
		{"empty", nil, "x.md:1: the file is empty"},
		{"binary", []byte("PNG\r\n\x1a\n\x00\x00"), "x.md:3: contains a NUL byte"},
		{"latin-1", []byte("line\ncaf\xe9\n"), "x.md:2: is not UTF-8 text (byte 0xe9"},
		{"truncated utf-8", []byte("ok \xe2\x82"), "x.md:1: is not UTF-8"},
		{"too large", []byte(strings.Repeat("a", MaxOpenSize+1)), "x.md:1: is 512 KB; the editor opens files up to 512 KB"},
		{"at the size cap", []byte(strings.Repeat("a\n", MaxOpenSize/2)), ""},
		{"deep block quotes", []byte("a\n" + strings.Repeat(">", 10000) + " x\n"), "x.md:2: nests 10000 levels deep"},
		{"deep lists", []byte(strings.Repeat(" ", 400) + "- x\n"), "x.md:1: nests 200 levels"},
		{"deep brackets", []byte(strings.Repeat("[", 5000) + "x"), "x.md:1: nests 5000 levels"},
		{"real nesting is fine", []byte("- a\n  - b\n    - c\n      > d [e](f)\n"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckInput("x.md", tt.data)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestCheckChange(t *testing.T) {
	deep := strings.Repeat(">", MaxNesting) + " quote\n"
	tests := []struct {
		name string
		src  string
		c    core.Change
		want string // substring of the error; "" for none
	}{
		{"typing", "# T\n- a\n", core.Change{{Start: 7, End: 7, Text: "b"}}, ""},
		{"up to the size cap", "x", core.Change{{Start: 1, End: 1, Text: strings.Repeat("y", MaxOpenSize-1)}}, ""},
		{"one byte past the size cap", "x", core.Change{{Start: 1, End: 1, Text: strings.Repeat("y", MaxOpenSize)}}, "would be 512 KB; the editor holds documents up to 512 KB"},
		{"a megabyte pasted", "", core.Change{{Start: 0, End: 0, Text: strings.Repeat("z", 1<<20)}}, "would be 1.0 MB"},
		{"deleting from an oversized text is allowed", strings.Repeat("a", 10), core.Change{{Start: 0, End: 5}}, ""},
		{"as deep as allowed", "a\n" + deep, core.Change{{Start: 2, End: 2, Text: "x"}}, ""},
		{"one level deeper", "a\n" + deep, core.Change{{Start: 2, End: 2, Text: ">"}}, "line 2 would nest 101 levels deep"},
		{"deep paste on a new line", "a\nb\n", core.Change{{Start: 4, End: 4, Text: "x\n" + strings.Repeat("[", 200) + "\n"}}, "line 4 would nest 200 levels deep"},
		{"two splices", "a\nb\nc\n", core.Change{{Start: 0, End: 1, Text: "A"}, {Start: 4, End: 5, Text: strings.Repeat("[", 101)}}, "line 3 would nest 101"},
	}
	for _, tt := range tests {
		err := CheckChange([]byte(tt.src), tt.c)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: %v", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}
