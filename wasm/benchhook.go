//go:build js && wasm && bench

package main

import (
	"runtime"

	"github.com/hack-pad/safejs"

	"github.com/cpansec/minutes/core"
)

// The bench build tag, which only `./build.sh bench` sets (for the memory
// figure's copy of the wasm, web/app-bench.wasm), installs
// window.__minutesBench: memory() collects garbage and stores in
// __minutesBench.stats the live Go heap, the heap's share of the WebAssembly
// memory, the bytes allocated so far and the number of js.Func values not
// yet released.
//
// Why a hook: the benchmark reads the WebAssembly memory's size without
// help, but that size never shrinks and includes the collector's headroom,
// so it cannot tell a leak from garbage not yet collected; only the program
// can. Why a build tag: runtime.ReadMemStats adds 14 KB brotli to the wasm,
// which the page users download has no use for.

// benchPanels adds the hook to the page's panels.
var benchPanels = []panelMaker{newBenchHook}

// benchHook is a Panel only to be installed with the app; it shows nothing.
type benchHook struct {
	e       *Editor
	checked bool
}

func newBenchHook(e *Editor) (Panel, error) { return &benchHook{e: e}, nil }

// Show implements Panel: the first call installs the hook.
func (h *benchHook) Show(*core.Document, core.Change, Origin) {
	if h.checked {
		return
	}
	h.checked = true
	if err := h.install(); err != nil {
		consoleError("minutes: bench hook: " + err.Error())
	}
}

func (h *benchHook) install() error {
	a := h.e.app
	hook, err := safejs.ValueOf(map[string]any{})
	if err != nil {
		return err
	}
	memoryFn, _, err := a.Func("bench memory", func([]safejs.Value) error {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		stats, err := safejs.ValueOf(map[string]any{
			"heapAlloc":  float64(ms.HeapAlloc),
			"heapSys":    float64(ms.HeapSys),
			"totalAlloc": float64(ms.TotalAlloc),
			"funcs":      a.funcs.Len(),
		})
		if err != nil {
			return err
		}
		return hook.Set("stats", stats)
	})
	if err != nil {
		return err
	}
	if err := hook.Set("memory", memoryFn.Value()); err != nil {
		return err
	}
	return window().Set("__minutesBench", hook)
}
