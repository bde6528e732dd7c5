package learn

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// maxCadence is the longest gap between meetings read as a cadence; a
// longer one is a gap in the files given, not a habit.
const maxCadence = 92

// meeting fills the usual time and the cadence.
func (l *maker) meeting(p *profile.Profile) {
	var clocks count
	for i, m := range l.ms {
		if m.date.HasTime {
			c := m.date.Clock
			if c.Zone == "" {
				c.Zone = when.UTC
			}
			clocks.add(c.String(), i)
		}
	}
	if t := clocks.top(); t != "" {
		p.Meeting.Time = t
		if n := clocks.n[t]; n < len(l.ms) {
			l.notef("meeting.time: %d of %d minutes give this time", n, len(l.ms))
		}
	} else {
		l.notef("meeting.time: no minutes give the time; left out, so lint says nothing of it (new minutes say 16:00 UTC)")
	}
	var gaps count
	for i, m := range l.ms {
		if next := l.ms[i].facts.Next; next.HasYear() && next.Valid() {
			if g := days(m.date, next); g > 0 && g <= maxCadence {
				gaps.add(strconv.Itoa(g), i)
			}
		}
		if i > 0 {
			if g := days(l.ms[i-1].date, m.date); g > 0 && g <= maxCadence {
				gaps.add(strconv.Itoa(g), i)
			}
		}
	}
	if g := gaps.top(); g != "" {
		p.Meeting.CadenceDays = atoi(g)
		l.notef("meeting.cadence_days: the most common of %d gaps between meetings (next-meeting lines and consecutive files)", total(gaps))
	} else {
		l.notef("meeting.cadence_days: no two meetings within %d days and no next-meeting line; left out, so lint says nothing of it (next agendas assume 14)", maxCadence)
	}
}

// days returns the days from a to b.
func days(a, b when.When) int {
	ta, ok1 := a.DateOnly().Time()
	tb, ok2 := b.DateOnly().Time()
	if !ok1 || !ok2 {
		return 0
	}
	return int(tb.Sub(ta).Hours()/24 + 0.5)
}

func total(c count) int {
	n := 0
	for _, v := range c.n {
		n += v
	}
	return n
}

// trimLabel returns a role label as written, without emphasis, a final
// colon and a note in brackets: "**Attendance (please add yourself):**"
// gives "Attendance".
func trimLabel(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, "("); i > 0 {
		s = s[:i]
	}
	return strings.Trim(s, " *_:")
}
