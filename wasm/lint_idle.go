//go:build js && wasm

package main

import "time"

// idleDelay is how long after the last change the findings and action
// items are brought up to date: long enough to stay off the typing path,
// short enough to follow the user.
const idleDelay = 400 * time.Millisecond

// idleRun runs a function once the user pauses: each call of after pushes
// the run back. A run that takes long (lint on a very large document) is
// put off for longer, a few times its own cost, so that it only starts in
// a real pause and does not stall typing that goes on.
type idleRun struct {
	timer *time.Timer
	cost  time.Duration // how long the last run took
}

// maxIdleDelay bounds how long a costly run is put off.
const maxIdleDelay = 3 * time.Second

func (r *idleRun) after(a *App, name string, d time.Duration, fn func() error) {
	d = min(max(d, 4*r.cost), maxIdleDelay)
	if r.timer != nil {
		r.timer.Reset(d)
		return
	}
	r.timer = time.AfterFunc(d, func() {
		a.guard(name, func() error {
			r.timer = nil
			start := time.Now()
			err := fn()
			r.cost = time.Since(start)
			return err
		})
	})
}

func (r *idleRun) stop() {
	if r.timer != nil {
		r.timer.Stop()
		r.timer = nil
	}
}
