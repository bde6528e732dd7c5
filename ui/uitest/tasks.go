package uitest

// Tasks is a ui.Tasks whose queued work runs only when the test says, one
// task at a time, as the browser's event loop would run it between other
// events.
type Tasks struct {
	queue []queued
	// Ran counts the tasks run so far.
	Ran int
}

type queued struct {
	name string
	fn   func()
}

// Task implements ui.Tasks.
func (t *Tasks) Task(name string, fn func()) { t.queue = append(t.queue, queued{name, fn}) }

// Pending is the number of tasks queued and not run.
func (t *Tasks) Pending() int { return len(t.queue) }

// RunOne runs the first queued task; it reports false when none is queued.
func (t *Tasks) RunOne() bool {
	if len(t.queue) == 0 {
		return false
	}
	q := t.queue[0]
	t.queue = t.queue[1:]
	t.Ran++
	q.fn()
	return true
}

// RunAll runs tasks, those they queue included, until none is left, and
// returns how many ran.
func (t *Tasks) RunAll() int {
	n := 0
	for t.RunOne() {
		n++
	}
	return n
}
