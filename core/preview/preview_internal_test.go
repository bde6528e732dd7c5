package preview

import "time"

// renderWithLines renders the body in Website mode with data-line
// attributes on blocks.
func renderWithLines(src []byte, now func() time.Time) string {
	text, _ := prepareInput(src)
	w := renderWebsite(text, now(), testSite)
	w.lines = true
	var hs []Heading
	return w.assemble(idCounter{}, &hs)
}

// testSite is the site of the group whose minutes the tests read, as its
// _config.yml sets it (jekyll_test.go's siteConfig).
var testSite = Site{URL: "https://security.metacpan.org", Title: "CPAN Security Group (CPANSec) 🦆🦆"}
