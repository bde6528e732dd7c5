package agenda

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/when"
)

// rangeEnd moves the end day of a range of days written after a date
// ("Nov 19 - 21 at PayPal", TC39's next meeting) with the date: the new
// range keeps its length. The date matched ends at end in line (which
// starts at offset start of the document); old is the date as written and
// w the new one. When the moved end falls in another month the day is
// left and a note asks to check it, for the line spells one month.
func (e *editor) rangeEnd(line string, start, end int, old, w when.When, n int) core.Change {
	i := end
	for i < len(line) && line[i] == ' ' {
		i++
	}
	dash := ""
	for _, d := range []string{"-", "–", "to "} {
		if strings.HasPrefix(line[i:], d) {
			dash = d
		}
	}
	if dash == "" {
		return nil
	}
	j := i + len(dash)
	for j < len(line) && line[j] == ' ' {
		j++
	}
	k := j
	for k < len(line) && k-j < 2 && line[k] >= '0' && line[k] <= '9' {
		k++
	}
	if k == j || k < len(line) && (line[k] >= '0' && line[k] <= '9' || line[k] == ':' || line[k] == '.' || line[k] == '/' || isLetter(line[k])) {
		return nil // not a day alone: a time, a number, a date, "21st" (left as written)
	}
	last, _ := strconv.Atoi(line[j:k])
	days := last - old.Day
	if days <= 0 || days > 14 {
		return nil
	}
	moved := w.DateOnly().AddDays(days)
	if moved.Month != w.Month {
		e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d: the range's last day %d moves to %s, in another month: check it", n, last, moved.DateString()))
		return nil
	}
	return core.Change{{Start: start + j, End: start + k, Text: zeroLike(line[j:k], moved.Day)}}
}
