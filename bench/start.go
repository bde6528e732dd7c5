package main

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// startProbe runs before any script of a new document (it is added over the
// DevTools protocol, so the page's policy does not apply to it): it notes
// when the wasm is compiled and instantiated (WebAssembly's promise
// resolves; the Go program then starts in the same task) and when <html
// data-state> becomes ready or error, in ms since navigation start.
const startProbe = `(function () {
	var s = window.__benchStart = {instantiated: -1};
	["instantiateStreaming", "instantiate"].forEach(function (name) {
		var real = WebAssembly[name];
		WebAssembly[name] = function () {
			return real.apply(WebAssembly, arguments).then(function (result) {
				s.instantiated = performance.now();
				return result;
			});
		};
	});
	s.done = new Promise(function (resolve) {
		new MutationObserver(function (records, mo) {
			var st = document.documentElement && document.documentElement.getAttribute("data-state");
			if (st === "ready" || st === "error") {
				s.state = st;
				s.ready = performance.now();
				mo.disconnect();
				resolve();
			}
		}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-state"]});
	});
})();`

// startReport reads the probe and the page's own timings once ready.
// The paint entry is reported once the frame is presented, which can come
// after ready on a fast load: wait for it up to 2 s.
const startReport = `window.__benchStart.done.then(() => new Promise(resolve => {
	const found = () => performance.getEntriesByName("first-contentful-paint")[0];
	if (found()) {
		return resolve(found());
	}
	const po = new PerformanceObserver(() => { if (found()) { po.disconnect(); resolve(found()); } });
	po.observe({type: "paint", buffered: true});
	setTimeout(() => { po.disconnect(); resolve(found()); }, 2000);
})).then(fcp => {
	const wasm = performance.getEntriesByType("resource").find(e => e.name.endsWith(".wasm"));
	return {state: window.__benchStart.state, ready: window.__benchStart.ready, instantiated: window.__benchStart.instantiated,
		fcp: fcp ? fcp.startTime : -1, wasmEnd: wasm ? wasm.responseEnd : -1};
})`

// startRun is one page load.
type startRun struct {
	State   string  `json:"state"`
	Ready   float64 `json:"ready"`   // navigation start → data-state="ready"
	FCP     float64 `json:"fcp"`     // first contentful paint
	WasmEnd float64 `json:"wasmEnd"` // the wasm's last byte received
	// WebAssembly's promise resolved: the wasm compiled and instantiated.
	Instantiated float64 `json:"instantiated"`
}

// loadOnce loads page on a first visit (new origin, empty HTTP cache)
// and returns its timings and, when keep is set, what the server sent,
// after waiting for the service worker to finish caching the site.
func loadOnce(b *browser, pageName string, keep bool) (startRun, []served, error) {
	var r startRun
	t, err := b.newTab(60 * time.Second)
	if err != nil {
		return r, nil, err
	}
	defer t.close()
	err = t.run(network.ClearBrowserCache(), chromedp.ActionFunc(func(ctx context.Context) error {
		_, err := page.AddScriptToEvaluateOnNewDocument(startProbe).Do(ctx)
		return err
	}), chromedp.Navigate(t.url+"/"+pageName))
	if err != nil {
		return r, nil, err
	}
	if err := t.eval(startReport, &r); err != nil {
		return r, nil, err
	}
	if r.State != "ready" {
		return r, nil, fmt.Errorf("%s ended in data-state=%q%s", pageName, r.State, t.exceptions())
	}
	if !keep {
		return r, nil, nil
	}
	var ok bool
	if err := t.eval(`navigator.serviceWorker.ready.then(() => true)`, &ok); err != nil {
		return r, nil, err
	}
	return r, t.server.responses(), nil
}

// startFigures loads the editor and the hello-world program alternately on
// first visits and adds the start rows; it returns what a first visit of
// the editor downloads, for the size rows.
func startFigures(c config, b *browser, t *table) []served {
	const figure = "Start: navigation → ready, editor vs hello-world Go wasm (median of %d first visits)"
	var page, hello []startRun
	var firstVisit []served
	for i := 0; i < c.starts; i++ {
		h, _, err := loadOnce(b, helloPage, false)
		if err != nil {
			t.fail("Start", "≤ 1.5x hello world", err)
			return firstVisit
		}
		p, sent, err := loadOnce(b, "", i == 0)
		if err != nil {
			t.fail("Start", "≤ 1.5x hello world", err)
			return firstVisit
		}
		if i == 0 {
			firstVisit = sent
		}
		hello, page = append(hello, h), append(page, p)
	}
	readyOf := func(runs []startRun) (ready, fcp, wasm, inst []float64) {
		for _, r := range runs {
			ready, fcp, wasm, inst = append(ready, r.Ready), append(fcp, r.FCP), append(wasm, r.WasmEnd), append(inst, r.Instantiated)
		}
		return
	}
	pr, pf, pw, pi := readyOf(page)
	hr, _, hw, hi := readyOf(hello)
	log.Printf("start: editor %v ms, hello %v ms", pr, hr)
	pm, hm := median(pr), median(hr)
	t.add(row{
		figure:   fmt.Sprintf(figure, c.starts),
		measured: ms(pm), target: "≤ 1.5x hello world", baseline: ms(hm) + " (hello world)",
		ratio: ratio(pm, hm), verdict: check(pm <= 1.5*hm),
	})
	t.add(row{
		figure: "Start: where the time goes, editor (hello world): wasm received → compiled → ready",
		measured: fmt.Sprintf("%s → %s → %s (%s → %s → %s)",
			ms(median(pw)), ms(median(pi)), ms(pm), ms(median(hw)), ms(median(hi)), ms(hm)),
	})
	fcp, wasm := median(pf), median(pw)
	first := 0
	for _, r := range page {
		log.Printf("start: editor painted at %s, wasm received at %s, ready at %s", ms(r.FCP), ms(r.WasmEnd), ms(r.Ready))
		if r.FCP >= 0 && r.FCP < r.WasmEnd && r.FCP < r.Ready {
			first++
		}
	}
	t.add(row{
		figure:   "Start: shell painted before the wasm arrives (median first contentful paint)",
		measured: ms(fcp) + fmt.Sprintf(" (wasm received %s, ready %s); first in %d of %d loads", ms(wasm), ms(pm), first, len(page)),
		target:   "paint < wasm received, every load", verdict: check(first == len(page)),
	})
	return firstVisit
}
