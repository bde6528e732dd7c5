package web

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestHandler(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"index.html":               "<!doctype html>page",
		"sw.js":                    "worker",
		"web/app.1234.wasm":        "\x00asm raw",
		"web/app.1234.wasm.br":     "brotli bytes",
		"web/app.1234.wasm.gz":     "gzip bytes",
		"web/manifest.webmanifest": "{}",
		"_headers":                 "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n/web/*.wasm\n  Cache-Control: immutable\n",
	})
	h := Handler(dir)
	tests := []struct {
		name, path, accept string
		status             int
		body, ctype, enc   string
		header             [2]string
	}{
		{"root is index", "/", "", 200, "<!doctype html>page", "text/html; charset=utf-8", "", [2]string{"Cache-Control", "no-cache"}},
		{"csp from _headers", "/index.html", "", 200, "<!doctype html>page", "text/html; charset=utf-8", "", [2]string{"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"}},
		{"wasm raw", "/web/app.1234.wasm", "", 200, "\x00asm raw", "application/wasm", "", [2]string{}},
		{"wasm brotli preferred", "/web/app.1234.wasm", "gzip, deflate, br", 200, "brotli bytes", "application/wasm", "br", [2]string{"Vary", "Accept-Encoding"}},
		{"wasm gzip", "/web/app.1234.wasm", "gzip", 200, "gzip bytes", "application/wasm", "gzip", [2]string{}},
		{"br refused with q=0", "/web/app.1234.wasm", "br;q=0, gzip", 200, "gzip bytes", "application/wasm", "gzip", [2]string{}},
		{"manifest type", "/web/manifest.webmanifest", "", 200, "{}", "application/manifest+json", "", [2]string{}},
		{"headers file hidden", "/_headers", "", 404, "", "", "", [2]string{}},
		{"compressed file not served directly", "/web/app.1234.wasm.br", "", 404, "", "", "", [2]string{}},
		{"missing", "/nope.js", "", 404, "", "", "", [2]string{}},
		{"no escape from root", "/../../etc/passwd", "", 404, "", "", "", [2]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.path, nil)
			if tt.accept != "" {
				req.Header.Set("Accept-Encoding", tt.accept)
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d", rec.Code, tt.status)
			}
			if tt.status != 200 {
				return
			}
			if got := rec.Body.String(); got != tt.body {
				t.Errorf("body %q, want %q", got, tt.body)
			}
			if got := rec.Header().Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if got := rec.Header().Get("Content-Encoding"); got != tt.enc {
				t.Errorf("Content-Encoding %q, want %q", got, tt.enc)
			}
			if tt.header[0] != "" && !strings.Contains(rec.Header().Get(tt.header[0]), tt.header[1]) {
				t.Errorf("%s = %q, want %q", tt.header[0], rec.Header().Get(tt.header[0]), tt.header[1])
			}
		})
	}
	t.Run("hashed wasm immutable", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/web/app.1234.wasm", nil))
		if got := rec.Header().Get("Cache-Control"); got != "immutable" {
			t.Errorf("Cache-Control %q", got)
		}
	})
	t.Run("post refused", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("POST", "/", nil))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("status %d", rec.Code)
		}
	})
}
