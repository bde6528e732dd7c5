package findings

import "github.com/cpansec/minutes/core/lint"

// slicedFrom is the length of text from which the idle lint runs a step
// per task. lint.Check of a 280 kB document (other groups' notes run that
// long) holds the browser 0.4–2 s, half of it comparing with the
// website's rendering; in steps, no task takes more than a fraction of
// that (issue 12 point 4). The largest real minutes (14 kB) are linted
// at once, in the idle task, as before.
const slicedFrom = 48 << 10

// runIdle lints the document once the user pauses: at once when it is
// short, else a step per task, the list shown when the last step is done.
// A change meanwhile abandons the run (Show arms the next one).
func (p *Lint) runIdle() {
	doc := p.session.Doc()
	if doc == nil || len(doc.Bytes()) < slicedFrom {
		p.Run()
		return
	}
	r := lint.Start(doc, lint.WithProfile(p.prof))
	p.sliced = r
	rev := p.rev
	var step func()
	step = func() {
		if p.sliced != r {
			return
		}
		if r.Step() {
			p.tasks.Task("lint", step)
			return
		}
		p.sliced = nil
		p.findings = r.Findings()
		p.linted = rev
		p.render()
	}
	p.tasks.Task("lint", step)
}
