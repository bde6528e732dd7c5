package when

import "strings"

// HeadingTime is the time at the start of a heading such as
// "16:00 UTC – Meeting start". Offsets are byte offsets into the heading
// text given to ParseHeadingTime.
type HeadingTime struct {
	Clock Clock
	// Start and End delimit the time and its zone ("16:00 UTC").
	Start, End int
	// Sep is the separator as written: "–" (en dash), "—" (em dash), "-",
	// or "" when the text follows the time directly. SepStart and SepEnd
	// delimit it.
	Sep              string
	SepStart, SepEnd int
	// Rest is the text after the separator and the blanks around it
	// ("Meeting start"); RestStart is where it starts.
	Rest      string
	RestStart int
}

// separators are the dashes written between a heading's time and its text.
var separators = []string{"–", "—", "-"}

// ParseHeadingTime reads a time at the start of a heading's text (after the
// "#" marks), such as "16:00 UTC – Meeting start", "17:04 UTC - Meeting
// start" or "16:30 UTC –\u00a0Pre-meeting socializing". Blanks around the
// separator may be spaces, tabs or no-break spaces. ok is false when the
// heading does not start with a time.
func ParseHeadingTime(heading string) (h HeadingTime, ok bool) {
	i := allBlanks(heading, 0)
	if i >= len(heading) || !isDigit(heading[i]) {
		return HeadingTime{}, false
	}
	c, end, ok := clockAt(heading, i)
	if !ok {
		return HeadingTime{}, false
	}
	h = HeadingTime{Clock: c, Start: i, End: end}
	j := allBlanks(heading, end)
	h.SepStart, h.SepEnd = j, j
	for _, sep := range separators {
		if strings.HasPrefix(heading[j:], sep) {
			h.Sep, h.SepEnd = sep, j+len(sep)
			j = allBlanks(heading, h.SepEnd)
			break
		}
	}
	if h.Sep == "" && j == end && j < len(heading) {
		return HeadingTime{}, false // "16:00x" is not a time heading
	}
	h.RestStart, h.Rest = j, heading[j:]
	return h, true
}
