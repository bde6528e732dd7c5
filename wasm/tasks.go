//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"
)

// taskQueue is ui.Tasks in the browser: each queued function runs in a
// task of its own, posted through a MessageChannel (a message is a task,
// queued behind the input events already waiting, with the page laid out
// and painted between tasks when a frame is due; setTimeout(0) would be
// clamped to 4 ms after a few, and a Go timer or a microtask would run
// before the current task ends). The long document's batches of the form
// and the preview go through it.
type taskQueue struct {
	a       *App
	queue   []queuedTask
	fn      safejs.Func  // runs the first queued function
	port    safejs.Value // posting to it queues fn as a task
	channel safejs.Value // the MessageChannel of port, held while the page lives
}

type queuedTask struct {
	name string
	fn   func()
}

// Task implements ui.Tasks. If the browser cannot queue a task, fn runs
// at once: the work is done, only not in slices.
func (q *taskQueue) Task(name string, fn func()) {
	q.queue = append(q.queue, queuedTask{name, fn})
	err := q.bind()
	if err == nil {
		_, err = q.port.Call("postMessage", 0)
	}
	if err != nil {
		q.runOne()
	}
}

// runOne runs the first queued function under the guard.
func (q *taskQueue) runOne() {
	if len(q.queue) == 0 {
		return
	}
	t := q.queue[0]
	q.queue[0] = queuedTask{}
	q.queue = q.queue[1:]
	q.a.guard(t.name, func() error { t.fn(); return nil })
}

// bind makes the function and the channel, once.
func (q *taskQueue) bind() error {
	if !q.port.IsUndefined() && q.port.Type() == safejs.TypeObject {
		return nil
	}
	fn, _, err := q.a.Func("task", func([]safejs.Value) error { q.runOne(); return nil })
	if err != nil {
		return err
	}
	q.fn = fn
	ctor, err := safejs.Global().Get("MessageChannel")
	if err == nil {
		q.channel, err = ctor.New()
	}
	var in safejs.Value
	if err == nil {
		in, err = q.channel.Get("port2")
	}
	if err == nil {
		err = in.Set("onmessage", fn.Value())
	}
	if err == nil {
		q.port, err = q.channel.Get("port1")
	}
	return err
}
