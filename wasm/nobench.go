//go:build js && wasm && !bench

package main

// benchPanels are the panels only the bench build adds (benchhook.go).
var benchPanels []panelMaker
