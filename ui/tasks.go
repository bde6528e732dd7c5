package ui

// Tasks queues work in tasks of its own: each fn runs after the handler
// that queued it has returned and the browser has had its turn (input
// events, layout, paint), so that long work cut into batches never holds
// the page longer than one batch. Not a microtask and not a Go timer (in
// the browser a time.AfterFunc(0) runs before the handler's task ends).
type Tasks interface {
	// Task queues fn; name says whose it is when fn fails (the page
	// reports it as a handler's failure).
	Task(name string, fn func())
}

// AtOnce is Tasks that runs fn at once, inside the caller: for a host
// with no event loop (a command, a test that does not look at batches).
type AtOnce struct{}

// Task implements Tasks.
func (AtOnce) Task(_ string, fn func()) { fn() }
