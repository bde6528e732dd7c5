//go:build js && wasm

package main

import (
	"io"

	"github.com/hack-pad/safejs"
)

// The browser's CompressionStream and DecompressionStream in the zlib
// format ("deflate"), which share links use: the page needs no compressor
// of its own (compress/flate and compress/zlib cost 38 KB of brotli wasm).
// Both await promises, so they run on a goroutine of their own.

// deflate compresses text: new Response(new Blob([bytes]).stream()
// .pipeThrough(new CompressionStream('deflate'))).arrayBuffer(), the
// text going over as bytes (newBlob).
func (a *App) deflate(text string) ([]byte, error) {
	stream, err := transformed([]byte(text), "CompressionStream")
	if err != nil {
		return nil, err
	}
	resp, err := newGlobal("Response", stream)
	if err != nil {
		return nil, err
	}
	promise, err := resp.Call("arrayBuffer")
	if err != nil {
		return nil, err
	}
	buf, err := a.Await(promise)
	if err != nil {
		return nil, err
	}
	return bytesFromJS(buf)
}

// inflate returns a reader of data decompressed, read from the stream a
// chunk at a time as it is asked for: editor.ReadShare stops once the
// text passes its limit. A stream cut short or altered fails its Adler-32
// check or its structure: an error.
func inflate(data []byte) (safejs.Value, error) {
	stream, err := transformed(data, "DecompressionStream")
	if err != nil {
		return safejs.Value{}, err
	}
	return stream.Call("getReader")
}

// streamReader is an io.Reader over a ReadableStream's reader; each Read
// waits for the browser's next chunk when the last one is used up.
type streamReader struct {
	a    *App
	r    safejs.Value
	rest []byte // what is left of the last chunk
}

func (s *streamReader) Read(p []byte) (int, error) {
	for len(s.rest) == 0 {
		promise, err := s.r.Call("read")
		if err != nil {
			return 0, err
		}
		step, err := s.a.Await(promise)
		if err != nil {
			return 0, err
		}
		if done, err := step.Get("done"); err != nil {
			return 0, err
		} else if b, _ := done.Bool(); b {
			return 0, io.EOF
		}
		chunk, err := step.Get("value")
		if err == nil {
			s.rest, err = bytesFromJS(chunk)
		}
		if err != nil {
			return 0, err
		}
	}
	n := copy(p, s.rest)
	s.rest = s.rest[n:]
	return n, nil
}

// transformed returns new Blob([data]).stream().pipeThrough(new
// <transform>('deflate')).
func transformed(data []byte, transform string) (safejs.Value, error) {
	blob, err := newBlob(data)
	if err != nil {
		return safejs.Value{}, err
	}
	stream, err := blob.Call("stream")
	if err != nil {
		return safejs.Value{}, err
	}
	ts, err := newGlobal(transform, "deflate")
	if err != nil {
		return safejs.Value{}, err
	}
	return stream.Call("pipeThrough", ts)
}

// newGlobal calls the constructor of that global name.
func newGlobal(name string, args ...any) (safejs.Value, error) {
	ctor, err := safejs.Global().Get(name)
	if err != nil {
		return safejs.Value{}, err
	}
	return ctor.New(args...)
}
