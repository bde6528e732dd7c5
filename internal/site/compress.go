package site

import (
	"bytes"
	"compress/gzip"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions of the files worth precompressing (text
// and the wasm; the PNG icons are compressed already).
var compressible = []string{".wasm", ".js", ".css", ".html", ".svg", ".webmanifest"}

// minCompressed is the size under which a file is served as is: the
// headers of an encoded response would eat what it saves.
const minCompressed = 1024

// Brotli compresses data as hosts should serve it: quality 11, the
// smallest (the wasm takes several seconds, once per deploy), and a 16 MB
// window (24 bits), the largest that browsers decode and larger than the
// wasm; brotli's "large window" would not be decoded by browsers.
func Brotli(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: 11, LGWin: 24})
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Gzip compresses data at the best level, for clients without brotli. The
// header carries no name or time, so the same input gives the same bytes.
func Gzip(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	w, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Compress writes NAME.br and NAME.gz beside every compressible file in dir
// over 1 KB, as static hosts and web.Handler serve them.
func Compress(dir string) error {
	var files []string
	err := filepath.WalkDir(dir, func(file string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if isCompressible(file) && info.Size() > minCompressed {
			files = append(files, file)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return each(files, func(file string) error {
		data, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		for ext, compress := range map[string]func([]byte) ([]byte, error){".br": Brotli, ".gz": Gzip} {
			out, err := compress(data)
			if err != nil {
				return err
			}
			if err := os.WriteFile(file+ext, out, 0o644); err != nil {
				return err
			}
		}
		return nil
	})
}

func isCompressible(file string) bool {
	for _, ext := range compressible {
		if strings.HasSuffix(file, ext) {
			return true
		}
	}
	return false
}

// each calls f on every item, on as many goroutines as there are CPUs
// (brotli at quality 11 is slow, and the wasm alone takes seconds), and
// returns the first error.
func each(items []string, f func(string) error) error {
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  = make(chan string)
	)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for item := range next {
				if err := f(item); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for _, item := range items {
		next <- item
	}
	close(next)
	wg.Wait()
	return first
}
