package wasmpost

import (
	"fmt"
	"slices"
)

// A Segment is an active data segment of memory 0: bytes the module places
// at a fixed address when it is instantiated.
type Segment struct {
	Offset uint32
	Data   []byte
}

// Segments decodes the data section. It accepts only what Go's linker
// writes: active segments of memory 0 placed by an i32.const. The
// segments' Data alias the section's payload.
func (m *Module) Segments() ([]Segment, error) {
	i := m.section(sectionData)
	if i < 0 {
		return nil, nil
	}
	b := m.Sections[i].Payload
	count, n, err := readULEB(b)
	if err != nil {
		return nil, fmt.Errorf("wasm: data section: segment count: %v", err)
	}
	at := n
	segs := make([]Segment, 0, count)
	for k := uint32(0); k < count; k++ {
		seg, n, err := readSegment(b[at:])
		if err != nil {
			return nil, fmt.Errorf("wasm: data section: segment %d: %v", k, err)
		}
		segs = append(segs, seg)
		at += n
	}
	if at != len(b) {
		return nil, fmt.Errorf("wasm: data section: %d bytes after the last segment", len(b)-at)
	}
	return segs, nil
}

// readSegment decodes one segment: flags 0, i32.const offset, end, length,
// bytes.
func readSegment(b []byte) (Segment, int, error) {
	flags, at, err := readULEB(b)
	if err != nil {
		return Segment{}, 0, err
	}
	if flags != 0 {
		return Segment{}, 0, fmt.Errorf("flags %d: only active segments of memory 0 are supported", flags)
	}
	if at >= len(b) || b[at] != 0x41 { // i32.const
		return Segment{}, 0, fmt.Errorf("offset is not an i32.const")
	}
	off, n, err := readSLEB(b[at+1:])
	if err != nil {
		return Segment{}, 0, fmt.Errorf("offset: %v", err)
	}
	at += 1 + n
	if at >= len(b) || b[at] != 0x0b { // end
		return Segment{}, 0, fmt.Errorf("offset expression is longer than one i32.const")
	}
	at++
	size, n, err := readULEB(b[at:])
	if err != nil {
		return Segment{}, 0, fmt.Errorf("size: %v", err)
	}
	at += n
	if uint64(at)+uint64(size) > uint64(len(b)) {
		return Segment{}, 0, fmt.Errorf("runs past the end of the section")
	}
	return Segment{Offset: uint32(off), Data: b[at : at+int(size)]}, at + int(size), nil
}

// SetSegments replaces the data section with segs, in that order.
func (m *Module) SetSegments(segs []Segment) {
	b := appendULEB(nil, uint32(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendSLEB(b, int32(s.Offset))
		b = append(b, 0x0b)
		b = appendULEB(b, uint32(len(s.Data)))
		b = append(b, s.Data...)
	}
	if i := m.section(sectionData); i >= 0 {
		m.Sections[i].Payload = b
	} else {
		m.Sections = append(m.Sections, Section{ID: sectionData, Payload: b})
	}
	if i := m.section(sectionDataCount); i >= 0 {
		m.Sections[i].Payload = appendULEB(nil, uint32(len(segs)))
	}
}

// Merge returns one segment holding all of segs, the gaps between them
// filled with the zeros memory has there anyway. Segments must not overlap.
func Merge(segs []Segment) (Segment, error) {
	if len(segs) == 0 {
		return Segment{}, nil
	}
	sorted := slices.Clone(segs)
	slices.SortFunc(sorted, func(a, b Segment) int { return int(int64(a.Offset) - int64(b.Offset)) })
	start := sorted[0].Offset
	last := sorted[len(sorted)-1]
	end := uint64(last.Offset) + uint64(len(last.Data))
	data := make([]byte, end-uint64(start))
	prevEnd := uint64(start)
	for _, s := range sorted {
		if uint64(s.Offset) < prevEnd {
			return Segment{}, fmt.Errorf("wasm: data segments overlap at %#x", s.Offset)
		}
		copy(data[s.Offset-start:], s.Data)
		prevEnd = uint64(s.Offset) + uint64(len(s.Data))
	}
	return Segment{Offset: start, Data: data}, nil
}

// MergeData rewrites the data section as a single segment (see the package
// comment for why).
func (m *Module) MergeData() error {
	segs, err := m.Segments()
	if err != nil || len(segs) < 2 {
		return err
	}
	merged, err := Merge(segs)
	if err != nil {
		return err
	}
	m.SetSegments([]Segment{merged})
	return nil
}
