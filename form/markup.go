package form

// markup builds HTML text. Its methods stay out of line: the form writes
// markup from many places, and Go inlines strings.Builder's appends and
// string concatenation at every one of them, which made the wasm tens of
// kilobytes bigger.
type markup struct{ b []byte }

// raw appends markup as it is.
//
//go:noinline
func (m *markup) raw(parts ...string) {
	for _, s := range parts {
		m.b = append(m.b, s...)
	}
}

// text appends s escaped for element content and quoted attributes.
//
//go:noinline
func (m *markup) text(s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			m.b = append(m.b, "&amp;"...)
		case '<':
			m.b = append(m.b, "&lt;"...)
		case '>':
			m.b = append(m.b, "&gt;"...)
		case '"':
			m.b = append(m.b, "&#34;"...)
		case '\'':
			m.b = append(m.b, "&#39;"...)
		default:
			m.b = append(m.b, c)
		}
	}
}

// String returns the markup written.
func (m *markup) String() string { return string(m.b) }
