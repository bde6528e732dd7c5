package main

import (
	"fmt"
	"log"
	"time"

	"github.com/chromedp/chromedp"
)

// registersRuns is how many times the registers of the corpus are built.
const registersRuns = 3

// registersFigures builds the registers of every corpus file (177
// versions, read as a history) in the Registers dialog and reports the
// longest main-thread task from the files chosen to the view shown: the
// page reads the history in slices and yields between them (issue 15).
func registersFigures(c config, b *browser, t *table) {
	const figure, target = "Registers of the corpus's history → longest main-thread task", "≤ 200 ms (issue 15)"
	files, err := corpusFiles(c.corpus)
	if err != nil {
		t.fail(figure, target, err)
		return
	}
	var longest, took []float64
	for i := 0; i < registersRuns && err == nil; i++ {
		var l, d float64
		l, d, err = registersOnce(b, files)
		longest, took = append(longest, l), append(took, d)
	}
	if err != nil {
		t.fail(figure, target, err)
		return
	}
	worst := percentile(longest, 100)
	log.Printf("registers: longest tasks %v ms, built in %v ms", longest, took)
	t.add(row{figure: fmt.Sprintf("%s, %d files (%d runs)", figure, len(files), registersRuns),
		measured: fmt.Sprintf("%s median, %s max; built in %s", ms(median(longest)), ms(worst), ms(median(took))),
		target:   target, ratio: ratio(worst, 200), verdict: check(worst <= 200)})
}

// registersOnce builds the registers of files in a new tab (nothing kept
// from before) and returns the longest task and the time taken, in ms.
func registersOnce(b *browser, files []string) (longest, took float64, err error) {
	tb, err := b.newTab(5 * time.Minute)
	if err != nil {
		return 0, 0, err
	}
	defer tb.close()
	if err := tb.openPage(benchPage); err != nil {
		return 0, 0, err
	}
	if err := tb.eval(`(() => { localStorage.removeItem("minutes:registers"); window.__reg = {longest: 0};
		new PerformanceObserver(l => l.getEntries().forEach(e => { if (window.__reg.from && e.startTime >= window.__reg.from) window.__reg.longest = Math.max(window.__reg.longest, e.duration) }))
			.observe({type: "longtask"});
		document.getElementById("registers-files").addEventListener("change", () => window.__reg.from = performance.now(), {capture: true});
		return true })()`, nil); err != nil {
		return 0, 0, err
	}
	if err := tb.run(chromedp.Click(`#act-registers`, chromedp.ByQuery), chromedp.WaitVisible(`#registers-dialog`, chromedp.ByQuery),
		chromedp.SetUploadFiles(`#registers-files`, files, chromedp.ByQuery),
		chromedp.WaitVisible(`#registers-kept`, chromedp.ByQuery)); err != nil {
		return 0, 0, fmt.Errorf("the registers were not built: %w%s", err, tb.exceptions())
	}
	var r struct{ Longest, Took float64 }
	err = tb.eval(`({longest: window.__reg.longest, took: performance.now() - window.__reg.from})`, &r)
	return r.Longest, r.Took, err
}
