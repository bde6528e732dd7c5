// Package web holds the editor page's static assets (styles, loader, service
// worker, manifest, icons) and Handler, the small static file server that
// `./build.sh serve` and the end-to-end tests use to serve a built site the way
// a static host would.
package web

import (
	"bufio"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Handler serves the built site in dir. It sets the right MIME type for
// .wasm and .webmanifest, serves a precompressed NAME.br or NAME.gz beside a
// file when the client accepts that encoding, applies the headers of the
// site's _headers file (the Content-Security-Policy among them), and asks
// browsers to revalidate everything but content-hashed files, so a new build
// is seen on the next load.
func Handler(dir string) http.Handler {
	return &siteHandler{root: os.DirFS(dir), rules: readHeaderRules(filepath.Join(dir, "_headers"))}
}

type siteHandler struct {
	root  fs.FS
	rules []headerRule
}

// encodings lists the precompressed variants in order of preference.
var encodings = []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}}

func (h *siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" || strings.HasSuffix(r.URL.Path, "/") {
		name = path.Join(name, "index.html")
	}
	if name == "_headers" || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
		http.NotFound(w, r)
		return
	}
	info, err := fs.Stat(h.root, name)
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	header := w.Header()
	header.Set("Content-Type", contentType(name))
	header.Set("Cache-Control", "no-cache")
	for _, rule := range h.rules {
		if rule.matches("/" + name) {
			for _, kv := range rule.headers {
				header.Set(kv[0], kv[1])
			}
		}
	}
	served := name
	if enc, file := h.precompressed(name, r.Header.Get("Accept-Encoding")); file != "" {
		header.Set("Content-Encoding", enc)
		served = file
	}
	header.Add("Vary", "Accept-Encoding")
	f, err := h.root.Open(served)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	stat, err := f.Stat()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	http.ServeContent(w, r, name, stat.ModTime(), f.(readSeeker))
}

type readSeeker interface {
	Read([]byte) (int, error)
	Seek(int64, int) (int64, error)
}

// precompressed returns the encoding and file to serve for name, or "" when
// the client accepts none of the variants present.
func (h *siteHandler) precompressed(name, accept string) (encoding, file string) {
	for _, e := range encodings {
		if !acceptsEncoding(accept, e.token) {
			continue
		}
		if _, err := fs.Stat(h.root, name+e.ext); err == nil {
			return e.token, name + e.ext
		}
	}
	return "", ""
}

func acceptsEncoding(accept, token string) bool {
	for _, part := range strings.Split(accept, ",") {
		fields := strings.Split(part, ";")
		if strings.TrimSpace(fields[0]) != token {
			continue
		}
		for _, param := range fields[1:] {
			if q := strings.ReplaceAll(param, " ", ""); q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
				return false
			}
		}
		return true
	}
	return false
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".webmanifest":
		return "application/manifest+json"
	case ".md":
		return "text/markdown; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// headerRule is one block of a _headers file: a path pattern (exact; a
// single trailing * for a prefix; or a path.Match pattern such as
// /web/*.wasm) and the headers to set for it.
type headerRule struct {
	pattern string
	headers [][2]string
}

func (r headerRule) matches(p string) bool {
	if prefix, ok := strings.CutSuffix(r.pattern, "*"); ok && !strings.Contains(prefix, "*") {
		return strings.HasPrefix(p, prefix)
	}
	if ok, _ := path.Match(r.pattern, p); ok {
		return true
	}
	return p == r.pattern || (r.pattern == "/" && p == "/index.html")
}

// readHeaderRules reads the Netlify-style _headers file; a missing file means
// no extra headers.
func readHeaderRules(file string) []headerRule {
	f, err := os.Open(file)
	if err != nil {
		return nil
	}
	defer f.Close()
	var rules []headerRule
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case line[0] != ' ' && line[0] != '\t':
			rules = append(rules, headerRule{pattern: trimmed})
		case len(rules) > 0:
			if k, v, ok := strings.Cut(trimmed, ":"); ok {
				last := &rules[len(rules)-1]
				last.headers = append(last.headers, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
			}
		}
	}
	return rules
}
