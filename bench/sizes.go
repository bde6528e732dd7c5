package main

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cpansec/minutes/internal/site"
)

// Decap CMS's main bundle, brotli, as issue 5 quotes it (not measured here).
const decapBrotli = 1.1e6

// asset is one file a first visit downloads.
type asset struct {
	path              string
	raw, gzip, brotli int64
	sent              int64 // body bytes the server sent for it, all requests
	requests          int
	encodings         []string
}

// sizeFigures adds a row per asset a first visit of the editor downloaded
// (the page's own requests and its service worker's caching), with raw,
// gzip and brotli sizes made as `./build.sh dist` makes them (internal/site), and the
// totals against the 1.0 MB target.
func sizeFigures(site string, firstVisit []served, t *table) {
	const target = "≤ 1.0 MB brotli in all"
	if len(firstVisit) == 0 {
		t.fail("Download size", target, fmt.Errorf("no first visit recorded"))
		return
	}
	byPath := map[string]*asset{}
	var order []string
	for _, s := range firstVisit {
		a := byPath[s.path]
		if a == nil {
			a = &asset{path: s.path}
			byPath[s.path] = a
			order = append(order, s.path)
		}
		a.requests++
		a.sent += s.bytes
		enc := s.encoding
		if enc == "" {
			enc = "identity"
		}
		a.encodings = append(a.encodings, enc)
	}
	sort.Slice(order, func(i, j int) bool { return order[i] < order[j] })
	var total asset
	for _, p := range order {
		a := byPath[p]
		if err := a.measure(site); err != nil {
			t.fail("Download size: "+p, "", err)
			continue
		}
		note := ""
		if a.requests > 1 {
			note = fmt.Sprintf(", fetched %d times (%s), %s sent", a.requests, strings.Join(a.encodings, ", "), size(a.sent))
		}
		t.add(row{
			figure:   "Download: " + p,
			measured: fmt.Sprintf("%s raw, %s gzip, %s brotli%s", size(a.raw), size(a.gzip), size(a.brotli), note),
		})
		total.raw += a.raw
		total.gzip += a.gzip
		total.brotli += a.brotli
		total.sent += a.sent
	}
	t.add(row{
		figure:   fmt.Sprintf("Download: everything a first visit fetches (%d files), brotli", len(order)),
		measured: fmt.Sprintf("%s (raw %s, gzip %s)", size(total.brotli), size(total.raw), size(total.gzip)),
		target:   target, baseline: size(decapBrotli) + " (Decap CMS bundle, per issue 5)",
		ratio: ratio(float64(total.brotli), 1e6), verdict: check(total.brotli <= 1e6),
	})
	t.add(row{
		figure:   "Download: bytes the server sent on a first visit (page + service worker)",
		measured: size(total.sent),
	})
}

// measure fills in the sizes of a's file in site: the precompressed
// NAME.br and NAME.gz that prepare wrote, else what internal/site makes.
func (a *asset) measure(dir string) error {
	sizes, err := site.FileSizes(filepath.Join(dir, filepath.FromSlash(a.path)))
	if err != nil {
		return err
	}
	a.raw, a.gzip, a.brotli = int64(sizes.Raw), int64(sizes.Gzip), int64(sizes.Brotli)
	return nil
}
