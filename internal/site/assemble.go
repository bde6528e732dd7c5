package site

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// The files of the repository that make the site: two templates that
// Assemble stamps, and the assets it copies as they are (from, to).
const (
	indexTemplate = "index.html"
	swTemplate    = "web/sw.js"
)

var copied = []struct{ from, to string }{
	{"web/style.css", "web/style.css"},
	{"web/loader.js", "web/loader.js"},
	{"web/manifest.webmanifest", "web/manifest.webmanifest"},
	{"web/icons/*.svg", "web/icons/"},
	{"web/icons/*.png", "web/icons/"},
	{"web/_headers", "_headers"},
}

// wasmExecName is where the page loads Go's JavaScript support from.
const wasmExecName = "web/wasm_exec.js"

// Site is an assembled site.
type Site struct {
	Dir     string   // where it is
	Wasm    string   // the wasm's path in it, "web/app.<hash>.wasm"
	Version string   // the service worker's version
	Assets  []string // what the service worker caches, "./" first
}

// Build builds the wasm as w says and assembles the site of the module in
// root into the directory out (emptied first).
func Build(root, out string, w Wasm) (*Site, error) {
	tmp, err := os.MkdirTemp("", "minutes-wasm")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	file := filepath.Join(tmp, "app.wasm")
	if err := BuildWasm(root, file, w); err != nil {
		return nil, err
	}
	wasm, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	wasmExec, err := WasmExec()
	if err != nil {
		return nil, err
	}
	return Assemble(os.DirFS(root), wasm, wasmExec, out)
}

// WasmExec returns the wasm_exec.js of the Go toolchain that builds the
// wasm: the page's support code must match the compiler.
func WasmExec() ([]byte, error) {
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	return os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
}

// Assemble writes the site into out (emptied first) from the repository's
// files in src, the compiled wasm and Go's wasm_exec.js.
func Assemble(src fs.FS, wasm, wasmExec []byte, out string) (*Site, error) {
	if err := os.RemoveAll(out); err != nil {
		return nil, err
	}
	s := &Site{Dir: out, Wasm: "web/app." + shortHash(wasm) + ".wasm"}
	files := map[string][]byte{s.Wasm: wasm, wasmExecName: wasmExec}
	for _, c := range copied {
		names, err := fs.Glob(src, c.from)
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("%s: no such file", c.from)
		}
		for _, name := range names {
			to := c.to
			if strings.HasSuffix(to, "/") {
				to += path.Base(name)
			}
			if files[to], err = fs.ReadFile(src, name); err != nil {
				return nil, err
			}
		}
	}
	index, err := fs.ReadFile(src, indexTemplate)
	if err != nil {
		return nil, err
	}
	if files[indexTemplate], err = stampIndex(index, s.Wasm, len(wasm)); err != nil {
		return nil, err
	}
	sw, err := fs.ReadFile(src, swTemplate)
	if err != nil {
		return nil, err
	}
	s.Assets, s.Version = cached(files, sw)
	if files["sw.js"], err = stampWorker(sw, s.Version, s.Assets); err != nil {
		return nil, err
	}
	for name, data := range files {
		if err := write(filepath.Join(out, filepath.FromSlash(name)), data); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// write writes data to file, making its directory.
func write(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return os.WriteFile(file, data, 0o644)
}
