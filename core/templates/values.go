package templates

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/internal/lazyre"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// values are what the placeholders of one new document stand for.
type values struct {
	at, next when.When
	profile  *profile.Profile
	fixed    map[string]string
}

// newValues computes the placeholder values for a meeting at at.
func newValues(at when.When, p *profile.Profile) *values {
	next := at.AddDays(p.Meeting.CadenceDays)
	v := &values{at: at, next: next, profile: p, fixed: map[string]string{
		"group":      p.Group,
		"full_name":  p.FullName,
		"location":   p.Meeting.Location,
		"month_name": at.MonthName(),
		"year":       strconv.Itoa(at.Year),
		"month":      strconv.Itoa(int(at.Month)),
		"day":        strconv.Itoa(at.Day),
		"mm":         fmt.Sprintf("%02d", int(at.Month)),
		"dd":         fmt.Sprintf("%02d", at.Day),
		"hour":       strconv.Itoa(at.Clock.Hour),
		"minute":     strconv.Itoa(at.Clock.Minute),
	}}
	for prefix, w := range map[string]when.When{"": at, "next_": next} {
		v.fixed[prefix+"date"] = w.DateString()
		v.fixed[prefix+"time"] = w.TimeString()
		v.fixed[prefix+"datetime"] = w.String()
		v.fixed[prefix+"weekday"] = w.WeekdayName()
		v.fixed[prefix+"long_date"] = w.LongDate()
		v.fixed[prefix+"ordinal_date"] = w.OrdinalDate()
	}
	return v
}

// placeholderNameRe is what may stand between %% and %% ("date",
// "time+30").
var placeholderNameRe = lazyre.New(`^[a-z_]+([+-][0-9]{1,4})?$`)

// isPlaceholderName reports whether s may stand between %% and %%.
func isPlaceholderName(s string) bool { return placeholderNameRe().MatchString(s) }

// get returns the value of the placeholder called name.
func (v *values) get(name string) (string, bool) {
	if s, ok := v.fixed[name]; ok {
		return s, true
	}
	if rest, ok := strings.CutPrefix(name, "time"); ok && len(rest) > 1 {
		n, err := strconv.Atoi(rest)
		if err == nil {
			return v.at.Clock.Add(n).String(), true
		}
	}
	return "", false
}

// fill replaces the placeholders in line; extra holds the values that only
// exist inside a block (the board being written).
func (v *values) fill(line string, extra map[string]string) (string, error) {
	var out strings.Builder
	for {
		i := strings.Index(line, "%%")
		if i < 0 {
			out.WriteString(line)
			return out.String(), nil
		}
		j := strings.Index(line[i+2:], "%%")
		if j < 0 {
			out.WriteString(line)
			return out.String(), nil
		}
		name := line[i+2 : i+2+j]
		if !isPlaceholderName(name) {
			out.WriteString(line[:i+2]) // not a placeholder: keep the %% as text
			line = line[i+2:]
			continue
		}
		s, ok := extra[name]
		if !ok {
			s, ok = v.get(name)
		}
		if !ok {
			return "", fmt.Errorf("unknown placeholder %%%%%s%%%%", name)
		}
		out.WriteString(line[:i])
		out.WriteString(s)
		line = line[i+2+j+2:]
	}
}
