package editor

import (
	"bytes"
	"compress/flate"
	"compress/zlib"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A share link carries the draft in the URL fragment, "#share=" followed by
// the text compressed with compress/flate, in a zlib frame whose Adler-32
// checksum catches a link cut short or altered, then base64url. Browsers
// never send the fragment to a server, so the draft stays between the two
// people.
const ShareParam = "#share="

// EncodeShare returns the fragment for source.
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
	return ShareParam + base64.RawURLEncoding.EncodeToString(buf.Bytes()), nil
}

// ErrShareDamaged is the message for a link that cannot be decoded.
var ErrShareDamaged = errors.New("the share link is incomplete or damaged; ask for the link again, or for the file")

// DecodeShare returns the text in a share fragment; a link expanding past
// MaxOpenSize is refused (a small link can inflate to gigabytes).
func DecodeShare(fragment string) ([]byte, error) {
	payload, ok := strings.CutPrefix(fragment, ShareParam)
	if !ok {
		return nil, errors.New("not a share link")
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	zr, err := zlib.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	data, err := io.ReadAll(io.LimitReader(zr, MaxOpenSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	if len(data) > MaxOpenSize {
		return nil, fmt.Errorf("the shared draft is larger than %s", MaxOpenLabel)
	}
	if err := zr.Close(); err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	return data, nil
}
