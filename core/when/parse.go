package when

import (
	"errors"
	"fmt"
	"strings"
)

// ExtraTextError reports text left after a date and time, such as the
// template leftover in "March 27th, 2024 17:00 UTC FIXME". The date and
// time before it were read and are returned with the error.
type ExtraTextError struct {
	// Value is the whole value; Extra is what follows the date and time.
	Value, Extra string
}

// Error returns the message.
func (e *ExtraTextError) Error() string {
	return fmt.Sprintf("unexpected %s after the date and time in %s", quote(e.Extra), quote(e.Value))
}

// ParseMeetingTime reads the value of the front matter field meeting_time
// in any of the spellings the group has used:
//
//	2025-06-18 16:00 UTC
//	February 24th, 2024 15:00 UTC
//	July 03, 2024 17:00 UTC
//	April 10th 2024, 17:00 UTC
//
// A value without a time gives a When without one. When text follows the
// date and time ("... 17:00 UTC FIXME"), ParseMeetingTime returns what it
// read together with an *ExtraTextError; a date without a year is returned
// with an error too (Jekyll would take the year of the build). A value that
// does not start with a date gives an error and the zero When.
func ParseMeetingTime(s string) (When, error) {
	t := strings.TrimSpace(strings.ReplaceAll(s, nbsp, " "))
	if t == "" {
		return When{}, errors.New("meeting_time is empty (want YYYY-MM-DD HH:MM UTC)")
	}
	m, ok := matchAt(t, 0)
	if !ok || !isAlnum(t[0]) {
		return When{}, fmt.Errorf("not a date and time: %s (want YYYY-MM-DD HH:MM UTC)", quote(s))
	}
	if rest := strings.TrimSpace(t[m.End:]); rest != "" {
		return m.When, &ExtraTextError{Value: s, Extra: rest}
	}
	if !m.When.HasYear() {
		return m.When, fmt.Errorf("no year in %s (want YYYY-MM-DD HH:MM UTC)", quote(s))
	}
	return m.When, nil
}

// ParseDate reads a date written exactly as YYYY-MM-DD, as on the command
// line and in file names.
func ParseDate(s string) (When, error) {
	t := strings.TrimSpace(s)
	w, end, ok := isoAt(t, 0)
	if !ok || end != len(t) {
		return When{}, fmt.Errorf("not a date: %s (want YYYY-MM-DD)", quote(s))
	}
	if !w.Valid() {
		return When{}, fmt.Errorf("no such day: %s", quote(s))
	}
	return w, nil
}
