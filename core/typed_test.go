package core

import "testing"

func TestTypedPrefix(t *testing.T) {
	tests := []struct {
		text, rest string
		box        Checkbox
	}{
		{"[x] done", "done", Done},
		{"[X] done", "done", Done},
		{"[ ] to do", "to do", Open},
		{"- foo", "foo", NoBox},
		{"* foo", "foo", NoBox},
		{"+ foo", "foo", NoBox},
		{"1. foo", "foo", NoBox},
		{"12) foo", "foo", NoBox},
		{"- [x] both", "both", Done},
		{"plain text", "plain text", NoBox},
		{"-foo", "-foo", NoBox},
		{"2025-06-04 meeting", "2025-06-04 meeting", NoBox},
		{"[x]no space", "[x]no space", NoBox},
		{"[link](x) text", "[link](x) text", NoBox},
		{"1234567890. too long a number", "1234567890. too long a number", NoBox},
		{"-", "-", NoBox},
		{"", "", NoBox},
		{" ze", "ze", NoBox},
		{"[x]", "", Done},
		{"- [ ]", "", Open},
		{"  - [ ]  spaced", "spaced", Open},
	}
	for _, tt := range tests {
		rest, cut, box := TypedPrefix(tt.text)
		if rest != tt.rest || box != tt.box || cut != len(tt.text)-len(tt.rest) {
			t.Errorf("TypedPrefix(%q) = %q, %d, %v; want %q, %v", tt.text, rest, cut, box, tt.rest, tt.box)
		}
	}
}

func TestUnfinished(t *testing.T) {
	for text, want := range map[string]bool{
		"-": true, "*": true, "+": true, ">": true, "#": true, "###": true, "1.": true, "12)": true, " -": true,
		"": false, "-x": false, "- ": false, "a": false, "#######": false, "1": false, "1.5": false, "x.": false, "[x": false,
	} {
		if got := Unfinished(text); got != want {
			t.Errorf("Unfinished(%q) = %v, want %v", text, got, want)
		}
	}
}
