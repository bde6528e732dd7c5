package frontmatter

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// Splice is a replacement of the bytes src[Start:End] by Text.
type Splice struct {
	Start, End int
	Text       string
}

// Apply returns src with the splice applied.
func (s Splice) Apply(src []byte) []byte {
	out := make([]byte, 0, len(src)-(s.End-s.Start)+len(s.Text))
	out = append(out, src[:s.Start]...)
	out = append(out, s.Text...)
	return append(out, src[s.End:]...)
}

// SetSplice returns the splice that sets key to the scalar value in the
// front matter of src, changing only that key's lines. A new key goes after
// the last field; when src has no front matter, a block is created at the
// top (after a BOM).
func SetSplice(src []byte, key, value string) Splice {
	b := Parse(src)
	if b == nil {
		pos := 0
		if strings.HasPrefix(string(src), BOM) {
			pos = len(BOM)
		}
		nl := detectNewline(src)
		return Splice{pos, pos, "---" + nl + key + ": " + Quote(value) + nl + "---" + nl}
	}
	nl := b.Newline
	if nl == "" {
		nl = "\n"
	}
	if f := b.Field(key); f != nil {
		end := f.End
		// Keep comment and blank lines that trail the field's value.
		if f.Scalar {
			_, end, _ = line(src, f.Start)
			if end > f.End {
				end = f.End
			}
		}
		ending := lineEnding(src, f.Start, end, nl)
		return Splice{f.Start, end, key + ": " + Quote(value) + ending}
	}
	pos := b.ContentEnd
	if !b.Closed {
		pos = b.ContentStart
	}
	text := key + ": " + Quote(value) + nl
	if pos > 0 && src[pos-1] != '\n' {
		text = nl + text
	}
	return Splice{pos, pos, text}
}

// RemoveSplice returns the splice that removes key and its value lines, or
// ok=false when the key is absent.
func RemoveSplice(src []byte, key string) (s Splice, ok bool) {
	f := Parse(src).Field(key)
	if f == nil {
		return Splice{}, false
	}
	return Splice{f.Start, f.End, ""}, true
}

// Quote returns value as a YAML scalar, in plain style when YAML reads that
// back as the same string, else double-quoted.
func Quote(value string) string {
	if value != "" && !strings.ContainsAny(value, "\n\r") && strings.TrimSpace(value) == value {
		var back any
		if yaml.Unmarshal([]byte("k: "+value), &map[string]any{}) == nil {
			m := map[string]any{}
			if yaml.Unmarshal([]byte("k: "+value), &m) == nil {
				back = m["k"]
			}
			// Timestamps are fine unquoted: Jekyll reads them as times, as the group writes them.
			if s, isString := back.(string); isString && s == value {
				return value
			}
		}
	}
	out, err := yaml.Marshal(value)
	if err != nil {
		return `""`
	}
	q := strings.TrimSuffix(string(out), "\n")
	if strings.HasPrefix(q, "|") || strings.HasPrefix(q, ">") {
		return strconvQuote(value)
	}
	return q
}

// strconvQuote double-quotes s with YAML escapes.
func strconvQuote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", `\r`, "\t", `\t`)
	return `"` + r.Replace(s) + `"`
}

func lineEnding(src []byte, start, end int, fallback string) string {
	seg := string(src[start:end])
	switch {
	case strings.HasSuffix(seg, "\r\n"):
		return "\r\n"
	case strings.HasSuffix(seg, "\n"):
		return "\n"
	case end == len(src):
		return ""
	}
	return fallback
}

func detectNewline(src []byte) string {
	if i := strings.IndexByte(string(src), '\n'); i > 0 && src[i-1] == '\r' {
		return "\r\n"
	}
	return "\n"
}
