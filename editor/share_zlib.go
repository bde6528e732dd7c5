//go:build !(js && wasm)

package editor

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"fmt"
	"io"
)

// EncodeShare returns the share fragment for source (see ShareParam).
func EncodeShare(source string) (string, error) {
	var buf bytes.Buffer
	zw, err := zlib.NewWriterLevel(&buf, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := io.WriteString(zw, source); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return ShareFragment(buf.Bytes()), nil
}

// DecodeShare returns the text in a share fragment; a link expanding past
// MaxOpenSize is refused with ErrShareTooLarge.
func DecodeShare(fragment string) ([]byte, error) {
	raw, err := SharePayload(fragment)
	if err != nil {
		return nil, err
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	data, err := ReadShare(zr)
	if err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	return data, nil
}
