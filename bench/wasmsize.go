package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cpansec/minutes/internal/site"
	"github.com/cpansec/minutes/internal/wasmpost"
)

// wasmParts is how many packages the breakdown names; the rest are summed.
const wasmParts = 10

// wasmFigures builds the editor's wasm as it ships but with its names kept
// (the site's is built with -s -w: the same code without the name section)
// and adds rows saying where its bytes go, in brotli as hosts serve it:
// the code section by package and the data section (type information,
// strings, the function table for tracebacks, initialised variables).
func wasmFigures(repo string, t *table) {
	if err := wasmBreakdown(repo, t); err != nil {
		t.fail("Wasm breakdown", "", err)
	}
}

func wasmBreakdown(repo string, t *table) error {
	dir, err := os.MkdirTemp("", "bench-wasm")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "app.wasm")
	named := site.Shipped()
	named.KeepNames = true
	if err := site.BuildWasm(repo, file, named); err != nil {
		return err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	pkgs, err := wasmPackages(repo)
	if err != nil {
		return err
	}
	parts, err := splitWasm(data, pkgs)
	if err != nil {
		return err
	}
	codeBr, err := brotliSize(parts.code)
	if err != nil {
		return err
	}
	dataBr, err := brotliSize(parts.data)
	if err != nil {
		return err
	}
	t.add(row{
		figure: "Wasm: sections, brotli (unstripped build, same code)",
		measured: fmt.Sprintf("code %s (raw %s), data %s (raw %s)",
			size(codeBr), size(int64(len(parts.code))), size(dataBr), size(int64(len(parts.data)))),
	})
	// Each package's functions compressed on their own; the shares are
	// scaled to the code section's brotli size, since together they
	// compress better than apart.
	type part struct {
		pkg     string
		raw, br int64
	}
	var list []part
	var sum int64
	for p, b := range parts.byPackage {
		n, err := brotliSize(b)
		if err != nil {
			return err
		}
		list = append(list, part{p, int64(len(b)), n})
		sum += n
	}
	sort.Slice(list, func(i, j int) bool { return list[i].br > list[j].br })
	var rest, restRaw int64
	for i, p := range list {
		share := p.br * codeBr / max(sum, 1)
		if i >= wasmParts {
			rest += share
			restRaw += p.raw
			continue
		}
		t.add(row{
			figure:   "Wasm code, brotli share: " + p.pkg,
			measured: fmt.Sprintf("%s (raw %s)", size(share), size(p.raw)),
		})
	}
	t.add(row{figure: fmt.Sprintf("Wasm code, brotli share: %d other packages", max(len(list)-wasmParts, 0)),
		measured: fmt.Sprintf("%s (raw %s)", size(rest), size(restRaw))})
	return nil
}

func brotliSize(b []byte) (int64, error) {
	c, err := site.Brotli(b)
	return int64(len(c)), err
}

// wasmSplit holds a module's code and data section payloads and its
// function bodies by package.
type wasmSplit struct {
	code, data []byte
	byPackage  map[string][]byte
}

// splitWasm reads the module's sections (internal/wasmpost), the function
// names of its name section and the bodies of its code section, and sorts
// the bodies by package.
func splitWasm(b []byte, pkgs map[string]string) (wasmSplit, error) {
	m, err := wasmpost.Parse(b)
	if err != nil {
		return wasmSplit{}, err
	}
	var w wasmSplit
	var imported uint32
	names := map[uint32]string{}
	for _, s := range m.Sections {
		switch s.ID {
		case 2:
			if imported, err = funcImports(s.Payload); err != nil {
				return w, err
			}
		case 10:
			w.code = s.Payload
		case 11:
			w.data = s.Payload
		case 0:
			if err := funcNames(s.Payload, names); err != nil {
				return w, err
			}
		}
	}
	w.byPackage = map[string][]byte{}
	r := wasmReader{b: w.code}
	n := r.uleb()
	for i := uint32(0); i < n && r.err == nil; i++ {
		body := r.bytes()
		p := packageOf(names[imported+i], pkgs)
		w.byPackage[p] = append(w.byPackage[p], body...)
	}
	return w, r.err
}

// funcImports counts the functions an import section imports: they come
// first in the function index space.
func funcImports(b []byte) (uint32, error) {
	r := wasmReader{b: b}
	var funcs uint32
	for n := r.uleb(); n > 0 && r.err == nil; n-- {
		r.bytes() // module
		r.bytes() // name
		switch r.byte() {
		case 0: // function: type index
			r.uleb()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: type, mutability
			r.byte()
			r.byte()
		}
	}
	return funcs, r.err
}

// funcNames reads the function names of a custom section called "name".
func funcNames(b []byte, names map[uint32]string) error {
	r := wasmReader{b: b}
	if string(r.bytes()) != "name" {
		return nil
	}
	for len(r.b) > 0 && r.err == nil {
		id := r.byte()
		sub := wasmReader{b: r.bytes()}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			i := sub.uleb()
			names[i] = string(sub.bytes())
		}
		if sub.err != nil {
			return sub.err
		}
	}
	return r.err
}

// wasmReader reads the module's encodings; the first error sticks.
type wasmReader struct {
	b   []byte
	err error
}

func (r *wasmReader) byte() byte {
	if len(r.b) == 0 {
		r.err = fmt.Errorf("wasm: unexpected end")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *wasmReader) uleb() uint32 {
	var v uint32
	for shift := 0; shift < 35 && r.err == nil; shift += 7 {
		c := r.byte()
		v |= uint32(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	return v
}

func (r *wasmReader) bytes() []byte {
	n := r.uleb()
	if r.err != nil || uint64(n) > uint64(len(r.b)) {
		r.err = fmt.Errorf("wasm: a length runs past the end")
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

func (r *wasmReader) limits() {
	if r.byte()&1 != 0 {
		r.uleb()
	}
	r.uleb()
}

// wasmPackages lists the packages linked into the editor, each with the
// prefix its functions' names carry in the wasm name section.
func wasmPackages(repo string) (map[string]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Name}}", "./wasm")
	cmd.Dir = repo
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps ./wasm: %w", err)
	}
	pkgs := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, name, _ := strings.Cut(line, " ")
		if name == "main" {
			pkgs["main"] = path // the linker names a command's package main
			continue
		}
		pkgs[symbolPrefix(path)] = path
	}
	return pkgs, nil
}

// symbolPrefix is how the Go linker names a package in the wasm name
// section: the object-file escaping of the path (a dot in the last element
// as %2e), then "/" and "%" as "_" ("gopkg.in/yaml.v3" is
// "gopkg.in_yaml_2ev3").
func symbolPrefix(path string) string {
	last := strings.LastIndex(path, "/") + 1
	escaped := path[:last] + strings.ReplaceAll(path[last:], ".", "%2e")
	return strings.NewReplacer("/", "_", "%", "_").Replace(escaped)
}

func packageOf(fn string, pkgs map[string]string) string {
	best := ""
	for prefix := range pkgs {
		if len(prefix) > len(best) && strings.HasPrefix(fn, prefix+".") {
			best = prefix
		}
	}
	switch {
	case best == "":
		return "(linker-made: type equality, wrappers)"
	case pkgs[best] == "github.com/cpansec/minutes/wasm":
		return "wasm (the editor's page code)"
	}
	return pkgs[best]
}
