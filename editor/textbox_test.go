package editor

import (
	"testing"
)

func TestTextChange(t *testing.T) {
	tests := []struct {
		name, source, newText, want string
	}{
		{"no edit keeps CRLF and BOM", "\ufeff# T\r\n\r\n- a\r\n", "\ufeff# T\n\n- a\n", "\ufeff# T\r\n\r\n- a\r\n"},
		{"typed text inside a CRLF line", "a\r\nb\r\n", "a\nbX\n", "a\r\nbX\r\n"},
		{"typed newline takes CRLF", "a\r\nb\r\n", "a\nb\nc\n", "a\r\nb\r\nc\r\n"},
		{"deleting a line break removes CR LF", "a\r\nb\r\n", "ab\n", "ab\r\n"},
		{"LF document stays LF", "a\nb\n", "a\nb\nc\n", "a\nb\nc\n"},
		{"mixed endings: untouched lines keep theirs", "a\r\nb\nc\n", "a\nB\nc\n", "a\r\nB\nc\n"},
		{"multibyte change at a rune boundary", "x\u00a0[ ] y\n", "x [ ] y\n", "x [ ] y\n"},
		{"replace one accented letter by another", "caf\u00e9\n", "caf\u00e8\n", "caf\u00e8\n"},
		{"insert at start before BOM", "\ufeffa\r\n", "z\ufeffa\n", "z\ufeffa\r\n"},
		{"delete everything", "a\r\nb", "", ""},
		{"lone CR is shown as LF and kept", "a\rb\n", "a\nbc\n", "a\rbc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := spliceEdit(tt.source, NormalizeNewlines(tt.source), tt.newText)
			if got != tt.want {
				t.Errorf("spliceEdit(%q → %q) = %q, want %q", tt.source, tt.newText, got, tt.want)
			}
			if NormalizeNewlines(got) != tt.newText {
				t.Errorf("result %q does not show as the text box's %q", got, tt.newText)
			}
		})
	}
}

// TestTextareaNormalization checks the assumption SpliceEdit rests on: a
// textarea shows NormalizeNewlines(source), keeping the BOM and U+00A0.
// TestSpliceHiddenBOM covers the text box as the browser fills it: without
// the document's leading BOM.
func TestSpliceHiddenBOM(t *testing.T) {
	source := "\ufeff# T\r\n- a\r\n"
	shown := "# T\n- a\n"
	for newText, want := range map[string]string{
		shown:             source,
		"X# T\n- a\n":     "\ufeffX# T\r\n- a\r\n",
		"T\n- a\n":        "\ufeffT\r\n- a\r\n",
		"# T\n- a\n- b\n": "\ufeff# T\r\n- a\r\n- b\r\n",
	} {
		if got := spliceEdit(source, shown, newText); got != want {
			t.Errorf("spliceEdit(%q) = %q, want %q", newText, got, want)
		}
	}
}

// spliceEdit is source after the text box's edit from oldText to newText.
func spliceEdit(source, oldText, newText string) string {
	return string(TextChange(source, oldText, newText).Apply([]byte(source)))
}
