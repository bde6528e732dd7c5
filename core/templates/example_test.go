package templates_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/templates"
	"github.com/cpansec/minutes/core/when"
)

func ExampleList() {
	for _, t := range templates.List() {
		fmt.Println(t.Name, t.Default)
	}
	// Output:
	// 2024-early false
	// 2024-timed false
	// 2025-projects false
	// 2026-compact true
}

func ExampleNew() {
	doc, err := templates.New("2026-compact", when.Date(2026, time.February, 19), profile.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(doc))
	// Output:
	// ---
	// layout: single
	// toc: true
	// meeting_time: 2026-02-19 16:00 UTC
	// title: CPANSec bi-weekly minutes
	// ---
	//
	// ## Agenda
	//
	// - Thursday 2026-02-19 @ 16:00 UTC.
	// - [ ] …
	//
	// ## Attending
	//
	// - …
	//
	// - Regrets …
	//
	// ## Minutes
	//
	// - …
	//   - …
	//
	// ## Next meeting
	//
	// - Next meeting is Thursday 2026-03-05 @ 16:00 UTC.
}

func ExampleNew_timed() {
	doc, _ := templates.New("2024-timed", when.At(2024, time.November, 15, 16, 0), profile.Default())
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "## ") || strings.Contains(line, "Next meeting is") {
			fmt.Println(line)
		}
	}
	// Output:
	// ## Meeting details
	// ## 15:30 UTC – Pre-meeting socializing
	// ## 16:00 UTC – Meeting start
	// *   Next meeting is Friday 2024-11-29 @ 16:00 UTC in #cpansec-discussion on Matrix
	// ## 17:00 UTC – Meeting end
	// ## 17:30 UTC – End
}
