// Package wasmpost post-processes the WebAssembly module Go's linker writes
// for GOOS=js GOARCH=wasm, to make the file a host serves (brotli) smaller
// without changing what the program does.
//
// Two steps, each measured in BENCHMARKS.md:
//
//   - [Module.MergeData] joins the data segments. The linker starts a new
//     segment after every run of eight or more zero bytes; each segment's
//     header (offset and length) is a few bytes of noise that compress badly,
//     while the zeros it skips cost brotli almost nothing.
//   - [Module.StripLines] removes the line tables from the runtime's
//     pclntab: the file and line of every program counter, used only to
//     print stack traces. Frames then print as "?:0"; function names, stack
//     maps and everything else the runtime reads stay.
//
// The module is parsed only as far as these steps need: the sections are
// kept as bytes, and only the data section is decoded.
package wasmpost
