//go:build js && wasm

package main

import (
	"errors"

	"github.com/hack-pad/safejs"
)

// The browser's CompressionStream and DecompressionStream in the zlib
// format ("deflate"), which share links use: the page needs no compressor
// of its own (compress/flate and compress/zlib cost 38 KB of brotli wasm).
// Both await promises, so they run on a goroutine of their own.

var errTooLarge = errors.New("the data expands past the limit")

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

// inflate decompresses data, reading the stream a chunk at a time so that
// it stops (errTooLarge) once the text passes limit bytes. A stream cut
// short or altered fails its Adler-32 check or its structure: an error.
func (a *App) inflate(data []byte, limit int) ([]byte, error) {
	stream, err := transformed(data, "DecompressionStream")
	if err != nil {
		return nil, err
	}
	reader, err := stream.Call("getReader")
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		promise, err := reader.Call("read")
		if err != nil {
			return nil, err
		}
		step, err := a.Await(promise)
		if err != nil {
			return nil, err
		}
		if done, err := step.Get("done"); err != nil {
			return nil, err
		} else if b, _ := done.Bool(); b {
			return out, nil
		}
		chunk, err := step.Get("value")
		if err != nil {
			return nil, err
		}
		n, err := chunk.Length()
		if err != nil {
			return nil, err
		}
		if len(out)+n > limit {
			_, _ = reader.Call("cancel")
			return nil, errTooLarge
		}
		at := len(out)
		out = append(out, make([]byte, n)...)
		if _, err := safejs.CopyBytesToGo(out[at:], chunk); err != nil {
			return nil, err
		}
	}
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
