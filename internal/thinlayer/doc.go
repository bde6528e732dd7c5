// Package thinlayer holds the check that the browser layer stays thin:
// its test counts the lines of the js && wasm Go in wasm/ (tests aside)
// and fails past MaxLines, so logic with no DOM in it goes to a native,
// tested package instead (issue 9).
package thinlayer

// MaxLines is the most lines the js && wasm non-test Go files of wasm/
// may have together.
const MaxLines = 3000
