// Package shell holds the page shell's own small controls (index.html),
// written against package ui and tested natively: the Editor / Preview
// tabs, the "Beside the form" switch of the Markdown box, the start panel
// of an empty draft and the Pull request dialog. The browser layer
// (wasm/) makes each with what only the browser does (opening a window,
// the clipboard, clicking a file field) as functions or a host.
package shell
