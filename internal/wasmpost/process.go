package wasmpost

import "fmt"

// Result says what Process did.
type Result struct {
	Segments int // data segments merged into one
	Strip    *LineStats
}

// Process post-processes a js/wasm binary as the site ships it: the data
// segments merged and, unless keepLines (a debug build), the line tables
// stripped.
func Process(b []byte, keepLines bool) ([]byte, Result, error) {
	var r Result
	m, err := Parse(b)
	if err != nil {
		return nil, r, err
	}
	segs, err := m.Segments()
	if err != nil {
		return nil, r, err
	}
	r.Segments = len(segs)
	if err := m.MergeData(); err != nil {
		return nil, r, err
	}
	if !keepLines {
		st, err := m.StripLines()
		if err != nil {
			return nil, r, err
		}
		r.Strip = &st
	}
	return m.Bytes(), r, nil
}

// String reports r in a line.
func (r Result) String() string {
	s := fmt.Sprintf("%d data segments merged", r.Segments)
	if r.Strip != nil {
		s += fmt.Sprintf("; line tables stripped: %d bytes zeroed, %d bytes of stack tables kept", r.Strip.Zeroed, r.Strip.Retained)
	}
	return s
}
