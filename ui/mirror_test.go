package ui

import (
	"strings"
	"testing"
)

func TestMirrorStyle(t *testing.T) {
	style := map[string]string{"font-family": `"Segoe UI", sans-serif`, "font-size": "16px",
		"line-height": "normal", "padding-left": "4px", "padding-right": "6.5px"}
	computed := func(prop string) string { return style[prop] }
	css, line := MirrorStyle(computed, 300)
	for _, want := range []string{`font-family: "Segoe UI", sans-serif;`, "font-size: 16px;", "width: 289.50px;", "visibility: hidden;", "white-space: pre-wrap;"} {
		if !strings.Contains(css, want) {
			t.Errorf("the mirror's style lacks %q: %s", want, css)
		}
	}
	if line != 1.2*16 {
		t.Errorf("a normal line height = %v, want 1.2 × the font size", line)
	}
	style["line-height"] = "22px"
	if _, line := MirrorStyle(computed, 300); line != 22 {
		t.Errorf("line height %v, want 22", line)
	}
}

func TestCaretLines(t *testing.T) {
	for _, c := range []struct {
		start, caret, end float64
		first, last       bool
	}{
		{0, 0, 0, true, true},     // one line
		{0, 0, 40, true, false},   // on the first of three
		{0, 20, 40, false, false}, // in the middle
		{0, 40, 40, false, true},  // on the last
		{0, 9, 19, true, false},   // less than half a line: the same line
	} {
		if first, last := CaretLines(c.start, c.caret, c.end, 20); first != c.first || last != c.last {
			t.Errorf("CaretLines(%v, %v, %v) = %v, %v", c.start, c.caret, c.end, first, last)
		}
	}
}
