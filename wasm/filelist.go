//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/profiledialog"
)

// The files of a file field or a drop, as the native panels read them
// (profiledialog.File): each read when asked, so that reading many files
// is many tasks; and yieldMain, for work done in slices.

// jsFile is a File of a file field or a drop.
type jsFile struct {
	a *App
	v safejs.Value
}

// jsFiles lists a FileList's files.
func jsFiles(a *App, list safejs.Value) []profiledialog.File {
	var files []profiledialog.File
	for _, f := range must(items(list)) {
		files = append(files, jsFile{a, f})
	}
	return files
}

func (f jsFile) Name() string { return stringProp(f.v, "name", "file") }
func (f jsFile) Path() string { return stringProp(f.v, "webkitRelativePath", "") }
func (f jsFile) Size() int64  { return int64(must(must(f.v.Get("size")).Float())) }

// Read reads the file when asked, not before: each file waits for the
// browser in its own task.
func (f jsFile) Read() ([]byte, error) {
	promise, err := f.v.Call("arrayBuffer")
	if err != nil {
		return nil, err
	}
	buf, err := f.a.Await(promise)
	if err != nil {
		return nil, err
	}
	return bytesFromJS(buf)
}

// yieldMain gives the main thread back to the browser, which runs its
// events and paints, until the next task: scheduler.yield() where the
// browser has it (not throttled in a background tab, unlike timers),
// else a timer. It blocks: only in a goroutine (goGuard).
func (a *App) yieldMain() {
	if sch, err := window().Get("scheduler"); err == nil && !sch.IsUndefined() {
		if y, err := sch.Get("yield"); err == nil && !y.IsUndefined() {
			if p, err := sch.Call("yield"); err == nil {
				if _, err := a.Await(p); err == nil {
					return
				}
			}
		}
	}
	time.Sleep(time.Millisecond)
}
