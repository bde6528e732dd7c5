// Command site builds the editor's static site; build.sh runs it.
//
//	site build [-o build/site]               build the wasm and assemble the site
//	site dist [-o dist] [-site build/site]   build, copy to dist with .br and .gz beside the large files, print the sizes
//	site sizes [-site build/site]            build and print the raw, gzip and brotli size of what a page load fetches
//	site chromium                            print the headless browser's path (exit 1 when there is none)
//
// It runs in the module's root (where build.sh runs it). The wasm is built
// as it ships (internal/site.Shipped: $WASM_GCFLAGS, $WASM_OPT).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"

	"github.com/cpansec/minutes/internal/chromium"
	"github.com/cpansec/minutes/internal/site"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("site: ")
	if len(os.Args) < 2 {
		usage()
	}
	cmd, args := os.Args[1], os.Args[2:]
	fs := flag.NewFlagSet(cmd, flag.ExitOnError)
	siteDir := fs.String("site", "build/site", "where the site is assembled")
	out := fs.String("o", "", "where to write (build: the site, default -site; dist: default dist)")
	_ = fs.Parse(args)
	if fs.NArg() > 0 {
		usage()
	}
	var err error
	switch cmd {
	case "build":
		if *out != "" {
			*siteDir = *out
		}
		_, err = build(*siteDir)
	case "dist":
		if *out == "" {
			*out = "dist"
		}
		err = dist(*siteDir, *out)
	case "sizes":
		err = sizes(*siteDir)
	case "chromium":
		var path string
		if path, err = chromium.Find(); err == nil {
			fmt.Println(path)
		}
	default:
		usage()
	}
	if err != nil {
		log.Fatal(err)
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: go run ./cmd/site build|dist|sizes|chromium [-site DIR] [-o DIR]")
	os.Exit(2)
}

func build(dir string) (*site.Site, error) {
	if _, err := os.Stat("go.mod"); err != nil {
		return nil, fmt.Errorf("run me in the module's root: %v", err)
	}
	s, err := site.Build(".", dir, site.Shipped())
	if err != nil {
		return nil, err
	}
	log.Printf("built %s (version %s, %s)", dir, s.Version, s.Wasm)
	return s, nil
}

func dist(dir, out string) error {
	if _, err := build(dir); err != nil {
		return err
	}
	if err := site.Dist(dir, out); err != nil {
		return err
	}
	log.Printf("wrote %s", out)
	return printSizes(out)
}

func sizes(dir string) error {
	if _, err := build(dir); err != nil {
		return err
	}
	return printSizes(dir)
}

func printSizes(dir string) error {
	s, err := site.Sizes(dir)
	if err != nil {
		return err
	}
	return site.WriteSizes(os.Stdout, s)
}
