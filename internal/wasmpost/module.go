package wasmpost

import (
	"bytes"
	"fmt"
)

// Section ids this package reads (the WebAssembly core specification, 5.5).
const (
	sectionData      = 11
	sectionDataCount = 12
)

var header = []byte("\x00asm\x01\x00\x00\x00")

// A Module is a WebAssembly module as a list of sections.
type Module struct {
	Sections []Section
}

// A Section is one section of a module: its id and its undecoded payload.
type Section struct {
	ID      byte
	Payload []byte
}

// Parse splits a binary WebAssembly module into its sections. The payloads
// alias b.
func Parse(b []byte) (*Module, error) {
	if !bytes.HasPrefix(b, header) {
		return nil, fmt.Errorf("wasm: not a WebAssembly version 1 module")
	}
	m := &Module{}
	for at := len(header); at < len(b); {
		id := b[at]
		size, n, err := readULEB(b[at+1:])
		if err != nil {
			return nil, fmt.Errorf("wasm: offset %#x: section size: %v", at+1, err)
		}
		start := at + 1 + n
		if uint64(start)+uint64(size) > uint64(len(b)) {
			return nil, fmt.Errorf("wasm: offset %#x: section %d runs past the end of the file", at, id)
		}
		m.Sections = append(m.Sections, Section{ID: id, Payload: b[start : start+int(size)]})
		at = start + int(size)
	}
	return m, nil
}

// Bytes encodes the module.
func (m *Module) Bytes() []byte {
	out := append([]byte(nil), header...)
	for _, s := range m.Sections {
		out = append(out, s.ID)
		out = appendULEB(out, uint32(len(s.Payload)))
		out = append(out, s.Payload...)
	}
	return out
}

// section returns the index of the section with the given id, or -1.
func (m *Module) section(id byte) int {
	for i, s := range m.Sections {
		if s.ID == id {
			return i
		}
	}
	return -1
}
