// Package site assembles the editor's static site from the repository: it
// builds the wasm, names it after a hash of its content, stamps index.html
// and the service worker with the wasm's name, the asset list and a
// version, copies the other assets, and for deployment writes brotli and
// gzip copies beside the large files. cmd/site runs it for build.sh; the
// end-to-end tests and the benchmark call it too, so each of them serves
// the site that ships.
package site

import (
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/cpansec/minutes/internal/wasmpost"
)

// Wasm says how the editor's wasm is built.
type Wasm struct {
	// GCFlags are the compiler's -gcflags, one value per flag.
	GCFlags []string
	// Opt runs binaryen's wasm-opt -Oz on the result.
	Opt bool
	// Tags are extra build tags (the benchmark's memory hook: "bench").
	Tags []string
	// KeepNames keeps the symbol table and DWARF (the name section the
	// benchmark's breakdown reads); the shipped wasm drops them.
	KeepNames bool
}

// defaultGCFlags turn inlining off (-l) except in the runtime: the page
// downloads 9% less (brotli 1.66 -> 1.51 MB when this was measured) and the
// Go code runs about as fast in V8 (core and core/preview benchmarks as
// wasm under Node: Render/1x +7%, IncrementalKeystroke +11%/-7%,
// UpdateKeystroke/1x +23%, UpdateKeystroke/20x -33%, within run-to-run
// noise). Turning inlining off in the runtime too saves 3% more (1.46 MB)
// but makes that code about 50% slower (+5% to +71%), since allocation and
// map access lose their inlined fast paths. Natively the same flags cost
// +6% to +42%, all=-l +27% to +91%.
var defaultGCFlags = []string{"all=-l", "runtime=", "internal/runtime/...="}

// Shipped is how the deployed wasm is built: the default flags, or
// $WASM_GCFLAGS (space-separated, "" for the compiler's defaults) when
// set, and wasm-opt when $WASM_OPT is 1. wasm-opt -Oz makes the raw file
// about 10% smaller but the brotli-compressed one (what hosts serve) 1.5%
// larger and takes half a minute, so it only runs on request (binaryen 132,
// npm's build run as npx wasm-opt, on 2026-12-04: raw -0.74 MB, brotli
// +25.3 kB, +1.8%, 457 s on the loaded machine; see BENCHMARKS.md).
func Shipped() Wasm {
	w := Wasm{GCFlags: defaultGCFlags, Opt: os.Getenv("WASM_OPT") == "1"}
	if v, ok := os.LookupEnv("WASM_GCFLAGS"); ok {
		w.GCFlags = strings.Fields(v)
	}
	return w
}

// BuildWasm compiles the wasm/ package of the module in root to the file
// out, then post-processes it (PostProcessWasm). -trimpath drops file
// paths; -s -w drop the symbol table and DWARF unless w.KeepNames.
func BuildWasm(root, out string, w Wasm) error {
	args := []string{"build", "-trimpath"}
	if !w.KeepNames {
		args = append(args, "-ldflags=-s -w")
	}
	for _, f := range w.GCFlags {
		args = append(args, "-gcflags="+f)
	}
	if len(w.Tags) > 0 {
		args = append(args, "-tags="+strings.Join(w.Tags, ","))
	}
	args = append(args, "-o", out, "./wasm")
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, msg)
	}
	if w.Opt {
		if err := wasmOpt(out); err != nil {
			return err
		}
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	if data, err = PostProcessWasm(data); err != nil {
		return fmt.Errorf("%s: %v", out, err)
	}
	return os.WriteFile(out, data, 0o644)
}

// PostProcessWasm is the one place where the compiled wasm is changed
// before it ships; the site, the end-to-end tests and the benchmark all get
// its result: internal/wasmpost merges the data segments and strips the
// line tables (see BENCHMARKS.md for what each saves); WASM_DEBUG=1 keeps
// the line tables, so stack traces name files and lines. Custom sections,
// such as the name section the benchmark's breakdown reads, are kept.
func PostProcessWasm(wasm []byte) ([]byte, error) {
	out, _, err := wasmpost.Process(wasm, os.Getenv("WASM_DEBUG") == "1")
	return out, err
}

// wasmOpt runs wasm-opt -Oz on file in place.
func wasmOpt(file string) error {
	if _, err := exec.LookPath("wasm-opt"); err != nil {
		return fmt.Errorf("WASM_OPT=1 needs wasm-opt (Debian package binaryen)")
	}
	tmp := file + ".opt"
	if msg, err := exec.Command("wasm-opt", "--all-features", "-Oz", file, "-o", tmp).CombinedOutput(); err != nil {
		return fmt.Errorf("wasm-opt: %v\n%s", err, msg)
	}
	return os.Rename(tmp, file)
}
