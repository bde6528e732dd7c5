package yamlite

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

// short writes a tree compactly: {k: v}, [a, b], scalars as TAG"value"
// with the tag shortened to its first letter (s, i, f, b, n, t).
func short(n *Node) string {
	switch n.Kind {
	case DocumentNode:
		if len(n.Content) == 0 {
			return ""
		}
		return short(n.Content[0])
	case MappingNode:
		var parts []string
		for i := 0; i+1 < len(n.Content); i += 2 {
			parts = append(parts, short(n.Content[i])+": "+short(n.Content[i+1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case SequenceNode:
		var parts []string
		for _, c := range n.Content {
			parts = append(parts, short(c))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return n.Tag[2:3] + strconv.Quote(n.Value)
}

func TestParse(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"empty", "", ""},
		{"comments only", "# a\n\n  # b\n", ""},
		{"front matter", "layout: page\ntoc: true\nmeeting_time: 2025-06-18 16:00 UTC\ntitle: Minutes 2025-06-18\n",
			`{s"layout": s"page", s"toc": b"true", s"meeting_time": s"2025-06-18 16:00 UTC", s"title": s"Minutes 2025-06-18"}`},
		{"crlf", "a: 1\r\nb: x\r\n", `{s"a": i"1", s"b": s"x"}`},
		{"nested mapping", "site:\n  repo: o/r\n  deep:\n    x: 1\nafter: y\n", `{s"site": {s"repo": s"o/r", s"deep": {s"x": i"1"}}, s"after": s"y"}`},
		{"sequence", "- a\n- b\n", `[s"a", s"b"]`},
		{"indentless sequence", "a:\n- x\n- y\nb: z\n", `{s"a": [s"x", s"y"], s"b": s"z"}`},
		{"compact mapping in sequence", "- handle: \"@sjn\"\n  name: Salve\n- handle: \"@tux\"\n", `[{s"handle": s"@sjn", s"name": s"Salve"}, {s"handle": s"@tux"}]`},
		{"compact sequences", "- - a\n  - b\n- c\n", `[[s"a", s"b"], s"c"]`},
		{"sequence after a comment", "a:\nc: # note\n-\n", `{s"a": n"", s"c": [n""]}`},
		{"empty values", "a:\nb: ~\nc: # note\nd: null\n", `{s"a": n"", s"b": n"~", s"c": n"", s"d": n"null"}`},
		{"empty entry", "-\n- # c\n- x\n", `[n"", n"", s"x"]`},
		{"flow", "a: [x, 'y z', 1]\nb: {k: v, n: 2, e}\n", `{s"a": [s"x", s"y z", i"1"], s"b": {s"k": s"v", s"n": i"2", s"e": n""}}`},
		{"flow nested over lines", "a: [x, [y,\n  z], {k: [1]},\n  ]\n", `{s"a": [s"x", [s"y", s"z"], {s"k": [i"1"]}]}`},
		{"json", "{\"name\": \"pts\", \"n\": 7, \"ok\": true, \"list\": [{\"a\": null}]}", `{s"name": s"pts", s"n": i"7", s"ok": b"true", s"list": [{s"a": n"null"}]}`},
		{"url in flow", "a: [https://x.y/z#f]\n", `{s"a": [s"https://x.y/z#f"]}`},
		{"plain with colon and hash", "a: b:c d#e\n", `{s"a": s"b:c d#e"}`},
		{"comment after value", "a: b # c\n", `{s"a": s"b"}`},
		{"plain over lines", "a: one\n  two\n\n  three\nb: x\n", `{s"a": s"one two\nthree", s"b": s"x"}`},
		{"plain top level", "just\ntext\n", `s"just text"`},
		{"single quoted", "a: 'it''s: #1'\n", `{s"a": s"it's: #1"}`},
		{"double quoted escapes", `a: "tab\there \"q\" \\ \x41\u00e9\U0001F600 \_"`, `{s"a": s"tab\there \"q\" \\ Aé😀 \u00a0"}`},
		{"quoted over lines", "a: \"one\n  two\n\n  three\\\n  four\"\n", `{s"a": s"one two\nthreefour"}`},
		{"quoted numbers are strings", "a: '1'\nb: \"true\"\n", `{s"a": s"1", s"b": s"true"}`},
		{"quoted keys", "\"a b\": 1\n'c': 2\n", `{s"a b": i"1", s"c": i"2"}`},
		{"literal", "a: |\n  line 1\n    more\n\n  line 3\nb: x\n", `{s"a": s"line 1\n  more\n\nline 3\n", s"b": s"x"}`},
		{"folded", "a: >\n  one\n  two\n\n  three\n    indented\n  four\n", `{s"a": s"one two\nthree\n  indented\nfour\n"}`},
		{"strip", "a: |-\n  x\n\n", `{s"a": s"x"}`},
		{"keep", "a: |+\n  x\n\n", `{s"a": s"x\n\n"}`},
		{"indentation indicator", "a: |2\n    x\n  y\n", `{s"a": s"  x\ny\n"}`},
		{"block scalar in sequence", "- >-\n  a\n  b\n- c\n", `[s"a b", s"c"]`},
		{"document markers", "---\na: 1\n...\n# after\n", `{s"a": i"1"}`},
		{"explicit empty document", "---\n", `n""`},
		{"tags as Psych", "a: yes\nb: Off\nc: 12:30\nd: 0777\ne: 1_000\nf: 1e5\ng: .5\nh: 2024-11-15\ni: 2024-02-30\nj: NULL\n",
			`{s"a": b"yes", s"b": b"Off", s"c": i"12:30", s"d": i"0777", s"e": i"1_000", s"f": s"1e5", s"g": f".5", s"h": t"2024-11-15", s"i": s"2024-02-30", s"j": n"NULL"}`},
		{"tab after colon", "a:\tb\n", `{s"a": s"b"}`},
		{"non-breaking space kept", "a: x\u00a0\n", `{s"a": s"x\u00a0"}`},
		{"key with trailing spaces", "a  : b\n", `{s"a": s"b"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := short(doc); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if diff, _, _ := compareV3([]byte(tt.src)); diff != "" {
				t.Errorf("differs from yaml.v3:\n%s", diff)
			}
		})
	}
}

func TestPositions(t *testing.T) {
	doc, err := Parse([]byte("a: 1\nlist:\n  - x\n  - {k: é, v: w}\ntext: |\n  t\n"))
	if err != nil {
		t.Fatal(err)
	}
	root := doc.Content[0]
	checks := []struct {
		n            *Node
		line, column int
	}{
		{root, 1, 1}, {root.Content[1], 1, 4}, {root.Content[2], 2, 1}, {root.Content[3], 3, 3},
		{root.Content[3].Content[1], 4, 5}, {root.Content[3].Content[1].Content[3], 4, 15}, {root.Content[5], 5, 7},
	}
	for i, c := range checks {
		if c.n.Line != c.line || c.n.Column != c.column {
			t.Errorf("%d: %q at %d:%d, want %d:%d", i, c.n.Value, c.n.Line, c.n.Column, c.line, c.column)
		}
	}
	if v := root.Get("list"); v == nil || v.Kind != SequenceNode || root.Get("nope") != nil {
		t.Errorf("Get: %v", v)
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unclosed double quote", "a: 1\ntitle: \"Minutes\nlayout: page\n", 2, "quote opened on this line is not closed"},
		{"unclosed single quote", "title: 'Minutes\n", 1, "not closed"},
		{"unclosed flow sequence", "a: 1\ntitle: [oops\n", 2, "did not find expected ',' or ']'"},
		{"unclosed flow sequence before a key", "title: [a, b\nx: 1\n", 1, "did not find expected ',' or ']'"},
		{"unclosed flow mapping", "a: {b: c\n", 1, "did not find expected ',' or '}'"},
		{"tab indentation", "a:\n\tb: 1\n", 2, "tab character"},
		{"tab in continuation", "a: 1\n\tb: 2\n", 2, "tab character that violates indentation"},
		{"colon in value", "title: Minutes: 2024\n", 1, "mapping values are not allowed in this context"},
		{"key continues plain", "a: 1\n  b: 2\n", 2, "mapping values are not allowed in this context"},
		{"duplicate key", "a: 1\nb: 2\na: 3\n", 3, `mapping key "a" already defined at line 1`},
		{"duplicate flow key", "a: {x: 1, x: 2}\n", 1, "already defined"},
		{"bad dedent", "a:\n  b: 1\n c: 2\n", 3, "did not find expected key"},
		{"more indented key", "a: 1\n  # c\n  b\n", 3, "did not find expected key"},
		{"sequence in value", "a: - b\n", 1, "block sequence entries are not allowed in this context"},
		{"sequence after mapping", "a: b\n- c\n", 2, "did not find expected key"},
		{"mapping in indented sequence", "a:\n  - b\n  c: d\n", 3, "did not find expected '-' indicator"},
		{"not a key", "a: 1\nb\n", 2, "could not find expected ':'"},
		{"junk after quote", "a: \"x\" y\n", 1, "did not find expected key"},
		{"unknown escape", `a: "\q"`, 1, "found unknown escape character"},
		{"anchor", "a: &x 1\n", 1, "anchors and aliases"},
		{"alias", "a: *x\n", 1, "anchors and aliases"},
		{"tag", "a: !!str 1\n", 1, "tags (!) are not supported"},
		{"complex key", "? a\n: b\n", 1, "complex keys"},
		{"flow key", "[a, b]: c\n", 1, "complex keys"},
		{"merge key", "<<: {a: 1}\n", 1, "merge keys"},
		{"pair in flow sequence", "a: [b: c]\n", 1, "not supported"},
		{"two documents", "a: 1\n---\nb: 2\n", 2, "several documents"},
		{"directive", "%YAML 1.1\n---\na: 1\n", 1, "directives"},
		{"symbol", "a: :sym\n", 1, "Ruby symbol"},
		{"reserved character", "a: @x\n", 1, "cannot start any token"},
		{"control character", "a: \x01\n", 1, "control characters"},
		{"lone CR", "a: 1\rb: 2\n", 1, "carriage return without a line feed is not supported"},
		{"invalid UTF-8", "a: \xff\n", 1, "invalid UTF-8"},
		{"too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), 1, "max depth"},
		{"long key", strings.Repeat("k", maxKeyLength+1) + ": v\n", 1, "at most 1024 characters"},
		{"flow key over two lines", "a: {b\nc: d}\n", 1, "did not find expected ',' or '}'"},
		{"flow key before a line break", "a: {\"b\"\n: d}\n", 1, "did not find expected ',' or '}'"},
		{"long flow key", "a: {" + strings.Repeat("k", maxKeyLength) + " : v}\n", 1, "did not find expected ',' or '}'"},
		{"question mark in flow", "a: [https://x.y/?q=1]\n", 1, "quote the value"},
		{"block scalar header", "a: |x\n  y\n", 1, "did not find expected comment or line break"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse([]byte(tt.src))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse = %s, %v; want an *Error", short(doc), err)
			}
			if e.Line != tt.line || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("error at line %d: %q; want line %d: %q", e.Line, e.Msg, tt.line, tt.msg)
			}
			if !strings.HasPrefix(err.Error(), "yaml: line ") {
				t.Errorf("Error() = %q", err.Error())
			}
			wantUnsupported := strings.Contains(tt.msg, "not supported") || strings.Contains(tt.msg, "several documents") ||
				strings.Contains(tt.msg, "quote the value") || strings.Contains(tt.msg, "complex keys") ||
				strings.Contains(tt.msg, "merge keys") || strings.Contains(tt.msg, "anchors") || strings.Contains(tt.msg, "directives")
			if e.Unsupported != wantUnsupported {
				t.Errorf("Unsupported = %v", e.Unsupported)
			}
		})
	}
}
