package frontmatter

import (
	"strings"
	"time"

	"github.com/cpansec/minutes/core/yamlite"
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

// Quote returns value as a YAML scalar that Jekyll (Psych) and yaml.v3
// both read back as the string value: plain when it reads back as the
// same string, double-quoted when plain it would read as another type
// ("true", "14", "null", a date) or it holds characters only escapes can
// write, else single-quoted (a ": " or a " #" in it). Invalid UTF-8
// cannot be written in YAML and becomes U+FFFD.
func Quote(value string) string {
	value = strings.ToValidUTF8(value, "\uFFFD")
	typed := readsAsOtherType(value)
	switch {
	case !typed && readsBackPlain(value):
		return value
	case !typed && printable(value):
		return "'" + strings.ReplaceAll(value, "'", "''") + "'"
	}
	return doubleQuote(value)
}

// readsAsOtherType reports whether Psych or yaml.v3 reads the plain value
// as something else than a string: null, a boolean, a number or a
// timestamp ("true", "14", "16:00", "1e5", "2024-11-15").
func readsAsOtherType(value string) bool {
	tag, err := yamlite.Resolve(value)
	return err != nil || tag != yamlite.StrTag || yaml12Number(value) || yaml12Timestamp(value)
}

// readsBackPlain reports whether "key: value" reads value back as the
// same text, which readsAsOtherType has checked is a string.
func readsBackPlain(value string) bool {
	if value == "" || strings.TrimSpace(value) != value {
		return false
	}
	doc, err := yamlite.Parse([]byte("k: " + value))
	if err != nil || len(doc.Content) == 0 || len(doc.Content[0].Content) != 2 {
		return false
	}
	v := doc.Content[0].Content[1]
	return v.Kind == yamlite.ScalarNode && v.Value == value
}

// yaml12Number reports whether yaml.v3 reads the plain value as a number
// where Psych reads a string ("1e5", "0o17", "+.5e3").
func yaml12Number(value string) bool {
	s := strings.ReplaceAll(strings.TrimLeft(value, "+-"), "_", "")
	if len(s) > 2 && s[0] == '0' && strings.ContainsRune("xob", rune(s[1])) {
		return true
	}
	mantissa, exponent, hasExponent := strings.Cut(strings.ToLower(s), "e")
	whole, fraction, _ := strings.Cut(mantissa, ".")
	exponent = strings.TrimLeft(exponent, "+-")
	return digitsOnly(whole+fraction) && whole+fraction != "" && (!hasExponent || digitsOnly(exponent) && exponent != "")
}

func digitsOnly(s string) bool { return strings.Trim(s, "0123456789") == "" }

// yaml12Timestamp reports whether yaml.v3 reads the plain value as a
// timestamp where Psych may read a string ("2024-01-01 10:0:00"): it tries
// these layouts on values that start with four digits and a dash.
func yaml12Timestamp(value string) bool {
	if len(value) < 5 || !digitsOnly(value[:4]) || value[4] != '-' {
		return false
	}
	for _, layout := range []string{"2006-1-2T15:4:5.999999999Z07:00", "2006-1-2t15:4:5.999999999Z07:00", "2006-1-2 15:4:5.999999999", "2006-1-2"} {
		if _, err := time.Parse(layout, value); err == nil {
			return true
		}
	}
	return false
}

// printable reports whether value holds only characters a single-quoted
// scalar writes as they are (no control characters or line breaks).
func printable(value string) bool {
	for _, r := range value {
		if r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff {
			return false
		}
	}
	return true
}

// doubleQuote double-quotes s with YAML escapes for what is not printable.
func doubleQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < ' ' || r == 0x7f || r >= 0x80 && r < 0xa0:
			b.WriteString(`\x` + hex(int(r), 2))
		case r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
			b.WriteString(`\u` + hex(int(r), 4))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// hex writes n in width upper-case hexadecimal digits.
func hex(n, width int) string {
	const digits = "0123456789ABCDEF"
	out := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		out[i] = digits[n&15]
		n >>= 4
	}
	return string(out)
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
