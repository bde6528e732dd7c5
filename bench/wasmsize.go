package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/internal/site"
)

// wasmParts is how many packages the breakdown names; the rest are summed.
const wasmParts = 10

// wasmFigures builds the editor's wasm as it ships but with its names kept
// (the site's is built with -s -w: the same code without the name section)
// and adds rows
// saying where its bytes go: the code section by package, and the data
// section (type information, the function table for tracebacks, strings).
func wasmFigures(repo string, t *table) {
	if err := wasmBreakdown(repo, t); err != nil {
		t.fail("Wasm breakdown", "", err)
	}
}

func wasmBreakdown(repo string, t *table) error {
	if _, err := exec.LookPath("wasm-objdump"); err != nil {
		return fmt.Errorf("wasm-objdump is missing (Debian package wabt)")
	}
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
	sections, err := wasmSections(file)
	if err != nil {
		return err
	}
	pkgs, err := wasmPackages(repo)
	if err != nil {
		return err
	}
	code, err := codeByPackage(file, pkgs)
	if err != nil {
		return err
	}
	t.add(row{
		figure: "Wasm: sections (unstripped build, same code)",
		measured: fmt.Sprintf("code %s, data %s, names %s",
			size(sections["Code"]), size(sections["Data"]), size(sections["name"])),
	})
	type part struct {
		pkg  string
		size int64
	}
	var parts []part
	for p, n := range code {
		parts = append(parts, part{p, n})
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].size > parts[j].size })
	var rest int64
	for i, p := range parts {
		if i >= wasmParts {
			rest += p.size
			continue
		}
		t.add(row{
			figure:   "Wasm code: " + p.pkg,
			measured: fmt.Sprintf("%s (%.0f%% of code)", size(p.size), 100*float64(p.size)/float64(sections["Code"])),
		})
	}
	t.add(row{figure: fmt.Sprintf("Wasm code: %d other packages", max(len(parts)-wasmParts, 0)), measured: size(rest)})
	return nil
}

// wasmSections returns the size of each section by name ("Code", "Data",
// and custom sections by their own name).
func wasmSections(file string) (map[string]int64, error) {
	out, err := exec.Command("wasm-objdump", "-h", file).Output()
	if err != nil {
		return nil, fmt.Errorf("wasm-objdump -h: %w", err)
	}
	sizes := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		// "     Code start=0x… end=0x… (size=0x006c1bf8) count: 8313"
		// "   Custom start=0x… end=0x… (size=0x00009436) "name""
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[3], "(size=0x") {
			continue
		}
		n, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(f[3], "(size=0x"), ")"), 16, 64)
		if err != nil {
			continue
		}
		name := f[0]
		if name == "Custom" && len(f) > 4 {
			name = strings.Trim(f[4], `"`)
		}
		sizes[name] += n
	}
	return sizes, nil
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

// codeByPackage sums the code size of the wasm's functions by package
// (the longest package prefix of each function's name; main's functions
// are "wasm (the editor)"), from wasm-objdump's listing of the code section.
func codeByPackage(file string, pkgs map[string]string) (map[string]int64, error) {
	out, err := exec.Command("wasm-objdump", "-x", "-j", "Code", file).Output()
	if err != nil {
		return nil, fmt.Errorf("wasm-objdump -x -j Code: %w", err)
	}
	code := map[string]int64{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		// " - func[3791] size=3563 <github.com_cpansec_minutes_core_frontmatter.SetSplice>"
		line := sc.Text()
		_, rest, ok := strings.Cut(line, " size=")
		if !ok {
			continue
		}
		num, name, _ := strings.Cut(rest, " ")
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			continue
		}
		code[packageOf(strings.Trim(name, "<>"), pkgs)] += n
	}
	return code, nil
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
