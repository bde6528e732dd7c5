package main

import (
	"net/http"
	"strings"
	"sync"
)

// served is one response of the benchmark's server.
type served struct {
	path     string
	encoding string // Content-Encoding, "" when sent as is
	bytes    int64  // body bytes sent
}

// recorder wraps the site's handler and records what it sends, so that the
// download figure counts what the browser really fetched (the page and its
// service worker alike).
type recorder struct {
	h   http.Handler
	mu  sync.Mutex
	log []served
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	cw := &countingWriter{ResponseWriter: w}
	rec.h.ServeHTTP(cw, r)
	path := strings.TrimPrefix(r.URL.Path, "/")
	if path == "" {
		path = "index.html"
	}
	rec.mu.Lock()
	rec.log = append(rec.log, served{path: path, encoding: w.Header().Get("Content-Encoding"), bytes: cw.n})
	rec.mu.Unlock()
}

// responses returns what was sent so far.
func (rec *recorder) responses() []served {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]served(nil), rec.log...)
}

type countingWriter struct {
	http.ResponseWriter
	n int64
}

func (w *countingWriter) Write(p []byte) (int, error) {
	n, err := w.ResponseWriter.Write(p)
	w.n += int64(n)
	return n, err
}
