// Package chromium finds the headless browser that the end-to-end tests,
// the benchmark and build.sh's wasm tests use, and gives chromedp the
// options they share. It is the one place that knows the browser's names.
package chromium

import (
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// names are the commands Debian, Ubuntu and Google name the browser.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// ErrMissing says that no browser was found, and how to get one.
var ErrMissing = errors.New("no Chromium found: install the Debian package chromium, or set MINUTES_CHROMIUM to the browser's path")

// Find returns the browser's path: $MINUTES_CHROMIUM when set, else the
// first of chromium, chromium-browser, google-chrome, google-chrome-stable
// on $PATH.
func Find() (string, error) {
	if p := os.Getenv("MINUTES_CHROMIUM"); p != "" {
		return exec.LookPath(p)
	}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrMissing
}

// Options are the allocator options for a headless browser at path: the
// defaults (headless, no first-run prompts, no background requests;
// chromedp adds --no-sandbox when run as root), no GPU, no component
// updates that would add noise to the network and the timings, and a
// desktop window size so the page lays out as it does for most scribes.
func Options(path string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.DisableGPU,
		chromedp.Flag("disable-component-update", true),
		chromedp.WindowSize(1280, 900),
	)
}
