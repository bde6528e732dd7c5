package agenda_test

import (
	"fmt"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/agenda"
	"github.com/cpansec/minutes/core/when"
)

func ExampleRedate() {
	minutes := "---\nmeeting_time: 2026-02-19 16:00 UTC\n---\n\n## Agenda\n\n- 2026-02-19 @ 16:00 UTC.\n\n## 16:02 UTC – Meeting start\n"
	d, err := core.Parse([]byte(minutes))
	if err != nil {
		panic(err)
	}
	r, err := agenda.Redate(d, when.At(2026, 2, 26, 17, 30))
	if err != nil {
		panic(err)
	}
	fmt.Print(r.Doc.String())
	// Output:
	// ---
	// meeting_time: 2026-02-26 17:30 UTC
	// ---
	//
	// ## Agenda
	//
	// - 2026-02-26 @ 17:30 UTC.
	//
	// ## 17:32 UTC – Meeting start
}
