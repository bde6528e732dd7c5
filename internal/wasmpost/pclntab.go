package wasmpost

import (
	"encoding/binary"
	"fmt"
	"slices"
)

// The runtime's pclntab as Go 1.20 and later lay it out for a 64-bit
// target (runtime/symtab.go: pcHeader; runtime/runtime2.go: _func;
// cmd/link/internal/ld/pcln.go writes them). It starts with a header,
// followed by the function names, the compilation units' file lists
// (cutab), the file names (filetab), the pc-value tables (pctab) and the
// function table.
const (
	pclnMagic      = 0xfffffff1 // abi.Go120PCLnTabMagic
	pclnHeaderSize = 8 + 8*8    // magic, pads, minLC, ptrSize; eight words

	// Offsets in the header of the words giving where each part starts,
	// relative to the header.
	hdrNfunc    = 8
	hdrFuncname = 32
	hdrCutab    = 40
	hdrFiletab  = 48
	hdrPctab    = 56
	hdrFunctab  = 64

	// Offsets of the fields of a _func.
	funcPcsp    = 16
	funcPcfile  = 20
	funcPcln    = 24
	funcNpcdata = 28
	funcSize    = 44 // followed by npcdata uint32 offsets into the pctab
)

// LineStats says what [Module.StripLines] removed.
type LineStats struct {
	Funcs    int // functions in the function table
	Tables   int // pc-value tables zeroed (file and line tables no other field shares)
	Zeroed   int // bytes set to zero, the file names and their lists included
	Retained int // pctab bytes kept: stack-pointer deltas, stack maps, inlining
}

// pclntab is the located table inside a data segment.
type pclntab struct {
	b     []byte // the segment's data, from the header on
	nfunc int
	// Offsets relative to the header.
	cutab, filetab, pctab, functab int
}

// StripLines zeroes the pcfile and pcln tables of every function in the
// runtime's pclntab, points the functions at no table (offset 0, which the
// runtime reads as "no information": runtime.funcline1 then reports "?", 0)
// and zeroes the file names, read only through those tables. The stack
// pointer tables, the stack maps and the inlining tables the collector and
// the traceback need stay intact, including parts of tables shared with a
// file or line table (the linker stores identical tables once).
//
// The data segments are merged first, since the pclntab has runs of zeros
// at which the linker splits it.
func (m *Module) StripLines() (LineStats, error) {
	if err := m.MergeData(); err != nil {
		return LineStats{}, err
	}
	segs, err := m.Segments()
	if err != nil {
		return LineStats{}, err
	}
	for _, seg := range segs {
		t, found, err := findPclntab(seg.Data, int(-seg.Offset%8))
		if err != nil {
			return LineStats{}, err
		}
		if found {
			return t.stripLines()
		}
	}
	return LineStats{}, fmt.Errorf("wasm: no Go pclntab (Go 1.20 or later) in the data section")
}

// findPclntab looks for exactly one plausible pclntab header in data, at
// the 8-byte aligned addresses, which start at data[first].
func findPclntab(data []byte, first int) (pclntab, bool, error) {
	var found []pclntab
	for at := first; at+pclnHeaderSize <= len(data); at += 8 {
		if binary.LittleEndian.Uint32(data[at:]) != pclnMagic {
			continue
		}
		if t, ok := readPclntab(data[at:]); ok {
			found = append(found, t)
		}
	}
	switch len(found) {
	case 0:
		return pclntab{}, false, nil
	case 1:
		return found[0], true, nil
	}
	return pclntab{}, false, fmt.Errorf("wasm: %d candidate pclntab headers in one data segment", len(found))
}

// readPclntab checks that b starts with a pclntab header whose parts are in
// order and inside b, and whose function table is sorted.
func readPclntab(b []byte) (pclntab, bool) {
	if b[4] != 0 || b[5] != 0 || b[6] != 1 || b[7] != 8 { // pads, minLC (wasm: 1), ptrSize
		return pclntab{}, false
	}
	word := func(off int) uint64 { return binary.LittleEndian.Uint64(b[off:]) }
	nfunc := word(hdrNfunc)
	offs := []uint64{word(hdrFuncname), word(hdrCutab), word(hdrFiletab), word(hdrPctab), word(hdrFunctab)}
	if offs[0] != pclnHeaderSize || !slices.IsSorted(offs) || offs[4] > uint64(len(b)) {
		return pclntab{}, false
	}
	if nfunc == 0 || nfunc > (uint64(len(b))-offs[4])/8 {
		return pclntab{}, false
	}
	t := pclntab{b: b, nfunc: int(nfunc), cutab: int(offs[1]), filetab: int(offs[2]), pctab: int(offs[3]), functab: int(offs[4])}
	prev := uint32(0)
	for i := 0; i <= t.nfunc; i++ {
		entry := t.u32(t.functab + 8*i)
		if entry < prev {
			return pclntab{}, false
		}
		prev = entry
		if i < t.nfunc && t.funcAt(i)+funcSize > len(b) {
			return pclntab{}, false
		}
	}
	return t, true
}

func (t pclntab) u32(off int) uint32 { return binary.LittleEndian.Uint32(t.b[off:]) }

func (t pclntab) putU32(off int, v uint32) { binary.LittleEndian.PutUint32(t.b[off:], v) }

// funcAt returns the offset of the i-th _func.
func (t pclntab) funcAt(i int) int { return t.functab + int(t.u32(t.functab+8*i+4)) }

func (t pclntab) stripLines() (LineStats, error) {
	pctabLen := t.functab - t.pctab
	// Every table the functions reference, and whether something other
	// than a file or line field references it.
	kept := map[uint32]bool{}
	note := func(off uint32, keep bool) error {
		if off == 0 {
			return nil
		}
		if int(off) >= pctabLen {
			return fmt.Errorf("wasm: pclntab: table offset %#x past the pctab (%#x bytes)", off, pctabLen)
		}
		kept[off] = kept[off] || keep
		return nil
	}
	for i := 0; i < t.nfunc; i++ {
		f := t.funcAt(i)
		npcdata := int(t.u32(f + funcNpcdata))
		if f+funcSize+4*npcdata > len(t.b) {
			return LineStats{}, fmt.Errorf("wasm: pclntab: function %d runs past the table", i)
		}
		if err := note(t.u32(f+funcPcsp), true); err != nil {
			return LineStats{}, err
		}
		for k := 0; k < npcdata; k++ {
			if err := note(t.u32(f+funcSize+4*k), true); err != nil {
				return LineStats{}, err
			}
		}
		for _, field := range []int{funcPcfile, funcPcln} {
			if err := note(t.u32(f+field), false); err != nil {
				return LineStats{}, err
			}
		}
	}
	// The linker lays the tables end to end from offset 1, each stored
	// once: a table runs to the next one's start.
	starts := make([]uint32, 0, len(kept))
	for off := range kept {
		starts = append(starts, off)
	}
	slices.Sort(starts)
	st := LineStats{Funcs: t.nfunc}
	pctab := t.b[t.pctab:t.functab]
	for k, off := range starts {
		end := uint32(pctabLen)
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		if kept[off] {
			st.Retained += int(end - off)
			continue
		}
		clear(pctab[off:end])
		st.Tables++
		st.Zeroed += int(end - off)
	}
	if st.Tables == 0 {
		return st, nil // stripped already
	}
	for i := 0; i < t.nfunc; i++ {
		f := t.funcAt(i)
		t.putU32(f+funcPcfile, 0)
		t.putU32(f+funcPcln, 0)
	}
	// The file names and the compilation units' lists of them are read
	// only for a function's pcfile value (runtime.funcfile).
	clear(t.b[t.cutab:t.pctab])
	st.Zeroed += t.pctab - t.cutab
	return st, nil
}
