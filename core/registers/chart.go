package registers

import (
	"fmt"
	"html"
	"strings"
)

// Presence is a person's part in one meeting.
type Presence byte

// The parts a person has in a meeting.
const (
	NotNamed Presence = iota // not in the meeting's attendance
	Attended                 // attendee, chair or scribe
	Regrets
	Absent
)

var presenceNames = [...]string{NotNamed: "not named", Attended: "attended", Regrets: "regrets", Absent: "absent"}

// String names the presence as the chart's tooltips do.
func (p Presence) String() string { return presenceNames[p] }

// Presences returns handle's part in each meeting, in meeting order.
func (r *Registers) Presences(handle string) []Presence {
	out := make([]Presence, len(r.Meetings))
	for i, m := range r.Meetings {
		switch {
		case contains(m.Attendees, handle) || contains(m.Chair, handle) || contains(m.Scribe, handle):
			out[i] = Attended
		case contains(m.Regrets, handle):
			out[i] = Regrets
		case contains(m.Absent, handle):
			out[i] = Absent
		}
	}
	return out
}

// The chart's geometry, in pixels: one bar per meeting.
const (
	barWidth  = 4
	barGap    = 1
	barHeight = 16
)

var (
	barHeights = [...]int{Attended: barHeight, Regrets: barHeight / 2, Absent: 3, NotNamed: 1}
	barClasses = [...]string{Attended: "att-attended", Regrets: "att-regrets", Absent: "att-absent", NotNamed: "att-none"}
)

// AttendanceSVG draws a person's attendance over the meetings as a small
// inline SVG: one bar per meeting in date order, full height for a
// meeting attended, half for regrets, a low mark for absent, a hairline
// for a meeting that does not name the person. The bars' classes
// (att-attended, att-regrets, att-absent, att-none) give their colours,
// so the page's light and dark themes both apply; each bar's title says
// the date and the part, and the label sums them up for screen readers.
func AttendanceSVG(r *Registers, pr Person) string {
	ps := r.Presences(pr.Handle)
	w := len(ps)*(barWidth+barGap) - barGap
	w = max(w, 1)
	var b strings.Builder
	label := fmt.Sprintf("%s: attended %d of %d meetings, regrets %d, absent %d", pr.Handle, pr.Attended, len(ps), pr.Regrets, pr.Absent)
	fmt.Fprintf(&b, `<svg class="att-chart" xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s">`,
		w, barHeight, w, barHeight, html.EscapeString(label))
	for i, p := range ps {
		h := barHeights[p]
		fmt.Fprintf(&b, `<rect class="%s" x="%d" y="%d" width="%d" height="%d"><title>%s %s</title></rect>`,
			barClasses[p], i*(barWidth+barGap), barHeight-h, barWidth, h, r.Meetings[i].Date, p)
	}
	b.WriteString(`</svg>`)
	return b.String()
}
