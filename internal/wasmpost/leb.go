package wasmpost

import "errors"

var errLEB = errors.New("malformed LEB128 number")

// readULEB reads an unsigned LEB128 number of at most 32 bits from b,
// returning it and the number of bytes it took.
func readULEB(b []byte) (uint32, int, error) {
	var v uint64
	for i := 0; i < len(b) && i < 5; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			if v > 0xffffffff {
				return 0, 0, errLEB
			}
			return uint32(v), i + 1, nil
		}
	}
	return 0, 0, errLEB
}

// readSLEB reads a signed LEB128 number of at most 32 bits from b.
func readSLEB(b []byte) (int32, int, error) {
	var v int64
	for i := 0; i < len(b) && i < 5; i++ {
		v |= int64(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			if shift := 7 * (i + 1); shift < 64 && b[i]&0x40 != 0 {
				v |= -1 << shift
			}
			if v < -1<<31 || v > 1<<31-1 {
				return 0, 0, errLEB
			}
			return int32(v), i + 1, nil
		}
	}
	return 0, 0, errLEB
}

// appendULEB appends v as unsigned LEB128.
func appendULEB(b []byte, v uint32) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

// appendSLEB appends v as signed LEB128.
func appendSLEB(b []byte, v int32) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
