package main

import (
	_ "embed"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/internal/site"
)

//go:embed page/harness.js
var harnessJS []byte

// The pages prepare adds to the site copy.
const (
	benchPage  = "bench.html"  // the editor with markdown-it and the harness
	memoryPage = "memory.html" // bench.html running the wasm built with the bench tag
	helloPage  = "hello.html"  // the shell and loader running bench/hello
	helloWasm  = "web/hello.wasm"
	benchWasm  = "web/app-bench.wasm" // the shipped wasm's build with -tags bench (wasm/benchhook.go)
)

// wasmAttrs finds the loader's wasm attributes in index.html.
var wasmAttrs = regexp.MustCompile(`data-wasm="[^"]*" data-wasm-size="[0-9]+"`)

// prepare builds the site of the repository in repo into dir as it ships
// (internal/site: the same flags, the same post-processing), adds the
// benchmark's wasm and pages, and compresses it all as dist does. The
// wasm are web/hello.wasm (bench/hello, the start figure's baseline) and
// web/app-bench.wasm (the shipped build with the bench tag, for the memory
// figure). The pages are bench.html (index.html loading markdown-it and
// harness.js first: the page's policy allows only its own scripts, so they
// are files on the same origin, not inline code), memory.html (bench.html
// loading app-bench.wasm) and hello.html (index.html loading hello.wasm
// instead of the editor's wasm).
func prepare(repo, dir, markdownIt string) error {
	log.Print("building the site")
	if _, err := site.Build(repo, dir, site.Shipped()); err != nil {
		return err
	}
	withHook := site.Shipped()
	withHook.Tags = append(withHook.Tags, "bench")
	if err := site.BuildWasm(repo, filepath.Join(dir, filepath.FromSlash(benchWasm)), withHook); err != nil {
		return err
	}
	hello := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", filepath.Join(dir, filepath.FromSlash(helloWasm)), "./bench/hello")
	hello.Dir = repo
	hello.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if out, err := hello.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./bench/hello: %v\n%s", err, out)
	}
	if err := addPages(dir, markdownIt); err != nil {
		return err
	}
	log.Print("compressing")
	return site.Compress(dir)
}

// addPages writes the benchmark's pages into the site in dir.
func addPages(dir, markdownIt string) error {
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	const loaderTag = `<script src="web/wasm_exec.js" defer></script>`
	page := string(index)
	if !strings.Contains(page, loaderTag) || !wasmAttrs.MatchString(page) {
		return fmt.Errorf("%s/index.html:1: no %s or data-wasm attributes: the benchmark needs updating", dir, loaderTag)
	}
	mdit, err := os.ReadFile(markdownIt)
	if err != nil {
		return fmt.Errorf("%w (run npm ci)", err)
	}
	withWasm := func(page, wasm string) (string, error) {
		st, err := os.Stat(filepath.Join(dir, wasm))
		if err != nil {
			return "", err
		}
		return wasmAttrs.ReplaceAllString(page, `data-wasm="`+wasm+`" data-wasm-size="`+strconv.FormatInt(st.Size(), 10)+`"`), nil
	}
	bench := strings.Replace(page, loaderTag,
		`<script src="bench/markdown-it.min.js" defer></script><script src="bench/harness.js" defer></script>`+loaderTag, 1)
	helloHTML, err := withWasm(page, helloWasm)
	if err != nil {
		return err
	}
	memoryHTML, err := withWasm(bench, benchWasm)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "bench"), 0o755); err != nil {
		return err
	}
	for name, data := range map[string][]byte{
		benchPage:                  []byte(bench),
		memoryPage:                 []byte(memoryHTML),
		helloPage:                  []byte(helloHTML),
		"bench/harness.js":         harnessJS,
		"bench/markdown-it.min.js": mdit,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
