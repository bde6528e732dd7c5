package site

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// The placeholders of the templates. The loader's attributes name the
// wasm and give its size (for the progress bar); the service worker's
// version names its cache.
const (
	wasmAttr     = `data-wasm="web/app.wasm"`
	wasmSizeAttr = `data-wasm-size="0"`
	versionMark  = "var VERSION = '__VERSION__';"
	assetsMark   = "var ASSETS = __ASSETS__;"
)

// shortHash is the first 12 hex digits of data's SHA-256: enough to tell
// builds apart, short enough for a file name.
func shortHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])[:12]
}

// stampIndex names the hashed wasm and its size in the page.
func stampIndex(index []byte, wasm string, size int) ([]byte, error) {
	for _, mark := range []string{wasmAttr, wasmSizeAttr} {
		if bytes.Count(index, []byte(mark)) != 1 {
			return nil, fmt.Errorf("%s: want %s once, in the loader's script tag", indexTemplate, mark)
		}
	}
	index = bytes.Replace(index, []byte(wasmAttr), []byte(`data-wasm="`+wasm+`"`), 1)
	return bytes.Replace(index, []byte(wasmSizeAttr), []byte(`data-wasm-size="`+strconv.Itoa(size)+`"`), 1), nil
}

// cached returns what the service worker precaches — the page's root and
// every file of the site but _headers (a host's, never fetched) and the
// PNG icons (27 KB of a first visit, which only an install or a touch icon
// asks for, online; the page shows the SVG icon) — and the version: a hash
// of every file's name and content (the icons too) and of the worker's own
// template, so that a deployment changing any byte the site serves or the
// worker does ships a new version (see the comment at the top of web/sw.js
// for why).
func cached(files map[string][]byte, sw []byte) (assets []string, version string) {
	var hashed []string
	for name := range files {
		if name == "_headers" {
			continue
		}
		hashed = append(hashed, name)
		if !strings.HasSuffix(name, ".png") {
			assets = append(assets, name)
		}
	}
	sort.Strings(assets)
	sort.Strings(hashed)
	h := sha256.New()
	for _, name := range hashed {
		sum := sha256.Sum256(files[name])
		fmt.Fprintf(h, "%x  %s\n", sum, name)
	}
	sum := sha256.Sum256(sw)
	fmt.Fprintf(h, "%x  %s\n", sum, swTemplate)
	return append([]string{"./"}, assets...), hex.EncodeToString(h.Sum(nil))[:12]
}

// stampWorker writes the version and the asset list into the worker.
func stampWorker(sw []byte, version string, assets []string) ([]byte, error) {
	for _, mark := range []string{versionMark, assetsMark} {
		if bytes.Count(sw, []byte(mark)) != 1 {
			return nil, fmt.Errorf("%s: want %s once", swTemplate, mark)
		}
	}
	list, err := json.Marshal(assets)
	if err != nil {
		return nil, err
	}
	sw = bytes.Replace(sw, []byte(versionMark), []byte("var VERSION = '"+version+"';"), 1)
	return bytes.Replace(sw, []byte(assetsMark), []byte("var ASSETS = "+string(list)+";"), 1), nil
}
