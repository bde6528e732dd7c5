package editor

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

// A share link carries the draft in the URL fragment, "#share=" followed by
// the text compressed in the zlib format (RFC 1950: deflate in a frame whose
// Adler-32 checksum catches a link cut short or altered), then base64url.
// Browsers never send the fragment to a server, so the draft stays between
// the two people.
//
// The page compresses and decompresses with the browser's own
// CompressionStream('deflate'), which is this zlib format, so the wasm
// carries no compressor; EncodeShare and DecodeShare (share_zlib.go, not
// in the wasm) are the same codec in Go, for the command line and as the
// reference the tests hold the browser's links to. ShareFragment and
// SharePayload are the framing both sides share.
const ShareParam = "#share="

// ErrShareDamaged is the message for a link that cannot be decoded.
var ErrShareDamaged = errors.New("the share link is incomplete or damaged; ask for the link again, or for the file")

// ErrShareTooLarge refuses a link that expands past MaxOpenSize (a small
// link can inflate to gigabytes).
var ErrShareTooLarge = fmt.Errorf("the shared draft is larger than %s", MaxOpenLabel)

// ShareFragment returns the fragment for the zlib-compressed text.
func ShareFragment(compressed []byte) string {
	return ShareParam + base64.RawURLEncoding.EncodeToString(compressed)
}

// SharePayload returns the zlib-compressed text of a share fragment.
func SharePayload(fragment string) ([]byte, error) {
	payload, ok := strings.CutPrefix(fragment, ShareParam)
	if !ok {
		return nil, errors.New("not a share link")
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(payload, "="))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	if len(raw) == 0 {
		return nil, ErrShareDamaged
	}
	return raw, nil
}

// ReadShare reads a share link's text from its decompressor (zlib's reader
// in Go, the browser's DecompressionStream on the page): past MaxOpenSize
// it stops and refuses the link with ErrShareTooLarge; a stream that fails
// (cut short, altered: its checksum or structure) is ErrShareDamaged.
func ReadShare(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxOpenSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrShareDamaged, err)
	}
	if len(data) > MaxOpenSize {
		return nil, ErrShareTooLarge
	}
	return data, nil
}
