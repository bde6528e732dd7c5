//go:build js && wasm && bench

package main

import (
	"runtime"

	"github.com/hack-pad/safejs"
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

// bindBench installs the hook with the app's handlers.
func (a *App) bindBench() error {
	var hook safejs.Value // the object exportFuncs makes, which memory() fills
	hook, err := a.exportFuncs("__minutesBench", "bench ", map[string]func([]safejs.Value) error{
		"memory": func([]safejs.Value) error {
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
		},
	})
	return err
}
