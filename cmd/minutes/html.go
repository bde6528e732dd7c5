package main

import (
	"flag"
	"fmt"

	"github.com/cpansec/minutes/core/preview"
)

func init() {
	var github, page *bool
	var prof *string
	register(&command{
		name:    "html",
		args:    "[--github] [--page] [--profile FILE] FILE",
		summary: "print the minutes as HTML, as the website (or GitHub) shows them",
		help: `html prints FILE ("-" for standard input) rendered as the group's website
renders it: Liquid evaluated, then kramdown in GFM mode as Jekyll configures
it. By default the output is the body, what Jekyll puts in {{ content }};
--page adds the title and the table of contents. --github renders as
GitHub shows the file in a pull request instead; so does a group whose
profile says its minutes are read on GitHub (site.renderer: github).

Raw HTML in the file is printed as text, never as HTML, and only http(s),
mailto and ftp links are kept.

On standard error, as FILE:LINE: message, html says when the website does
not read the front matter as meant, and where the site's build would fail
(an unknown Liquid tag, a date Jekyll cannot read); it then exits 1.
'minutes lint' lists every place the website renders differently.`,
		example: "minutes html --page meetings/cpansec-minutes-2025-03-26.md > preview.html",
		setup: func(fs *flag.FlagSet) {
			github = fs.Bool("github", false, "render as GitHub shows the file in a pull request")
			page = fs.Bool("page", false, "add the page title and the table of contents")
			prof = fs.String("profile", "", "the group's profile (its site's address and title); the built-in CPANSec one by default")
		},
		run: func(e *env, fs *flag.FlagSet) int {
			if fs.NArg() != 1 {
				fmt.Fprintln(e.stderr, "usage: minutes html [--github] [--page] [--profile FILE] FILE")
				return exitUsage
			}
			name := fs.Arg(0)
			src, err := readFile(e, name)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			p, err := profileFor(*prof, fs.Arg(0))
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				return exitFail
			}
			mode := preview.Website
			if *github || p.WebsiteIsGitHub() {
				mode = preview.GitHub
			}
			site := preview.WithProfileSite(p)
			doc := preview.RenderDocument(src, preview.WithMode(mode), preview.WithPage(*page), site)
			if _, err := fmt.Fprint(e.stdout, doc.HTML); err != nil {
				fmt.Fprintf(e.stderr, "%s: %v\n", name, err)
				return exitFail
			}
			if mode == preview.GitHub {
				return exitOK
			}
			return reportWebsiteProblems(e, name, src, doc, site)
		},
	})
}

// reportWebsiteProblems tells, on standard error, when the website does not
// read the front matter as meant and where its build fails; it returns the
// exit status.
func reportWebsiteProblems(e *env, name string, src []byte, doc *preview.Document, site preview.Option) int {
	status := exitOK
	for _, d := range preview.Divergences(src, site) {
		isFrontMatter := d.Line == 1 && d.Message == doc.FrontMatter.String()
		if !d.BuildFails && !isFrontMatter {
			continue
		}
		fmt.Fprintf(e.stderr, "%s:%d: %s\n", name, d.Line, d.Message)
		if d.BuildFails {
			status = exitFail
		}
	}
	return status
}
