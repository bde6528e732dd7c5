package jsonlite

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Value is one member's value, read lazily.
type Value struct {
	text string // the JSON text of the value
}

// Kind names the type of a JSON value ("string", "number", "object",
// "array", "bool", "null") for error messages.
func (v Value) Kind() string {
	switch v.text[0] {
	case '"':
		return "string"
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	}
	return "number"
}

// IsNull reports whether the value is null.
func (v Value) IsNull() bool { return v.text == "null" }

// String returns a string value.
func (v Value) String() (string, error) {
	if v.text[0] != '"' {
		return "", typeError(v, "string")
	}
	return unquote(v.text), nil
}

// Int returns an integer value (no fraction or exponent, as encoding/json
// requires for an integer field).
func (v Value) Int() (int64, error) {
	n, err := strconv.ParseInt(v.text, 10, 64)
	if err != nil {
		return 0, typeError(v, "integer")
	}
	return n, nil
}

// Members calls fn with each member of an object value whose key is one
// of fields (see the package Members).
func (v Value) Members(fields []string, fn func(field string, v Value) error) error {
	if v.text[0] != '{' {
		return typeError(v, "object")
	}
	return (&reader{s: v.text}).object(func(key string, v Value) error {
		if f, ok := field(key, fields); ok {
			return fn(f, v)
		}
		return nil
	})
}

// field returns the field a key names, as encoding/json matches them: the
// field of that exact name, else the first whose name equals the key
// without regard to case.
func field(key string, fields []string) (string, bool) {
	for _, f := range fields {
		if f == key {
			return f, true
		}
	}
	for _, f := range fields {
		if strings.EqualFold(f, key) {
			return f, true
		}
	}
	return "", false
}

func typeError(v Value, want string) error {
	return errors.New("cannot read " + v.Kind() + " " + abbreviate(v.text) + " as " + want)
}

func abbreviate(s string) string {
	if len(s) > 20 {
		return s[:17] + "..."
	}
	return s
}

// Members reads data, which must be one JSON value, and calls fn with each
// member of it when it is an object (none when it is null) whose key names
// one of fields, with that field's name: as encoding/json matches keys with
// fields, an exact match first, else one that differs only in case.
// Another type of value, invalid JSON or an error from fn stops it with an
// error.
func Members(data string, fields []string, fn func(field string, v Value) error) error {
	r := &reader{s: data}
	r.space()
	start := r.i
	if err := r.value(); err != nil {
		return err
	}
	v := Value{text: data[start:r.i]}
	r.space()
	if r.i < len(data) {
		return r.fail("after the value")
	}
	if v.IsNull() {
		return nil
	}
	return v.Members(fields, fn)
}

// reader checks and walks JSON text.
type reader struct {
	s string
	i int
}

func (r *reader) fail(where string) error {
	if r.i >= len(r.s) {
		return errors.New("unexpected end of JSON input")
	}
	return errors.New("invalid character " + strconv.QuoteRune(rune(r.s[r.i])) + " " + where + " at offset " + strconv.Itoa(r.i))
}

func (r *reader) space() {
	for r.i < len(r.s) && (r.s[r.i] == ' ' || r.s[r.i] == '\t' || r.s[r.i] == '\n' || r.s[r.i] == '\r') {
		r.i++
	}
}

// value checks the value at i and moves past it.
func (r *reader) value() error {
	if r.i >= len(r.s) {
		return r.fail("")
	}
	switch c := r.s[r.i]; {
	case c == '"':
		return r.string()
	case c == '{':
		return r.object(nil)
	case c == '[':
		return r.array()
	case c == '-' || '0' <= c && c <= '9':
		return r.number()
	}
	for _, lit := range []string{"true", "false", "null"} {
		if strings.HasPrefix(r.s[r.i:], lit) {
			r.i += len(lit)
			return nil
		}
	}
	return r.fail("looking for beginning of value")
}

// object checks the object at i, calling fn (when not nil) for each
// member.
func (r *reader) object(fn func(key string, v Value) error) error {
	r.i++ // '{'
	r.space()
	if r.i < len(r.s) && r.s[r.i] == '}' {
		r.i++
		return nil
	}
	for {
		r.space()
		if r.i >= len(r.s) || r.s[r.i] != '"' {
			return r.fail("looking for beginning of object key string")
		}
		keyStart := r.i
		if err := r.string(); err != nil {
			return err
		}
		key := unquote(r.s[keyStart:r.i])
		r.space()
		if r.i >= len(r.s) || r.s[r.i] != ':' {
			return r.fail("after object key")
		}
		r.i++
		r.space()
		start := r.i
		if err := r.value(); err != nil {
			return err
		}
		if fn != nil {
			if err := fn(key, Value{text: r.s[start:r.i]}); err != nil {
				return err
			}
		}
		r.space()
		if r.i < len(r.s) && r.s[r.i] == ',' {
			r.i++
			continue
		}
		if r.i < len(r.s) && r.s[r.i] == '}' {
			r.i++
			return nil
		}
		return r.fail("after object key:value pair")
	}
}

func (r *reader) array() error {
	r.i++ // '['
	r.space()
	if r.i < len(r.s) && r.s[r.i] == ']' {
		r.i++
		return nil
	}
	for {
		r.space()
		if err := r.value(); err != nil {
			return err
		}
		r.space()
		if r.i < len(r.s) && r.s[r.i] == ',' {
			r.i++
			continue
		}
		if r.i < len(r.s) && r.s[r.i] == ']' {
			r.i++
			return nil
		}
		return r.fail("after array element")
	}
}

// number checks -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?.
func (r *reader) number() error {
	if r.s[r.i] == '-' {
		r.i++
	}
	switch {
	case r.i < len(r.s) && r.s[r.i] == '0':
		r.i++
	case r.digits() == 0:
		return r.fail("in numeric literal")
	}
	if r.i < len(r.s) && r.s[r.i] == '.' {
		r.i++
		if r.digits() == 0 {
			return r.fail("after decimal point in numeric literal")
		}
	}
	if r.i < len(r.s) && (r.s[r.i] == 'e' || r.s[r.i] == 'E') {
		r.i++
		if r.i < len(r.s) && (r.s[r.i] == '+' || r.s[r.i] == '-') {
			r.i++
		}
		if r.digits() == 0 {
			return r.fail("in exponent of numeric literal")
		}
	}
	return nil
}

func (r *reader) digits() int {
	n := 0
	for r.i < len(r.s) && '0' <= r.s[r.i] && r.s[r.i] <= '9' {
		r.i++
		n++
	}
	return n
}

// string checks the string at i: no control characters, valid escapes.
func (r *reader) string() error {
	r.i++ // '"'
	for r.i < len(r.s) {
		switch c := r.s[r.i]; {
		case c == '"':
			r.i++
			return nil
		case c < ' ':
			return r.fail("in string literal")
		case c == '\\':
			r.i++
			if r.i >= len(r.s) {
				return r.fail("")
			}
			switch r.s[r.i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				r.i++
			case 'u':
				for k := 1; k <= 4; k++ {
					if r.i+k >= len(r.s) || hexValue(r.s[r.i+k]) < 0 {
						r.i += k
						return r.fail("in \\u hexadecimal character escape")
					}
				}
				r.i += 5
			default:
				return r.fail("in string escape code")
			}
		default:
			r.i++
		}
	}
	return r.fail("")
}

func hexValue(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// unquote decodes a string that string has checked, as encoding/json
// does: a surrogate pair is one character, a lone surrogate and invalid
// UTF-8 are U+FFFD.
func unquote(q string) string {
	s := q[1 : len(q)-1]
	if !strings.ContainsRune(s, '\\') && utf8.ValidString(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			b, i = unescape(b, s, i)
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			b = utf8.AppendRune(b, r) // RuneError for invalid UTF-8
			i += size
		}
	}
	return string(b)
}

// unescape appends the value of the escape at s[i] and returns the offset
// after it.
func unescape(b []byte, s string, i int) ([]byte, int) {
	if c := s[i+1]; c != 'u' {
		// string has checked that c is one of these.
		return append(b, "\"\\/\b\f\n\r\t"[strings.IndexByte(`"\/bfnrt`, c)]), i + 2
	}
	r := hex4(s[i+2:])
	i += 6
	if utf16.IsSurrogate(r) {
		if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
			if pair := utf16.DecodeRune(r, hex4(s[i+2:])); pair != utf8.RuneError {
				return utf8.AppendRune(b, pair), i + 6
			}
		}
		r = utf8.RuneError
	}
	return utf8.AppendRune(b, r), i
}

func hex4(s string) rune {
	var r rune
	for k := 0; k < 4; k++ {
		r = r<<4 | hexValue(s[k])
	}
	return r
}
