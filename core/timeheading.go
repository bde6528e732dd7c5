package core

import "github.com/cpansec/minutes/core/internal/lazyre"

// The headings that mark when a meeting started and ended ("## 16:04 UTC –
// Meeting start", "## 17:02 UTC - Meeting end", "## End"): the form offers
// to stamp the time on them, and the next agenda gives them the next
// meeting's times. One rule for both.

var (
	startRe = lazyre.New(`(?i)\b(start|begin)`)
	endRe   = lazyre.New(`(?i)\bend?\b`)
)

// StartsMeeting reports whether a heading's title names the meeting's
// start: the word "start" or "begin" at a word boundary, any case.
func StartsMeeting(title string) bool { return startRe().MatchString(title) }

// EndsMeeting reports whether a heading's title names the meeting's end:
// the word "end" (or "en") on its own ("Meeting end", "End").
func EndsMeeting(title string) bool { return endRe().MatchString(title) }

// TimeHeading reports whether a heading marks the meeting's start or end.
func TimeHeading(title string) bool { return StartsMeeting(title) || EndsMeeting(title) }
