package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/cpansec/minutes/core"
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
		editFigures(c, b, t, docs)
	}
	if c.wants("open") {
		log.Print("open a file")
		openFigures(c, b, t, docs, other, tmp)
	}
	if c.wants("start") {
		log.Print("start (first visits of the editor and of hello world)")
		firstVisit := startFigures(c, b, t)
		sizeFigures(c.site, firstVisit, t)
		log.Print("wasm breakdown")
		wasmFigures(c.repo, t)
	}
	if c.wants("memory") {
		log.Print("memory over the corpus")
		memoryFigures(c, b, t)
	}
	return nil
}

// benchDocs returns the largest real minutes and its body repeated 20
// times (written to a temporary directory), and another real file to open
// between two opens of them, so that each open changes the page.
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
	return []benchDoc{largest, big}, other, tmp, nil
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
}

// rendered is what harness.js's markdownIt reports.
type rendered struct {
	Render []float64 `json:"render"`
	DOM    []float64 `json:"dom"`
}

// editFigures opens each document, times markdown-it on it in the same
// page, then types into the middle item of the form.
func editFigures(c config, b *browser, t *table, docs []benchDoc) {
	tb, err := b.newTab(5*time.Minute)
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
	var md rendered
	if err := tb.eval(fmt.Sprintf("__bench.markdownIt(%s, %d)", jsValue(d.text), markdownItRuns), &md); err != nil {
		return err
	}
	var ty typed
	if err := tb.eval(fmt.Sprintf("__bench.type(%s, %d)", jsValue(c.itemSel), c.keys), &ty); err != nil {
		return err
	}
	log.Printf("%s: typed into %s; %d keystrokes timed, %d missed", d.label, ty.Target, len(ty.Times), ty.Missed)
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
	tb, err := b.newTab(5*time.Minute)
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
		times, err := openTimes(c, tb, d, other, tmp)
		if err != nil {
			t.fail(figure, target, err)
			continue
		}
		log.Printf("open %s: %v ms", d.label, times)
		r := row{figure: figure, measured: fmt.Sprintf("%s (max %s)", ms(median(times)), ms(percentile(times, 100)))}
		if d.label == "1x" {
			r.target, r.ratio, r.verdict = "< 50 ms", ratio(median(times), 50), check(median(times) < 50)
		}
		t.add(r)
	}
}

func openTimes(c config, tb *tab, d, other benchDoc, tmp string) ([]float64, error) {
	var times []float64
	for i := 0; i < opensPerDoc; i++ {
		o, err := other.copyAs(tmp, fmt.Sprintf("other-%s-%d.md", d.label, i))
		if err != nil {
			return nil, err
		}
		if _, err := tb.openFile(o, c.formSel, 200, false); err != nil {
			return nil, err
		}
		p, err := d.copyAs(tmp, fmt.Sprintf("open-%s-%d.md", d.label, i))
		if err != nil {
			return nil, err
		}
		res, err := tb.openFile(p, c.formSel, 200, true)
		if err != nil {
			return nil, err
		}
		shown, err := res.shown()
		if err != nil {
			return nil, err
		}
		times = append(times, shown)
	}
	return times, nil
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
	tb, err := b.newTab(10*time.Minute)
	if err == nil {
		defer tb.close()
		err = tb.openPage(benchPage)
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
	for _, f := range files {
		if _, err := tb.openFile(f, c.formSel, 50, false); err != nil {
			t.fail(fmt.Sprintf("Memory (stopped after %d files)", len(series)-1), target, err)
			return
		}
		m, err := tb.memory()
		if err != nil {
			t.fail("Memory", target, err)
			return
		}
		series = append(series, m)
	}
	if err := tb.settle(2 * time.Second); err == nil {
		if m, err := tb.memory(); err == nil {
			series = append(series, m)
		}
	}
	memoryRows(t, series, len(files))
}

// memoryRows reports the series at a few points and whether its last half
// is flat.
func memoryRows(t *table, series []memory, files int) {
	var points, values []string
	for _, i := range []int{0, 1, files / 4, files / 2, 3 * files / 4, files, len(series) - 1} {
		m := series[i]
		label := fmt.Sprintf("%d", i)
		if i == len(series)-1 && i > files {
			label = "idle"
		}
		points = append(points, fmt.Sprintf("%s: %s", label, size(m.Linear)))
		values = append(values, fmt.Sprintf("%s: %d", label, m.JSValues))
	}
	var peak int64
	for _, m := range series {
		peak = max(peak, m.Linear)
	}
	half, last := series[files/2], series[len(series)-1]
	growth := last.Linear - half.Linear
	valuesGrowth := last.JSValues - half.JSValues
	flat := growth == 0 && valuesGrowth <= 0
	t.add(row{
		figure:   fmt.Sprintf("Memory: wasm memory after opening the %d corpus files one after another (files opened: size)", files),
		measured: strings.Join(points, ", "), target: "< 64 MB", ratio: ratio(float64(peak), 64e6), verdict: check(peak < 64e6),
	})
	t.add(row{
		figure:   "Memory: growth over the second half of the files (wasm memory; JS values held by Go)",
		measured: fmt.Sprintf("%s; %+d values (%s)", size(growth), valuesGrowth, strings.Join(values, ", ")),
		target:   "none", verdict: check(flat),
	})
}
