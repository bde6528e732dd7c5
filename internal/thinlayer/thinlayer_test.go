package thinlayer

import (
	"bufio"
	"bytes"
	"fmt"
	"go/build/constraint"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestBrowserLayerIsThin counts, as `wc -l` does, the lines of every
// non-test .go file in wasm/ whose build constraint needs js and wasm.
func TestBrowserLayerIsThin(t *testing.T) {
	files, err := filepath.Glob("../../wasm/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no wasm/*.go: %v", err)
	}
	total, sizes := 0, map[string]int{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !browserOnly(t, f, data) {
			continue
		}
		n := bytes.Count(data, []byte("\n"))
		sizes[filepath.Base(f)] = n
		total += n
	}
	if len(sizes) == 0 {
		t.Fatal("no js && wasm file found in wasm/: the check counts nothing")
	}
	if total > MaxLines {
		names := make([]string, 0, len(sizes))
		for n := range sizes {
			names = append(names, n)
		}
		sort.Slice(names, func(i, j int) bool { return sizes[names[i]] > sizes[names[j]] })
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "\n%6d %s", sizes[n], n)
		}
		t.Errorf("wasm/ has %d lines of js && wasm Go, over %d: move logic with no DOM in it to a native package.%s", total, MaxLines, b.String())
	}
	t.Logf("wasm/: %d lines of js && wasm Go in %d files (at most %d)", total, len(sizes), MaxLines)
}

// browserOnly reports whether the file's //go:build line holds only for
// js and wasm (with other tags or without: benchhook.go needs bench too).
func browserOnly(t *testing.T, name string, data []byte) bool {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") && !constraint.IsGoBuild(line) {
			continue
		}
		if !constraint.IsGoBuild(line) {
			return false // the package clause: no constraint
		}
		expr, err := constraint.Parse(line)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		// Every tag true but those named, or only those named true: a
		// file needs js and wasm when it builds with them (in some set of
		// the other tags, bench or not) and builds without neither.
		eval := func(allBut bool, tags ...string) bool {
			return expr.Eval(func(tag string) bool {
				named := false
				for _, x := range tags {
					named = named || x == tag
				}
				return named != allBut
			})
		}
		builds := eval(true) || eval(false, "js", "wasm")
		needs := func(tag, other string) bool { return !eval(true, tag) && !eval(false, other) }
		return builds && needs("js", "wasm") && needs("wasm", "js")
	}
	return false
}
