package frontmatter

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/cpansec/minutes/core/yamlite"
	"gopkg.in/yaml.v3"
)

func TestQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Minutes 2024-11-15", "Minutes 2024-11-15"},
		{"2025-06-18 16:00 UTC", "2025-06-18 16:00 UTC"},
		{"2024-11-15", `"2024-11-15"`}, // plain, a date for Jekyll and yaml.v3
		{"Minutes: 2024", "'Minutes: 2024'"},
		{"it's #1", "'it''s #1'"}, {"it's", "it's"},
		{"a #1", "'a #1'"},
		{"'quoted'", "'''quoted'''"},
		{"true", `"true"`}, {"yes", `"yes"`}, {"14", `"14"`}, {"16:00", `"16:00"`}, {"1e5", `"1e5"`}, {"null", `"null"`}, {"", `""`},
		{"- item", "'- item'"}, {" padded ", "' padded '"}, {"@sjn", "'@sjn'"},
		{"two\nlines", `"two\nlines"`}, {"tab\there", "tab\there"}, {"\ttab", `"\ttab"`}, {`back\slash "q"`, `back\slash "q"`}, {"\"q\" ", `'"q" '`}, {"1582-10-10", `"1582-10-10"`},
		{"bell\a", `"bell\x07"`}, {"\ufeffbom", `"\uFEFFbom"`}, {"nbsp\u00a0x", "nbsp\u00a0x"},
	}
	for _, tt := range tests {
		if got := Quote(tt.in); got != tt.want {
			t.Errorf("Quote(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// TestQuoteReadsBack checks with yaml.v3, and with yamlite (which reads
// as Jekyll's Psych does), that every quoted value reads back as itself:
// the scalars of yamlite's Psych table and awkward strings.
func TestQuoteReadsBack(t *testing.T) {
	values := []string{"", " ", "a", "a: b", "a #b", "#a", "'", "''", "\"", "\\", "\\n", "x\ny", "x\r\ny", "\t", "é", "\u2028", "\u0085", "\x00", "\x7f",
		"[a]", "{a}", "a, b", "- a", "? a", ": a", "|", ">", "!x", "&x", "*x", "%x", "@x", "`x", "---", "...", "a\u00a0", " a", "a ", "<<", "~", "-", "0o17", "+.5e3", "1_000.5e-3", "0x_1"}
	f, err := os.Open("../yamlite/testdata/scalars.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var s string
		if err := json.Unmarshal(sc.Bytes(), &s); err != nil {
			t.Fatal(err)
		}
		values = append(values, s)
	}
	for _, v := range values {
		src := "k: " + Quote(v) + "\n"
		var m map[string]any
		if err := yaml.Unmarshal([]byte(src), &m); err != nil {
			t.Errorf("yaml.v3 cannot read %q: %v", src, err)
			continue
		}
		if got, ok := m["k"].(string); !ok || got != v {
			t.Errorf("yaml.v3 reads %q as %#v, want %q", src, m["k"], v)
		}
		doc, err := yamlite.Parse([]byte(src))
		if err != nil {
			t.Errorf("yamlite cannot read %q: %v", src, err)
			continue
		}
		n := doc.Content[0].Content[1]
		if n.Value != v || n.Tag != yamlite.StrTag {
			t.Errorf("yamlite reads %q as %s %q, want the string %q", src, n.Tag, n.Value, v)
		}
	}
}
