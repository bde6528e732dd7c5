package editor

import (
	"strconv"
	"time"
)

// Summary is how the drafts list shows a draft: what meeting it is for
// (the meeting date, else the title alone), and when it was last edited,
// which tells drafts of the same meeting apart.
type Summary struct {
	Meeting string // "2026-03-05 · CPANSec bi-weekly minutes", or the label
	Edited  string // "edited 3 minutes ago", "edited 2026-02-19 17:04"
}

// Summarize describes d as of now.
func Summarize(d *Draft, now time.Time) Summary {
	s := Summary{Meeting: d.Label()}
	if d.Date != "" {
		s.Meeting = d.Date + " · " + d.Label()
	}
	if d.Updated > 0 {
		s.Edited = "edited " + ago(time.UnixMilli(d.Updated), now)
	} else {
		s.Edited = "not stored yet"
	}
	return s
}

// ago says how long before now t was, as people say it, switching to the
// date and time after a day.
func ago(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute") + " ago"
	case d < 24*time.Hour:
		return plural(int(d/time.Hour), "hour") + " ago"
	}
	return t.Local().Format("2006-01-02 15:04")
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
