package publish_test

import (
	"fmt"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
	"github.com/cpansec/minutes/core/when"
)

func ExampleFileName() {
	p := profile.Default()
	d := when.Date(2025, time.June, 18)
	fmt.Println(publish.FileName(p, d))
	fmt.Println(publish.Path(p, d))
	fmt.Println(publish.IndexLine(p, d))
	// Output:
	// cpansec-minutes-2025-06-18.md
	// meetings/cpansec-minutes-2025-06-18.md
	// * [2025-06-18](cpansec-minutes-2025-06-18.md)
}

func ExampleNewFileURL() {
	p := profile.Default()
	link, complete := publish.NewFileURL(p, when.Date(2025, time.June, 18), []byte("## Agenda\n"))
	fmt.Println(link, complete)
	// Output:
	// https://github.com/CPAN-Security/security.metacpan.org/new/main?filename=meetings%2Fcpansec-minutes-2025-06-18.md&value=%23%23+Agenda%0A true
}

func ExampleActionsText() {
	fmt.Print(publish.ActionsText([]publish.Action{
		{Owners: []string{"@stigtsp"}, Text: "look at the cpansa-feed", Line: 120},
		{Owners: []string{"@robrwo"}, Text: "CNA workflow description", Line: 98},
		{Owners: []string{"@stigtsp"}, Text: "guided CVE write-up sessions", Line: 101},
	}, profile.Default()))
	// Output:
	// @robrwo (1)
	// - CNA workflow description (line 98)
	//
	// @stigtsp (2)
	// - look at the cpansa-feed (line 120)
	// - guided CVE write-up sessions (line 101)
}
