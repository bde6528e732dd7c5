package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/editor"
)

// How many markdown-it renders and file opens the figures take.
const (
	markdownItRuns = 40
	opensPerDoc    = 5
)

// browserFigures takes every browser measurement, in the order of issue 5.
func browserFigures(c config, t *table) error {
	docs, other, tmp, err := benchDocs(c.corpus)
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	log.Print("starting Chromium")
	b, err := startBrowser(c.site)
	if err != nil {
		return err
	}
	defer b.cancel()

	if c.wants("edit") {
		log.Print("edit → preview")
		editFigures(c, b, t, docs[:2])
	}
	if c.wants("open") {
		log.Print("open a file")
		openFigures(c, b, t, docs, other, tmp)
	}
	if c.wants("hostile") {
		log.Print("open hostile documents")
		hostileOpenFigures(c, b, t, tmp)
	}
	if c.wants("start") {
		log.Print("start (first visits of the editor and of hello world)")
		firstVisit := startFigures(c, b, t)
		sizeFigures(c.site, firstVisit, t)
		log.Print("wasm breakdown")
		wasmFigures(c.repo, t)
	}
	if c.wants("registers") {
		log.Print("registers of the corpus")
		registersFigures(c, b, t)
	}
	if c.wants("memory") {
		log.Print("memory over the corpus")
		memoryFigures(c, b, t)
	}
	return nil
}

// benchDocs returns the largest real minutes, its body repeated 20 times
// and as many times as the editor opens (written to a temporary
// directory), and another real file to open between two opens of them, so
// that each open changes the page.
func benchDocs(corpus string) (docs []benchDoc, other benchDoc, tmp string, err error) {
	files, err := corpusFiles(corpus)
	if err != nil {
		return nil, other, "", err
	}
	var largest benchDoc
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, other, "", err
		}
		if len(data) > len(largest.text) {
			largest = benchDoc{label: "1x", path: f, text: string(data)}
		}
		if strings.HasPrefix(filepath.Base(f), "cpansec-minutes-2024-02") && other.path == "" {
			other = benchDoc{label: "other", path: f, text: string(data)}
		}
	}
	if other.path == "" {
		other = benchDoc{label: "other", path: files[0]}
	}
	d, err := core.Parse([]byte(largest.text))
	if err != nil {
		return nil, other, "", fmt.Errorf("%s: %w", largest.path, err)
	}
	tmp, err = os.MkdirTemp("", "bench-docs")
	if err != nil {
		return nil, other, "", err
	}
	big := benchDoc{label: "20x", text: string(repeatBody([]byte(largest.text), d.BodyStart, 20))}
	base := strings.TrimSuffix(filepath.Base(largest.path), ".md")
	if big.path, err = big.copyAs(tmp, base+"-20x.md"); err != nil {
		return nil, other, tmp, err
	}
	// The largest document the editor opens (wasm.MaxOpenSize), for the
	// open figures only: how long the page can be busy.
	body := len(largest.text) - d.BodyStart
	capped := benchDoc{label: "size cap", text: string(repeatBody([]byte(largest.text), d.BodyStart, (editor.MaxOpenSize-d.BodyStart)/body))}
	if capped.path, err = capped.copyAs(tmp, base+"-cap.md"); err != nil {
		return nil, other, tmp, err
	}
	return []benchDoc{largest, big, capped}, other, tmp, nil
}

// corpusFiles lists the real minutes, sorted.
func corpusFiles(corpus string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(corpus, "*.md"))
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no minutes in %s: the corpus is missing", corpus)
	}
	sort.Strings(files)
	return files, nil
}

// typed is what harness.js's type reports.
type typed struct {
	Times    []float64 `json:"times"`
	Missed   int       `json:"missed"`
	Replaced int       `json:"replaced"`
	Inputs   int       `json:"inputs"`
	Target   string    `json:"target"`
	// Calls are the Go→JS calls (wasm_exec.js imports) of all the
	// keystrokes, by import name.
	Calls map[string]int `json:"calls"`
}

// perKey returns the Go→JS calls per keystroke and the names of the most
// frequent imports with theirs ("valueGet 12.5").
func (ty typed) perKey(keys int) (float64, string) {
	type n struct {
		name  string
		calls int
	}
	var all []n
	total := 0
	for name, c := range ty.Calls {
		total += c
		if c > 0 {
			all = append(all, n{strings.TrimPrefix(name, "syscall/js."), c})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		return all[i].calls > all[j].calls || all[i].calls == all[j].calls && all[i].name < all[j].name
	})
	var top []string
	for i, x := range all {
		if i == 6 {
			break
		}
		top = append(top, fmt.Sprintf("%s %.1f", x.name, float64(x.calls)/float64(keys)))
	}
	return float64(total) / float64(keys), strings.Join(top, ", ")
}

// rendered is what harness.js's markdownIt reports.
type rendered struct {
	Render []float64 `json:"render"`
	DOM    []float64 `json:"dom"`
}

// editFigures opens each document, times markdown-it on it in the same
// page, then types into the middle item of the form.
func editFigures(c config, b *browser, t *table, docs []benchDoc) {
	tb, err := b.newTab(5 * time.Minute)
	if err == nil {
		defer tb.close()
		err = tb.openPage(benchPage)
	}
	if err != nil {
		t.fail("Edit → preview updated", "≤ markdown-it", err)
		return
	}
	for _, d := range docs {
		figure := fmt.Sprintf("Edit → preview updated, %s (%s)", d.label, size(int64(len(d.text))))
		if err := editDoc(c, tb, t, d, figure); err != nil {
			t.fail(figure, "≤ markdown-it", err)
		}
	}
}

func editDoc(c config, tb *tab, t *table, d benchDoc, figure string) error {
	if _, err := tb.openFile(d.path, c.formSel, 200, true); err != nil {
		return err
	}
	if err := tb.settle(time.Second); err != nil {
		return err
	}
	// The open is complete when the page is idle (harness.js's idle: the
	// form's later parts, lint and autosave are done); type waits for that
	// again before its first keystroke.
	var idle bool
	if err := tb.eval("__bench.idle()", &idle); err != nil {
		return err
	}
	var md rendered
	if err := tb.eval(fmt.Sprintf("__bench.markdownIt(%s, %d)", jsValue(d.text), markdownItRuns), &md); err != nil {
		return err
	}
	var ty typed
	typeKeys := func() error {
		return tb.eval(fmt.Sprintf("__bench.type(%s, %d)", jsValue(c.itemSel), c.keys), &ty)
	}
	var err error
	if c.profile != "" && d.label == "20x" {
		err = tb.profiled(c.profile, typeKeys)
	} else {
		err = typeKeys()
	}
	if err != nil {
		return err
	}
	log.Printf("%s: typed into %s; %d keystrokes timed, %d missed; p50 %s, p75 %s, p90 %s, p95 %s, p99 %s, max %s",
		d.label, ty.Target, len(ty.Times), ty.Missed, ms(median(ty.Times)), ms(percentile(ty.Times, 75)),
		ms(percentile(ty.Times, 90)), ms(percentile(ty.Times, 95)), ms(percentile(ty.Times, 99)), ms(percentile(ty.Times, 100)))
	if len(ty.Times) == 0 {
		return fmt.Errorf("no keystroke changed the preview (%d typed into %s)", c.keys, ty.Target)
	}
	med, p95, mdit := median(ty.Times), percentile(ty.Times, 95), median(md.Render)
	note := ""
	if ty.Missed > 0 {
		note = fmt.Sprintf("; %d of %d keystrokes changed nothing within 2 s", ty.Missed, c.keys)
	}
	t.add(row{
		figure:   fmt.Sprintf("%s: median of %d keystrokes", figure, len(ty.Times)),
		measured: ms(med) + note, target: "≤ markdown-it", baseline: ms(mdit) + " (markdown-it render)",
		ratio: ratio(med, mdit), verdict: check(med <= mdit && ty.Missed == 0),
	})
	p95Row := row{figure: figure + ": p95", measured: ms(p95), baseline: ms(percentile(md.Render, 95)) + " (markdown-it p95)"}
	if d.label == "20x" {
		p95Row.target, p95Row.ratio, p95Row.verdict = "< 16 ms", ratio(p95, 16), check(p95 < 16)
	}
	t.add(p95Row)
	calls, top := ty.perKey(c.keys)
	t.add(row{
		figure:   figure + ": Go→JS calls per keystroke (wasm_exec.js imports, deferred work included)",
		measured: fmt.Sprintf("%.0f (%s)", calls, top),
		target:   "< 50", ratio: ratio(calls, 50), verdict: check(calls < 50),
	})
	t.add(row{
		figure:   figure + ": markdown-it render + innerHTML (what an editor replacing its preview pays)",
		measured: ms(median(md.DOM)),
	})
	return nil
}

// openFigures opens each document several times through the file input,
// each time after another real file, and times change → form and preview
// shown.
func openFigures(c config, b *browser, t *table, docs []benchDoc, other benchDoc, tmp string) {
	const target = "< 50 ms (1x)"
	tb, err := b.newTab(5 * time.Minute)
	if err == nil {
		defer tb.close()
		err = tb.openPage(benchPage)
	}
	if err != nil {
		t.fail("Open a file → form and preview shown", target, err)
		return
	}
	for _, d := range docs {
		figure := fmt.Sprintf("Open a file → form and preview shown, %s (median of %d)", d.label, opensPerDoc)
		shown, complete, longest, err := openTimes(c, tb, d, other, tmp)
		if err != nil {
			t.fail(figure, target, err)
			continue
		}
		log.Printf("open %s: shown %v ms, complete %v ms", d.label, shown, complete)
		r := row{figure: figure, measured: fmt.Sprintf("%s (max %s)", ms(median(shown)), ms(percentile(shown, 100)))}
		if d.label == "1x" {
			r.target, r.ratio, r.verdict = "< 50 ms", ratio(median(shown), 50), check(median(shown) < 50)
		}
		t.add(r)
		if median(complete)-median(shown) >= 1 {
			t.add(row{
				figure:   fmt.Sprintf("Open a file → form and preview complete (last change), %s", d.label),
				measured: fmt.Sprintf("%s (max %s)", ms(median(complete)), ms(percentile(complete, 100))),
			})
		}
		worst := percentile(longest, 100)
		t.add(row{
			figure:   fmt.Sprintf("Open a file → longest main-thread task (layout included), %s (%s)", d.label, size(int64(len(d.text)))),
			measured: fmt.Sprintf("%s median, %s max", ms(median(longest)), ms(worst)),
			target:   "≤ 200 ms (issue 6)", ratio: ratio(worst, 200), verdict: check(worst <= 200),
		})
	}
}

func openTimes(c config, tb *tab, d, other benchDoc, tmp string) (shown, complete, longest []float64, err error) {
	for i := 0; i < opensPerDoc; i++ {
		o, err := other.copyAs(tmp, fmt.Sprintf("other-%s-%d.md", strings.ReplaceAll(d.label, " ", "-"), i))
		if err != nil {
			return nil, nil, nil, err
		}
		if _, err := tb.openFile(o, c.formSel, 200, false); err != nil {
			return nil, nil, nil, err
		}
		p, err := d.copyAs(tmp, fmt.Sprintf("open-%s-%d.md", strings.ReplaceAll(d.label, " ", "-"), i))
		if err != nil {
			return nil, nil, nil, err
		}
		var res opened
		open := func() error {
			res, err = tb.openFile(p, c.formSel, 200, true)
			return err
		}
		if i == 0 && c.openProf != "" && d.label == "20x" {
			err = tb.profiled(c.openProf, open)
		} else {
			err = open()
		}
		if err != nil {
			return nil, nil, nil, err
		}
		first, last, err := res.shown()
		if err != nil {
			return nil, nil, nil, err
		}
		log.Printf("open %s: tasks over 50 ms %v", d.label, res.Tasks)
		shown, complete, longest = append(shown, first), append(complete, last), append(longest, res.Longest)
	}
	return shown, complete, longest, nil
}

// memoryFigures opens every corpus file in turn and follows the wasm
// memory and the JavaScript values the Go program holds.
func memoryFigures(c config, b *browser, t *table) {
	const target = "< 64 MB, flat tail"
	files, err := corpusFiles(c.corpus)
	if err != nil {
		t.fail("Memory", target, err)
		return
	}
	tb, err := b.newTab(10 * time.Minute)
	if err == nil {
		defer tb.close()
		err = tb.openPage(memoryPage)
	}
	if err != nil {
		t.fail("Memory", target, err)
		return
	}
	start, err := tb.memory()
	if err != nil {
		t.fail("Memory", target, err)
		return
	}
	series := []memory{start}
	var opens []string
	for range max(c.passes, 1) {
		opens = append(opens, files...)
	}
	for _, f := range opens {
		o, err := tb.openFile(f, c.formSel, 50, false)
		if err != nil {
			t.fail(fmt.Sprintf("Memory (stopped after %d files)", len(series)-1), target, err)
			return
		}
		m, err := tb.memory()
		if err != nil {
			t.fail("Memory", target, err)
			return
		}
		if o.Change != nil && o.Message != nil {
			m.OpenMS = *o.Message - *o.Change
		}
		series = append(series, m)
		if len(series)%50 == 0 {
			log.Printf("memory: %d files opened, wasm memory %s, heap %s", len(series)-1, size(m.Linear), size(m.Heap))
		}
	}
	if err := tb.settle(2 * time.Second); err == nil {
		if m, err := tb.memory(); err == nil {
			series = append(series, m)
		}
	}
	memoryRows(t, series, len(opens))
}

// memoryRows reports the series at a few points and whether its second
// half is flat.
func memoryRows(t *table, series []memory, files int) {
	points := []int{0, 1, files / 4, files / 2, 3 * files / 4, files, len(series) - 1}
	seriesOf := func(f func(memory) string) string {
		var out []string
		for _, i := range points {
			label := strconv.Itoa(i)
			if i > files {
				label = "idle 2 s"
			}
			out = append(out, label+": "+f(series[i]))
		}
		return strings.Join(out, ", ")
	}
	var peak int64
	for _, m := range series {
		peak = max(peak, m.Linear)
	}
	t.add(row{
		figure:   fmt.Sprintf("Memory: wasm memory while opening %d corpus files one after another (files opened: size)", files),
		measured: seriesOf(func(m memory) string { return size(m.Linear) }),
		target:   "< 64 MB", ratio: ratio(float64(peak), 64e6), verdict: check(peak < 64e6),
	})
	last := series[len(series)-1]
	tail := series[files/2 : files+1]
	linearSlope := slope(tail, func(m memory) float64 { return float64(m.Linear) })
	t.add(row{
		figure:   "Memory: wasm memory growth over the second half of the files (least-squares slope)",
		measured: fmt.Sprintf("%+.1f kB per file opened", linearSlope/1e3),
		target:   "flat (< 1 kB per file)", verdict: check(linearSlope < 1e3),
	})
	if last.Heap < 0 {
		t.add(row{figure: "Memory: live Go heap", measured: "not measured: " + benchWasm + " lacks the hook (wasm/benchhook.go, -tags bench)", verdict: "MISS"})
		return
	}
	heapSlope := slope(tail, func(m memory) float64 { return float64(m.Heap) })
	t.add(row{
		figure:   "Memory: live Go heap after a collection / heap held (same points; slope of the live heap over the second half)",
		measured: fmt.Sprintf("%s; %+.1f kB per file", seriesOf(func(m memory) string { return size(m.Heap) + " / " + size(m.HeapSys) }), heapSlope/1e3),
		target:   "flat (< 1 kB per file)", verdict: check(heapSlope < 1e3),
	})
	first, end := perOpen(series[:min(11, files+1)]), perOpen(series[max(files-10, 0):files+1])
	t.add(row{
		figure:   "Memory: per open, Go bytes allocated and change → “Opened” message, files 1–10 vs the last 10",
		measured: fmt.Sprintf("%s, %s vs %s, %s", size(first.alloc), ms(first.ms), size(end.alloc), ms(end.ms)),
	})
	t.add(row{
		figure:   "Memory: js.Func not released / JS values referenced by Go (same points)",
		measured: seriesOf(func(m memory) string { return fmt.Sprintf("%d / %d", m.Funcs, m.JSValues) }),
		target:   "flat once idle", verdict: check(last.Funcs <= series[1].Funcs && last.JSValues <= series[1].JSValues),
	})
	t.add(row{figure: "Memory: drafts in localStorage at the end", measured: strconv.Itoa(last.Drafts)})
}

// slope is the least-squares slope of f over the series, per step.
func slope(series []memory, f func(memory) float64) float64 {
	n := float64(len(series))
	var sx, sy, sxx, sxy float64
	for i, m := range series {
		x, y := float64(i), f(m)
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	if d := n*sxx - sx*sx; d != 0 {
		return (n*sxy - sx*sy) / d
	}
	return 0
}

// opening is the median cost of one open over a run of the series.
type opening struct {
	alloc int64
	ms    float64
}

// perOpen returns the median bytes allocated per open (the difference of
// successive totals) and the median open time over run, whose first point
// is also the last point before the run.
func perOpen(run []memory) opening {
	var allocs, times []float64
	for i := 1; i < len(run); i++ {
		allocs = append(allocs, float64(run[i].Allocated-run[i-1].Allocated))
		times = append(times, run[i].OpenMS)
	}
	return opening{alloc: int64(median(allocs)), ms: median(times)}
}
