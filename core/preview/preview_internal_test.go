package preview

import "time"

// renderWithLines renders the body in Website mode with data-line
// attributes on blocks.
func renderWithLines(src []byte, now func() time.Time) string {
	text, _ := prepareInput(src)
	w := renderWebsite(text, now())
	w.lines = true
	var hs []Heading
	return w.assemble(idCounter{}, &hs)
}
