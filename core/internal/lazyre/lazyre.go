// Package lazyre holds regular expressions that compile on first use.
//
// The core's matchers are regular expressions (regexp costs the
// WebAssembly build nothing: goldmark links it already), but there are a
// few dozen of them and most are not needed to show the page: compiling
// them all in package initialisation would slow the page's start. Each is
// compiled once, the first time it is used.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that returns expr compiled, compiling it on its
// first call. A bad expression panics there, as regexp.MustCompile does;
// the tests of each matcher call it.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
