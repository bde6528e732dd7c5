// Command wasmpost post-processes a Go js/wasm binary in place or into a
// new file: it merges the data segments and, unless -lines is given, strips
// the line tables (see package wasmpost).
//
// Usage:
//
//	wasmpost [-lines] [-o out.wasm] in.wasm
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/cpansec/minutes/internal/wasmpost"
)

func main() {
	lines := flag.Bool("lines", false, "keep the line tables (a debug build: stack traces name files and lines)")
	out := flag.String("o", "", "write the result to this `file` (default: replace the input)")
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: wasmpost [-lines] [-o out.wasm] in.wasm\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	in := flag.Arg(0)
	if *out == "" {
		*out = in
	}
	if err := run(in, *out, *lines); err != nil {
		fmt.Fprintf(os.Stderr, "wasmpost: %v\n", err)
		os.Exit(1)
	}
}

func run(in, out string, lines bool) error {
	b, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	b, r, err := wasmpost.Process(b, lines)
	if err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	fmt.Fprintln(os.Stderr, "wasmpost:", out+":", r)
	tmp := out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, out)
}
