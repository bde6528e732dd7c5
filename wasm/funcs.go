//go:build js && wasm

package main

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"
)

// funcRegistry keeps every js.Func the app has handed to JavaScript, so each
// one is released when no longer used and a test can check none leaks.
type funcRegistry struct {
	live map[int]safejs.Func
	next int
}

func newFuncRegistry() *funcRegistry {
	return &funcRegistry{live: map[int]safejs.Func{}}
}

// add wraps fn as a JavaScript function and returns it with its handle.
func (r *funcRegistry) add(fn func(this safejs.Value, args []safejs.Value) any) (safejs.Func, int, error) {
	f, err := safejs.FuncOf(fn)
	if err != nil {
		return safejs.Func{}, 0, err
	}
	r.next++
	r.live[r.next] = f
	return f, r.next, nil
}

// release frees the function with the given handle; releasing twice is a no-op.
func (r *funcRegistry) release(id int) {
	if f, ok := r.live[id]; ok {
		delete(r.live, id)
		f.Release()
	}
}

// Len is the number of functions not yet released.
func (r *funcRegistry) Len() int { return len(r.live) }

// Listener is an event listener added with App.Listen.
type Listener struct {
	app    *App
	target safejs.Value
	typ    string
	fn     safejs.Func
	id     int
}

// Release removes the listener and frees its function.
func (l *Listener) Release() {
	if l == nil || l.id == 0 {
		return
	}
	_, _ = l.target.Call("removeEventListener", l.typ, l.fn.Value())
	l.app.funcs.release(l.id)
	l.id = 0
}

// Listen adds an event listener whose handler runs under guard.
func (a *App) Listen(target safejs.Value, typ, name string, handler func(ev safejs.Value) error) (*Listener, error) {
	fn, id, err := a.funcs.add(func(_ safejs.Value, args []safejs.Value) any {
		a.guard(name, func() error { return handler(firstArg(args)) })
		return nil
	})
	if err != nil {
		return nil, err
	}
	if _, err := target.Call("addEventListener", typ, fn.Value()); err != nil {
		a.funcs.release(id)
		return nil, fmt.Errorf("listen %s: %w", typ, err)
	}
	l := &Listener{app: a, target: target, typ: typ, fn: fn, id: id}
	a.listeners = append(a.listeners, l)
	return l, nil
}

// Close removes every listener and stops pending timers: the page's
// handlers live as long as the page, so only tests and a future teardown
// need it.
func (a *App) Close() {
	for _, l := range a.listeners {
		l.Release()
	}
	a.listeners = nil
	a.ws.Close()
	if a.text.timer != nil {
		a.text.timer.Stop()
		a.text.timer = nil
	}
}

// Func returns a JavaScript function that runs handler under guard, for
// callbacks other than events; release it with a.funcs.release(id).
func (a *App) Func(name string, handler func(args []safejs.Value) error) (safejs.Func, int, error) {
	return a.funcs.add(func(_ safejs.Value, args []safejs.Value) any {
		a.guard(name, func() error { return handler(args) })
		return nil
	})
}

// exportFuncs sets window[global] to an object of JavaScript functions,
// each running its handler under guard (named prefix and the function's
// name): the hooks of the tests and the benchmark.
func (a *App) exportFuncs(global, prefix string, fns map[string]func([]safejs.Value) error) (safejs.Value, error) {
	obj, err := safejs.ValueOf(map[string]any{})
	if err != nil {
		return obj, err
	}
	for name, fn := range fns {
		f, _, err := a.Func(prefix+name, fn)
		if err != nil {
			return obj, err
		}
		if err := obj.Set(name, f.Value()); err != nil {
			return obj, err
		}
	}
	return obj, window().Set(global, obj)
}

// errRejected wraps the reason a promise was rejected.
var errRejected = errors.New("rejected")

// Await waits for a JavaScript promise. It blocks, so it must run on its own
// goroutine (goGuard), never directly in an event handler. Both callbacks are
// released once the promise settles.
func (a *App) Await(promise safejs.Value) (safejs.Value, error) {
	type result struct {
		v   safejs.Value
		err error
	}
	done := make(chan result, 1)
	var ids [2]int // then's and catch's, released together
	release := func() {
		a.funcs.release(ids[0])
		a.funcs.release(ids[1])
	}
	var fns []any
	for i, settle := range []func(v safejs.Value) result{
		func(v safejs.Value) result { return result{v: v} },
		func(v safejs.Value) result { return result{err: fmt.Errorf("%w: %s", errRejected, describeJS(v))} },
	} {
		f, id, err := a.funcs.add(func(_ safejs.Value, args []safejs.Value) any {
			release()
			done <- settle(firstArg(args))
			return nil
		})
		if err != nil {
			release()
			return safejs.Value{}, err
		}
		ids[i], fns = id, append(fns, f.Value())
	}
	if _, err := promise.Call("then", fns...); err != nil {
		release()
		return safejs.Value{}, err
	}
	r := <-done
	return r.v, r.err
}

func firstArg(args []safejs.Value) safejs.Value {
	if len(args) == 0 {
		return safejs.Undefined()
	}
	return args[0]
}

// describeJS gives a readable text for a thrown or rejected JavaScript value.
func describeJS(v safejs.Value) string {
	if msg, err := v.Get("message"); err == nil && !msg.IsUndefined() {
		if s, err := msg.String(); err == nil {
			if name, err := v.Get("name"); err == nil && !name.IsUndefined() {
				if n, err := name.String(); err == nil && n != "" {
					return n + ": " + s
				}
			}
			return s
		}
	}
	s, err := v.String()
	if err != nil {
		return "unknown error"
	}
	return s
}
