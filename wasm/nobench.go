//go:build js && wasm && !bench

package main

// bindBench installs the benchmark's hook only in the bench build
// (benchhook.go).
func (a *App) bindBench() error { return nil }
