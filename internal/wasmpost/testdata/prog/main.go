// Command prog exercises what the runtime reads from its pclntab: stack
// maps while the collector scans deep stacks, defers and recovery, function
// names in stack traces, and file and line (which wasmpost strips). Its
// output is the same after post-processing, but for the lines marked
// "line:". With the argument "crash" it dies of an unrecovered panic.
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
)

type node struct {
	next    *node
	payload []byte
}

// deep keeps a pointer live in every frame while the collector runs at the
// bottom: a wrong stack map would free or move what the frames still use.
func deep(n int, list *node) int {
	if n == 0 {
		runtime.GC()
		sum := 0
		for p := list; p != nil; p = p.next {
			sum += len(p.payload)
		}
		return sum
	}
	p := &node{next: list, payload: make([]byte, n%50)}
	r := deep(n-1, p)
	return r + len(p.payload) - len(p.payload)
}

func nilMap() {
	var m map[string]int
	m["x"] = 1
}

func nilPointer(p *node) int { return len(p.payload) }

// guarded recovers a panic as the page's handlers do, and reports whether
// the stack trace names the function that failed.
func guarded(name string, fn func()) {
	defer func() {
		r := recover()
		stack := string(debug.Stack())
		fmt.Printf("%s: recovered %v; trace names %s: %v\n", name, r, name, strings.Contains(stack, "main."+name))
		_, file, line, _ := runtime.Caller(0)
		fmt.Printf("line: %s:%d\n", file[strings.LastIndex(file, "/")+1:], line)
	}()
	fn()
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "crash" {
		crash()
	}
	fmt.Println("deep:", deep(2000, nil))

	m := map[int]string{}
	for i := 0; i < 100000; i++ {
		m[i] = fmt.Sprint(i * i)
	}
	runtime.GC()
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println("map:", len(m), m[keys[len(keys)-1]])

	done := make(chan int)
	for g := 0; g < 8; g++ {
		go func(g int) { done <- deep(300+g, nil) }(g)
	}
	total := 0
	for g := 0; g < 8; g++ {
		total += <-done
	}
	fmt.Println("goroutines:", total)

	guarded("nilMap", nilMap)
	guarded("nilPointer", func() { nilPointer(nil) })
	pc := make([]uintptr, 8)
	n := runtime.Callers(1, pc)
	fr, _ := runtime.CallersFrames(pc[:n]).Next()
	fmt.Println("frame:", fr.Function)
}

func crash() {
	panic("boom")
}
