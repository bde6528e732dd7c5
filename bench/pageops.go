package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"
)

// jsValue writes v as a JavaScript literal.
func jsValue(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // strings and numbers always marshal
	}
	return string(b)
}

// opened is what harness.js's expectOpen saw, in ms since navigation start
// (nil: never).
type opened struct {
	Change       *float64 `json:"change"`
	FormFirst    *float64 `json:"formFirst"`
	Form         *float64 `json:"form"`
	PreviewFirst *float64 `json:"previewFirst"`
	Preview      *float64 `json:"preview"`
	Message      *float64 `json:"message"`
	MessageText  string   `json:"messageText"`
	Longest      float64  `json:"longest"` // longest main-thread task, ms (0: none over 50 ms)
	Tasks        []int    `json:"tasks"`   // every main-thread task over 50 ms, in order, ms
}

// shown returns the times from the change event to the form and the
// preview both showing the file (the later of their first changes: a long
// form shows its first sections at once and the rest in later tasks) and
// to both being complete (the later of their last changes).
func (o opened) shown() (first, complete float64, err error) {
	if o.Change == nil || o.Form == nil || o.Preview == nil {
		return 0, 0, fmt.Errorf("the form or the preview did not change (message %q)", o.MessageText)
	}
	return max(*o.FormFirst, *o.PreviewFirst) - *o.Change, max(*o.Form, *o.Preview) - *o.Change, nil
}

// openFile opens file through the page's file input, as a user choosing it
// in the file dialog, and waits until the form and the preview have been
// still for quiet ms (and, with needBoth, have both changed).
func (t *tab) openFile(file, formSel string, quiet int, needBoth bool) (opened, error) {
	var o opened
	abs, err := filepath.Abs(file)
	if err != nil {
		return o, err
	}
	var ok bool
	expr := fmt.Sprintf("__bench.expectOpen(%s, %s, %d, %v)", jsValue(filepath.Base(abs)), jsValue(formSel), quiet, needBoth)
	if err := t.eval(expr, &ok); err != nil {
		return o, err
	}
	if err := t.run(chromedp.SetUploadFiles(`#open-file`, []string{abs}, chromedp.ByQuery)); err != nil {
		return o, err
	}
	err = t.eval(`__bench.pending`, &o)
	return o, err
}

// memory is what harness.js's memory reports.
type memory struct {
	Linear   int64 `json:"linear"`   // the WebAssembly memory, bytes
	JSValues int   `json:"jsValues"` // JavaScript values the Go program references
	Drafts   int   `json:"drafts"`   // localStorage keys
	// From the page's hook (-1 without it):
	Heap      int64   `json:"heap"`      // live Go heap after a collection
	HeapSys   int64   `json:"heapSys"`   // memory the Go heap holds, live or free
	Allocated int64   `json:"allocated"` // bytes allocated since start
	Funcs     int     `json:"funcs"`     // js.Func values not released
	OpenMS    float64 // change → message naming the file, ms (0 at start)
}

func (t *tab) memory() (memory, error) {
	var m memory
	err := t.eval(`__bench.memory()`, &m)
	return m, err
}

// settle gives the page an idle moment: autosave and lint run after one.
func (t *tab) settle(d time.Duration) error {
	var ok bool
	return t.eval(fmt.Sprintf("__bench.sleep(%d).then(() => true)", d.Milliseconds()), &ok)
}

// benchDoc is a document the browser figures use.
type benchDoc struct {
	label string // "1x", "20x"
	path  string
	text  string
}

// copyAs writes d's text to dir under a new name, so that each open is
// told apart by the message naming the file.
func (d benchDoc) copyAs(dir, name string) (string, error) {
	p := filepath.Join(dir, name)
	return p, os.WriteFile(p, []byte(d.text), 0o644)
}
