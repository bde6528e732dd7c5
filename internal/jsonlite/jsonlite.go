// Package jsonlite writes and reads JSON objects of strings, integers and
// nested objects, for the records the page keeps in browser storage (a
// draft, editor/drafts.go): the only JSON the page's program handles.
//
// Why not encoding/json: it adds 59,950 bytes (+3.8%) to the brotli
// wasm the page downloads (1,574,959 -> 1,634,909 bytes, raw +504 KB,
// measured on 2026-12-03 by building ./wasm with editor/drafts.go on
// encoding/json instead). The browser's JSON through safejs would cost
// nothing, but editor/ is native and tested under plain go test; its
// drafts would need a second codec for the tests. So the page keeps this
// package, and the CLI uses encoding/json (cmd/minutes/jsonview.go);
// TestWasmDoesNotLinkEncodingJSON checks the wasm build does not import
// it.
//
// Writer output is byte for byte what encoding/json's Marshal writes for
// a struct with those fields (the same escapes, HTML-safe), so stored
// records keep their format. Members reads any JSON text as encoding/json's
// Unmarshal would for such a struct: the whole text must be valid JSON,
// unknown members are skipped, a null member leaves its field alone, a
// value of the wrong type is an error, and a later duplicate wins. Keys
// are compared exactly (encoding/json also accepts other cases, which no
// record written by either uses).
package jsonlite

import (
	"strconv"
	"unicode/utf8"
)

// Writer writes one JSON object, member by member.
type Writer struct {
	b []byte
}

func (w *Writer) key(k string) {
	if len(w.b) == 0 {
		w.b = append(w.b, '{')
	} else {
		w.b = append(w.b, ',')
	}
	w.b = appendString(w.b, k)
	w.b = append(w.b, ':')
}

// String writes a string member.
func (w *Writer) String(k, v string) {
	w.key(k)
	w.b = appendString(w.b, v)
}

// Int writes an integer member.
func (w *Writer) Int(k string, v int64) {
	w.key(k)
	w.b = strconv.AppendInt(w.b, v, 10)
}

// Object writes a member whose value is the object inner wrote.
func (w *Writer) Object(k string, inner *Writer) {
	w.key(k)
	w.b = append(w.b, inner.Bytes()...)
}

// Bytes returns the object written so far ("{}" when empty).
func (w *Writer) Bytes() []byte {
	if len(w.b) == 0 {
		return []byte("{}")
	}
	return append(w.b[:len(w.b):len(w.b)], '}')
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does: \" \\ \b \f \n \r \t, other
// control characters and <, >, & as \u00XX, U+2028 and U+2029 as
// \u2028 and \u2029, and invalid UTF-8 as \ufffd.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
