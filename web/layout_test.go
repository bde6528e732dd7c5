package web

import (
	"bufio"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestWasmFilesAreTagged fails when a Go file in wasm/ lacks the
// "//go:build js && wasm" constraint: without it, the native build and
// `go vet ./...` would try to compile browser-only code.
func TestWasmFilesAreTagged(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "wasm", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no Go files in wasm/")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			// The file must never build outside js/wasm; it may need more
			// tags (benchhook.go is also "bench").
			expr := buildConstraint(t, file)
			without := func(tag string) bool {
				return expr.Eval(func(t string) bool { return t != tag })
			}
			if expr == nil || without("js") || without("wasm") {
				t.Errorf("%s:1: the first line must be //go:build js && wasm (and any other tags)", file)
			}
		})
	}
}

// buildConstraint returns the //go:build expression before the package clause.
func buildConstraint(t *testing.T, file string) constraint.Expr {
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if constraint.IsGoBuild(line) {
			expr, err := constraint.Parse(line)
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			return expr
		}
		if strings.HasPrefix(line, "package ") {
			return nil
		}
	}
	return nil
}

// TestCoreDoesNotImportSyscallJS fails when a package under core/ imports
// syscall/js: the core must build and be tested natively.
func TestCoreDoesNotImportSyscallJS(t *testing.T) {
	root := filepath.Join("..", "core")
	checked := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		checked++
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "syscall/js" || strings.HasPrefix(p, "honnef.co/go/js/") || strings.HasPrefix(p, "github.com/hack-pad/safejs") {
				t.Errorf("%s:%d: core imports %s; browser code belongs in wasm/", path, fset.Position(imp.Pos()).Line, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked == 0 {
		t.Fatal("no Go files found under core/")
	}
}

// TestPolicyMatchesHeaders checks that the meta tag's Content-Security-Policy
// and the one in _headers agree (the latter adds frame-ancestors), and that
// the policy forbids what it must.
func TestPolicyMatchesHeaders(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]+)"`).FindSubmatch(page)
	if m == nil {
		t.Fatal("index.html has no Content-Security-Policy meta tag")
	}
	meta := string(m[1])
	var header string
	for _, rule := range readHeaderRules("_headers") {
		for _, kv := range rule.headers {
			if kv[0] == "Content-Security-Policy" {
				header = kv[1]
			}
		}
	}
	if want := meta + "; frame-ancestors 'none'"; header != want {
		t.Errorf("_headers policy\n%s\nwant the meta policy plus frame-ancestors:\n%s", header, want)
	}
	// Nothing is allowed but what is named: no frames, objects, fonts or
	// media; images from the page and, once the scribe asks for them
	// (the preview holds remote images until "Load images"), https: only.
	for _, must := range []string{"default-src 'none';", "script-src 'self' 'wasm-unsafe-eval';", "img-src 'self' https:;", "connect-src 'self';", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(meta, must) {
			t.Errorf("policy lacks %q", must)
		}
	}
	for _, never := range []string{"unsafe-inline", "'unsafe-eval'", "data:", "blob:", "http:", "*"} {
		if strings.Contains(meta, never) {
			t.Errorf("policy allows %q", never)
		}
	}
	if regexp.MustCompile(`(?is)<script[^>]*>\s*[^<\s]`).Match(page) || regexp.MustCompile(`(?i)\son[a-z]+=`).Match(page) {
		t.Error("index.html has inline script or an event handler attribute")
	}
}
