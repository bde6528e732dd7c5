package yamlite

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// FuzzGrammar compares yamlite with yaml.v3 on documents built from the
// supported grammar, the fuzzer's bytes choosing each production: nested
// block mappings and sequences (indentless and compact ones too), flow
// collections, plain scalars over several lines, quoted scalars with
// escapes, block scalars with chomping and indentation indicators,
// comments and blank lines. Now and then the generator makes a mistake
// people make (a tab, an unclosed quote or bracket, "a: b: c", a key out
// of line, a duplicate key) or uses what the subset leaves out (anchors,
// tags, complex keys); then yamlite must fail where yaml.v3 fails and
// must refuse what it does not support. A document made without either
// must be read by both, the same way.
func FuzzGrammar(f *testing.F) {
	for _, seed := range []string{"", "\x00", "\x01\x02\x03", "\x05\x04\x03\x02\x01", "abcdefghijklmnop", "\xff\xfe\xfd\xfc\xfb\xfa", "\x03\x03\x03\x03\x03\x03\x03"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(checkGenerated)
}

// TestGrammar runs the checks of FuzzGrammar on pseudo-random choices, so
// that every test run covers a few thousand generated documents.
func TestGrammar(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		choices := make([]byte, r.IntN(300))
		for j := range choices {
			choices[j] = byte(r.Uint32())
		}
		checkGenerated(t, choices)
	}
}

func checkGenerated(t *testing.T, choices []byte) {
	g := &gen{choices: choices}
	src := g.document()
	diff, v3ok, ok := compareV3([]byte(src))
	switch {
	case diff != "":
		t.Fatalf("%q:\n%s", src, diff)
	case g.unsupported && !g.mistake && ok:
		// (A mistake can hide the construct: a line indented one space
		// too far after an empty block scalar becomes its text.)
		t.Fatalf("%q uses what yamlite does not support, but it reads it", src)
	case v3ok && !ok && !g.mistake && !g.unsupported:
		_, err := Parse([]byte(src))
		t.Fatalf("%q: yaml.v3 reads it, yamlite fails: %v", src, err)
	}
}

// gen writes a document, taking its choices from the fuzzer's bytes
// (zeros when they run out, which ends the recursion quickly).
type gen struct {
	choices     []byte
	next        int
	keys        int
	depth       int
	mistake     bool // a syntax error may have been made on purpose
	unsupported bool // a construct the subset refuses was used
}

// pick returns a number in [0, n).
func (g *gen) pick(n int) int {
	if g.next >= len(g.choices) {
		return 0
	}
	c := g.choices[g.next]
	g.next++
	return int(c) % n
}

func (g *gen) pickOf(list []string) string { return list[g.pick(len(list))] }

func (g *gen) document() string {
	var b strings.Builder
	if g.pick(8) == 1 {
		b.WriteString("---\n")
	}
	b.WriteString(g.blankLines())
	switch g.pick(10) {
	case 1:
		b.WriteString(g.sequence(0, ""))
	case 2:
		b.WriteString(g.flow() + "\n")
	case 3:
		b.WriteString(g.plain(-1, 0) + "\n")
	default:
		b.WriteString(g.mapping(0, ""))
	}
	if g.pick(8) == 1 {
		b.WriteString("...\n# end\n")
	}
	return b.String()
}

// blankLines returns nothing, blank lines or comment lines.
func (g *gen) blankLines() string {
	switch g.pick(6) {
	case 1:
		return "\n"
	case 2:
		return strings.Repeat(" ", g.pick(4)) + "# a comment\n"
	case 3:
		return "  \n\n"
	}
	return ""
}

// comment returns nothing or a comment for the end of a line.
func (g *gen) comment() string {
	switch g.pick(6) {
	case 1:
		return " # note: x"
	case 2:
		return "\t# tabbed"
	}
	return ""
}

// mapping writes a block mapping at indent; first replaces the
// indentation of the first line ("- " for a compact mapping).
func (g *gen) mapping(indent int, first string) string {
	return g.block(indent, first, 1+g.pick(4), func() string { return g.key() + ":" + g.value(indent) })
}

// block writes n entries of a block collection at indent, with blank and
// comment lines between them.
func (g *gen) block(indent int, first string, n int, entry func() string) string {
	var b strings.Builder
	pad := strings.Repeat(" ", indent)
	for i := 0; i < n; i++ {
		if i == 0 && first != "" {
			b.WriteString(first)
		} else {
			b.WriteString(g.blankLines())
			b.WriteString(g.linePad(pad))
		}
		b.WriteString(entry())
	}
	return b.String()
}

// linePad returns the indentation of a line, now and then wrong.
func (g *gen) linePad(pad string) string {
	switch g.pick(40) {
	case 1:
		g.mistake = true
		return pad + " "
	case 2:
		g.mistake = true
		return "\t" + pad
	case 3:
		if pad != "" {
			g.mistake = true
			return pad[1:]
		}
	}
	return pad
}

var keyWords = []string{"a", "layout", "meeting time", "k-1", "a.b", "x_y", "é", "\"quoted key\"", "'single'", "\"\"", "1", "true", "2024-01-01", "null", "Key#1", "a:b", "-x"}

// key returns a new key (unique, unless a duplicate is the mistake made).
func (g *gen) key() string {
	switch g.pick(50) {
	case 1:
		g.unsupported = true
		return g.pickOf([]string{"? complex", "[a, b]", "{a: b}", "&anchor k", "!tag k", "<<"})
	case 2:
		g.mistake = true
		return "a0" // may repeat
	}
	g.keys++
	k := g.pickOf(keyWords)
	suffix := strconv.Itoa(g.keys)
	if strings.HasSuffix(k, "\"") || strings.HasSuffix(k, "'") {
		return k[:len(k)-1] + suffix + k[len(k)-1:]
	}
	return k + suffix
}

// value writes what follows "key:" in a mapping at indent, up to and
// including the line break.
func (g *gen) value(indent int) string {
	g.depth++
	defer func() { g.depth-- }()
	deeper := indent + 1 + g.pick(3)
	if g.depth > 4 {
		return " " + g.scalar(indent) + "\n"
	}
	switch g.pick(12) {
	case 1:
		return g.comment() + "\n" + g.mapping(deeper, "")
	case 2:
		return g.comment() + "\n" + g.sequence(deeper, "")
	case 3:
		return "\n" + g.sequence(indent, "") // indentless
	case 4:
		return " " + g.flow() + g.comment() + "\n"
	case 5:
		return " " + g.blockScalar(indent)
	case 6:
		return g.comment() + "\n" // null
	case 7:
		return " " + g.plain(indent, deeper) + g.comment() + "\n"
	case 8:
		return " " + g.quotedLines(deeper) + "\n"
	case 9:
		switch g.pick(6) {
		case 1:
			g.unsupported = true
			return " " + g.pickOf([]string{"&a x", "*a", "!!str x", "!x y"}) + "\n"
		case 2:
			g.mistake = true
			return " " + g.pickOf([]string{"b: c", "- x", "'unclosed", "\"unclosed", "[unclosed", "{a: b", "x\n\ty", "'x' y", "@x", "`x"}) + "\n"
		}
	}
	return " " + g.scalar(indent) + g.comment() + "\n"
}

// sequence writes a block sequence at indent; first replaces the
// indentation of the first line.
func (g *gen) sequence(indent int, first string) string {
	return g.block(indent, first, 1+g.pick(3), func() string { return "-" + g.entry(indent) })
}

// entry writes what follows the "-" of a sequence entry at indent.
func (g *gen) entry(indent int) string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 {
		return " " + g.scalar(indent) + "\n"
	}
	deeper := indent + 1 + g.pick(3)
	switch g.pick(9) {
	case 1:
		return g.mapping(indent+2, " ") // compact mapping
	case 2:
		return g.sequence(indent+2, " ") // compact sequence
	case 3:
		return g.comment() + "\n" + g.mapping(deeper, "")
	case 4:
		return " " + g.flow() + "\n"
	case 5:
		return " " + g.blockScalar(indent)
	case 6:
		return "\n" // null
	case 7:
		return " " + g.plain(indent, deeper) + "\n"
	}
	return " " + g.scalar(indent) + g.comment() + "\n"
}

var plainWords = []string{
	"x", "hello world", "page", "single", "CPANSec bi-weekly minutes", "Minutes 2024-11-15",
	"2025-06-18 16:00 UTC", "2024-11-15", "2024-11-15 16:00:00", "2024-11-15T16:00:00Z", "2024-1-5",
	"1", "-1", "+1", "007", "0x1F", "0o17", "0b101", "1_000", "1,000", "12:30", "1:20:30", "1.5", "1.", ".5", "1e5", "1.5e+3",
	".inf", "-.Inf", ".NaN", "yes", "No", "on", "OFF", "true", "False", "null", "Null", "~", "y",
	"a:b", "a#b", "x-y", "-x", "?x", "http://x.y/z?a=b#c", "@sjn", "é ü", "a\u00a0b", "nbsp\u00a0", "a\tb",
	"it's", "say \"hi\"", "50%", "a, b", "[x", "x]", "{x}", "a b  c", "<<",
}

// scalar returns a one-line scalar for a block context.
func (g *gen) scalar(indent int) string {
	switch g.pick(5) {
	case 1:
		return g.pickOf(singleQuoted)
	case 2:
		return g.pickOf(doubleQuoted)
	}
	return g.pickOf(plainWords)
}

var singleQuoted = []string{"'it''s'", "'a: b'", "''", "'  spaced  '", "'#x'", "'\\n stays'", "'é'"}

var doubleQuoted = []string{
	`"a\"b"`, `"\t\x41\u00e9\U0001F600"`, `"\\"`, `"\_\N\L\P\e\a\b\v\f\r\0"`, `"line\nbreak"`, `""`, `"\ "`,
	`"a\/b"`, `"\q"`, `"\x4"`, `"\uD800"`,
}

// plain returns a plain scalar that may go on over lines indented at
// least deeper (continuations must be deeper than the parent's indent).
func (g *gen) plain(indent, deeper int) string {
	s := g.pickOf([]string{"first", "a b", "x-y", "1", "yes", "é"})
	for i := g.pick(4); i > 0; i-- {
		sep := "\n"
		if g.pick(3) == 1 {
			sep = "\n\n"
		}
		next := g.pickOf([]string{"more", "b c", "- d", "e: f", "# c", "'q'", "x # y"})
		if strings.Contains(next, "#") && i > 1 || strings.Contains(next, ": ") {
			g.mistake = true // a comment ends the scalar; a key cannot follow
		}
		s += sep + strings.Repeat(" ", max(deeper, indent+1)+g.pick(2)) + next
	}
	return s
}

// quotedLines returns a quoted scalar over several lines.
func (g *gen) quotedLines(deeper int) string {
	q := g.pickOf([]string{"'", "\""})
	s := q + "start"
	for i := 1 + g.pick(3); i > 0; i-- {
		sep := "\n"
		switch g.pick(4) {
		case 1:
			sep = "\n\n"
		case 2:
			if q == "\"" {
				sep = "\\\n"
			}
		}
		s += " " + sep + strings.Repeat(" ", g.pick(deeper+2)) + g.pickOf([]string{"next", "a  b", "x\t"})
	}
	return s + q
}

// blockScalar returns a block scalar header and its lines, for a node
// whose parent collection is at indent.
func (g *gen) blockScalar(indent int) string {
	header := g.pickOf([]string{"|", ">"}) + g.pickOf([]string{"", "-", "+"})
	lineIndent := indent + 1 + g.pick(3)
	if g.pick(3) == 1 {
		d := 1 + g.pick(3)
		header += strconv.Itoa(d)
		lineIndent = max(indent, 0) + d
	}
	var b strings.Builder
	b.WriteString(header + g.comment() + "\n")
	pad := strings.Repeat(" ", lineIndent)
	for i := 1 + g.pick(4); i > 0; i-- {
		switch g.pick(6) {
		case 1:
			b.WriteString("\n")
		case 2:
			b.WriteString(pad + "  more indented\n")
		case 3:
			b.WriteString(pad + "\ttab after indent\n")
		case 4:
			b.WriteString(pad + "# not a comment\n")
		default:
			b.WriteString(pad + g.pickOf([]string{"text", "a b", "x: y", "- z"}) + "\n")
		}
	}
	if g.pick(3) == 1 {
		b.WriteString("\n\n")
	}
	return b.String()
}

// flow returns a flow collection.
func (g *gen) flow() string {
	g.depth++
	defer func() { g.depth-- }()
	var items []string
	isMap := g.pick(2) == 1
	for i := g.pick(4); i > 0; i-- {
		item := g.flowItem()
		if isMap {
			g.keys++
			item = g.pickOf([]string{"k", "\"k\"", "'k'"})[:1] + strconv.Itoa(g.keys) + g.pickOf([]string{": " + item, ":" + item, ""})
			if strings.HasPrefix(item, "\"") || strings.HasPrefix(item, "'") {
				item = item[:1] + "k" + item[1:]
				item = strings.Replace(item, ":", item[:1]+":", 1)
				if !strings.Contains(item, ":") {
					item += item[:1]
				}
			}
		}
		items = append(items, item)
	}
	sep := g.pickOf([]string{", ", ",", " , ", ",\n  "})
	body := strings.Join(items, sep)
	if g.pick(5) == 1 && body != "" {
		body += ","
	}
	if g.pick(30) == 1 {
		g.mistake = true
		body += g.pickOf([]string{",,", " x: y", "]", "}"})
	}
	if isMap {
		return "{" + body + "}"
	}
	return "[" + body + "]"
}

func (g *gen) flowItem() string {
	if g.depth < 3 && g.pick(4) == 1 {
		return g.flow()
	}
	switch g.pick(4) {
	case 1:
		return g.pickOf(singleQuoted)
	case 2:
		return g.pickOf(doubleQuoted)
	}
	return g.pickOf([]string{"a", "b c", "1", "yes", "null", "2024-01-01", "https://x.y/z", "é", "-1", "x-y", "a b  c"})
}
