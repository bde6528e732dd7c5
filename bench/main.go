// Command bench measures the editor against the speed and size targets of
// issue 5 and prints one table: each figure, its target, the baseline's
// figure where there is one (markdown-it rendering the same document in the
// same page, or a hello-world Go program loaded the same way), the ratio and
// whether the target is met. `./build.sh bench` builds the site and runs it;
// BENCHMARKS.md explains the figures.
//
// It has two steps:
//
//	bench -prepare DIR -markdown-it FILE   build the site as it ships into DIR, add the benchmark's pages, compress it as dist does
//	bench -site DIR -corpus DIR            measure and print the table
//
// The browser figures come from headless Chromium driven with chromedp,
// against the site served by web.Handler (precompressed files included, as a
// static host serves them). The page is observed, not instrumented: input
// events on the form's item inputs, the page's file input, MutationObservers
// on the form and the preview (bench/page/harness.js).
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

// config holds the command's flags.
type config struct {
	prepare    string
	markdownIt string
	site       string
	corpus     string
	repo       string
	out        string
	itemSel    string
	formSel    string
	keys       int
	starts     int
	count      int
	passes     int
	goBench    bool
	hostile    bool
	browser    bool
	benchtime  string
	only       string
	profile    string
	openProf   string
	constructs string
}

// wants tells whether the figure group (edit, open, start, registers, memory) is to
// be measured.
func (c config) wants(group string) bool {
	if c.only == "" {
		// Opening every hostile construct at the size cap takes over a
		// quarter of an hour (some tabs hang for minutes): asked for by name.
		return group != "hostile"
	}
	for _, g := range strings.Split(c.only, ",") {
		if strings.TrimSpace(g) == group {
			return true
		}
	}
	return false
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	var c config
	flag.StringVar(&c.prepare, "prepare", "", "build the site with the benchmark's pages into this directory, then exit")
	flag.StringVar(&c.markdownIt, "markdown-it", "node_modules/markdown-it/dist/browser/markdown-it.umd.min.js", "markdown-it's browser build (for -prepare)")
	flag.StringVar(&c.site, "site", "build/bench/site", "the prepared copy of the built site")
	flag.StringVar(&c.corpus, "corpus", "../shared/corpus", "the real minutes")
	flag.StringVar(&c.repo, "repo", ".", "the repository (for -prepare, the Go benchmarks and the wasm breakdown)")
	flag.StringVar(&c.out, "out", "", "also write the table to this file")
	flag.StringVar(&c.itemSel, "item", "#section-list .fit-text", "CSS selector of the form's item text inputs")
	flag.StringVar(&c.formSel, "form", "#section-list", "CSS selector of the form's container")
	flag.IntVar(&c.keys, "keys", 200, "keystrokes typed per document")
	flag.IntVar(&c.passes, "passes", 1, "times the memory figure opens the whole corpus")
	flag.IntVar(&c.starts, "starts", 5, "page loads per program for the start figure")
	flag.BoolVar(&c.goBench, "go", true, "run the Go benchmarks")
	flag.BoolVar(&c.hostile, "hostile", true, "run the hostile-input benchmarks (growth of each construct, the commands at 512 KB)")
	flag.BoolVar(&c.browser, "browser", true, "run the browser benchmark")
	flag.IntVar(&c.count, "count", 3, "-count for the Go benchmarks (the fastest run counts)")
	flag.StringVar(&c.benchtime, "benchtime", "300ms", "-benchtime for the Go benchmarks")
	flag.StringVar(&c.only, "only", "", "measure only these browser figures: comma-separated edit, open, hostile (hostile documents opened; only when named), start (with the download and wasm rows), registers, memory")
	flag.StringVar(&c.profile, "profile", "", "write a CPU profile of the typing into the 20x document to this file, and log its top functions")
	flag.StringVar(&c.openProf, "profile-open", "", "write a CPU profile of the first open of the 20x document to this file, and log its top functions")
	flag.StringVar(&c.constructs, "constructs", "", "with -only hostile: open only these hostile constructs (comma-separated names of internal/adversarial); with -profile-open, each opening is profiled into FILE-NAME-SIZE.json")
	flag.Parse()

	if c.prepare != "" {
		if err := prepare(c.repo, c.prepare, c.markdownIt); err != nil {
			log.Fatal(err)
		}
		return
	}
	t, err := run(c)
	if t != nil {
		text := t.String()
		fmt.Print(text)
		if c.out != "" {
			if werr := os.WriteFile(c.out, []byte(text), 0o644); werr != nil {
				log.Print(werr)
			}
		}
	}
	if err != nil {
		log.Fatal(err)
	}
}

// run takes every measurement and returns the table. A figure that cannot
// be measured becomes a row saying why; only a broken set-up is an error.
func run(c config) (*table, error) {
	began := time.Now()
	m, err := describeMachine()
	if err != nil {
		return nil, err
	}
	t := &table{machine: m}
	if c.browser {
		if err := browserFigures(c, t); err != nil {
			return t, err
		}
	}
	if c.goBench {
		log.Print("Go benchmarks")
		if err := goFigures(c, t); err != nil {
			return t, err
		}
	}
	if c.hostile {
		log.Print("hostile input")
		if err := adversarialFigures(c, t); err != nil {
			return t, err
		}
	}
	t.took = time.Since(began)
	t.machine.loadEnd = loadAverage()
	return t, nil
}
