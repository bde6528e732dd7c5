package lint_test

import (
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/lint"
)

func ExampleCheck() {
	src := "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n" +
		"- []\u00a0@stigstp - CVE workflow, see https://example.org/cve\n" +
		"- Next meeting is Wednesday 2025-04-09 @ 17:00 UTC\n"
	d, _ := core.Parse([]byte(src), core.WithName("cpansec-minutes-2025-03-26.md"))
	for _, f := range lint.Check(d) {
		fmt.Printf("%d:%d: %s %s: %s\n", f.Line, f.Column, f.Severity, f.Rule, f.Message)
	}
	fixed, _, _ := lint.FixAll(d)
	fmt.Print(string(fixed.Bytes()[len("---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n"):]))
	// Output:
	// 5:3: error broken-box: "[]" is not a task box: the website and GitHub show it as text, not a checkbox; write "[ ]"
	// 5:6: warning unknown-handle: @stigstp is not a handle on the roster: the roster writes this person as @stigtsp; use that
	// 5:35: warning bare-url: bare URL: the website shows it as plain text, not a link; write it as <https://example.org/cve>
	// - [ ] @stigtsp - CVE workflow, see <https://example.org/cve>
	// - Next meeting is Wednesday 2025-04-09 @ 17:00 UTC
}

func ExampleWithExtraNames() {
	src := "---\nmeeting_time: 2025-03-26 17:00 UTC\n---\n\n- Attending: @sjn, @newcomer\n- Next meeting: 2025-04-09 17:00 UTC\n"
	d, _ := core.Parse([]byte(src))
	fmt.Println(len(lint.Check(d)), "finding without the name,", len(lint.Check(d, lint.WithExtraNames("@newcomer"))), "with it")
	// Output:
	// 1 finding without the name, 0 with it
}
