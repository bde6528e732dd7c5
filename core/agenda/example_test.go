package agenda_test

import (
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
)

func ExampleNext() {
	minutes := `---
layout: single
meeting_time: 2025-03-12 17:00 UTC
title: CPANSec bi-weekly minutes
---

## Attendees
- Attendees: @sjn, @tux
- Regrets: @leont

## Agenda
- [x] @sjn - done and discussed
    - [ ] @tux - a follow-up that goes with it
- [ ] @robrwo - still to do

## Next meeting
- Next meeting is Wednesday 2025-03-26 @ 17:00UTC
`
	d, err := core.Parse([]byte(minutes), core.WithName("cpansec-minutes-2025-03-12.md"))
	if err != nil {
		panic(err)
	}
	r, err := agenda.Next(d)
	if err != nil {
		panic(err)
	}
	fmt.Print(string(r.Bytes()))
	fmt.Println("====")
	fmt.Print(r.Report.String())
	// Output:
	// ---
	// layout: single
	// meeting_time: 2025-03-26 17:00 UTC
	// title: CPANSec bi-weekly minutes
	// ---
	//
	// ## Attendees
	// - Attendees:
	// - Regrets:
	//
	// ## Agenda
	// - [ ] @robrwo - still to do
	// - [ ] Previous meeting minutes (2025-03-12) to be approved
	//
	// ## Next meeting
	// - Next meeting is Wednesday 2025-04-09 @ 17:00UTC
	// ====
	// next meeting: Wednesday 2025-03-26 17:00 UTC (the minutes' next-meeting line 17)
	// dropped 1 checked item with its sub-items, 1 open sub-item among them (minutes line 12 (1 open))
	// line 3: meeting_time: 2025-03-12 17:00 UTC -> 2025-03-26 17:00 UTC
	// line 8: attendees: cleared @sjn, @tux
	// line 9: regrets: cleared @leont
	// line 13: approval: added "Previous meeting minutes (2025-03-12) to be approved"
	// line 16: next meeting: - Next meeting is Wednesday 2025-03-26 @ 17:00UTC -> - Next meeting is Wednesday 2025-04-09 @ 17:00UTC
}
