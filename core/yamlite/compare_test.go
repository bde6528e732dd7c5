package yamlite

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// yaml.v3 is the reference in these tests (and only in tests): yamlite
// must read what yaml.v3 reads the same way, node for node (kind, style,
// value, line and column), and fail where yaml.v3 fails. Tags differ on
// purpose where YAML 1.1 (Psych, which Jekyll uses) and yaml.v3's schema
// disagree; there TestResolvePsych checks them against Psych itself.

// compareV3 parses src with both readers. It returns "" when they agree
// as described above, else what differs. yamlite may refuse a document
// yaml.v3 reads (the subset leaves things out); the callers decide
// whether that is expected.
func compareV3(src []byte) (diff string, v3ok, ok bool) {
	var v yaml.Node
	verr := yaml.Unmarshal(src, &v)
	if verr == nil {
		// A Node keeps duplicate keys; decoding refuses them, as yamlite does.
		var x any
		verr = yaml.Unmarshal(src, &x)
	}
	n, err := Parse(src)
	switch {
	case verr != nil && err == nil:
		return fmt.Sprintf("yaml.v3 fails (%v) but yamlite reads\n%s", verr, dump(n)), false, true
	case verr != nil || err != nil:
		return "", verr == nil, err == nil
	}
	want, got := dumpV3(&v), dump(n)
	if want != got {
		return fmt.Sprintf("yaml.v3 reads\n%s\nyamlite reads\n%s", want, got), true, true
	}
	return "", true, true
}

// dump writes a yamlite tree one node a line.
func dump(doc *Node) string {
	var b strings.Builder
	var walk func(n *Node, depth int)
	walk = func(n *Node, depth int) {
		fmt.Fprintf(&b, "%s%s %s style=%d %q @%d:%d\n", strings.Repeat("  ", depth), kindName(n.Kind), n.Tag, n.Style, n.Value, n.Line, n.Column)
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	for _, c := range doc.Content {
		walk(c, 0)
	}
	return b.String()
}

// dumpV3 writes a yaml.v3 tree as dump does, with expectedTag for plain
// scalars.
func dumpV3(doc *yaml.Node) string {
	var b strings.Builder
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		tag := n.ShortTag()
		if n.Kind == yaml.ScalarNode && n.Style == 0 {
			tag = expectedTag(tag, n.Value)
		}
		fmt.Fprintf(&b, "%s%s %s style=%d %q @%d:%d\n", strings.Repeat("  ", depth), kindName(Kind(n.Kind)), tag, n.Style, n.Value, n.Line, n.Column)
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	for _, c := range doc.Content {
		walk(c, 0)
	}
	return b.String()
}

// expectedTag is the tag yamlite should give a plain scalar that yaml.v3
// tags v3tag: the same, except in the YAML 1.1 corners, where it is
// Resolve's (pinned to Psych by TestResolvePsych).
func expectedTag(v3tag, value string) string {
	if v3tag == "!!merge" {
		return StrTag // "<<" is only a merge key as a key, which yamlite refuses
	}
	if yaml11Corner(value) {
		if tag, err := Resolve(value); err == nil {
			return tag
		}
	}
	return v3tag
}

// yaml11Corner reports whether value is where YAML 1.1 and yaml.v3 may
// resolve differently: keywords in other cases (yes/no/on/off, NuLL),
// values of several lines, and anything numeric or date-like (base 60,
// "_" and "," separators, leading-zero octal, exponents, special floats,
// dates and times in the forms one accepts and the other does not,
// integers too large for 64 bits).
func yaml11Corner(value string) bool {
	for _, w := range []string{"yes", "no", "on", "off", "y", "n", "true", "false", "null"} {
		if strings.EqualFold(value, w) {
			return true
		}
	}
	trimmed := strings.TrimLeft(value, "+-")
	return strings.Contains(value, "\n") ||
		strings.ContainsAny(value, "0123456789") && strings.ContainsAny(value, ":_,.eExXbBoO") ||
		strings.HasPrefix(trimmed, "0") || strings.HasPrefix(trimmed, ".") ||
		len(trimmed) > 18 && strings.Trim(trimmed, "0123456789") == "" // Ruby integers have no limit
}

func kindName(k Kind) string {
	switch k {
	case DocumentNode:
		return "doc"
	case SequenceNode:
		return "seq"
	case MappingNode:
		return "map"
	case ScalarNode:
		return "scalar"
	}
	return fmt.Sprintf("kind%d", k)
}
