package agenda

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/cpansec/minutes/core"
)

// An open item carried from meeting to meeting for long is marked in the
// agenda with how long: "@a - topic (carried 7 meetings)". The mark is
// words at the end of the item's own line, so it reads the same in the
// Markdown, on GitHub and on the website, needs no legend, and says why
// the item stands out; the group can decide to drop the item or act on
// it. It is written only by Next, from the registers' counts, and
// rewritten (not added again) when the agenda after is made.

// WithCarried has Next mark the open items carried for at least the
// profile's Meeting.Stale() meetings: carried returns the meetings an
// item's text (without its mark) has been in so far, 0 when not known (as
// registers.Registers.Carried does). A nil carried marks nothing.
func WithCarried(carried func(text string) int) Option {
	return func(c *config) { c.carried = carried }
}

// carriedMark matches the mark at the end of an item's text.
var carriedMark = regexp.MustCompile(`[ \t]*\(carried (\d+) meetings\)$`)

// CarriedMark returns the mark of an item carried for n meetings.
func CarriedMark(n int) string { return "(carried " + strconv.Itoa(n) + " meetings)" }

// StripCarried returns text without its carried mark, and the meetings the
// mark states (0 when it has none).
func StripCarried(text string) (string, int) {
	m := carriedMark.FindStringSubmatchIndex(text)
	if m == nil {
		return text, 0
	}
	n, _ := strconv.Atoi(text[m[2]:m[3]])
	return text[:m[0]], n
}

// markStale writes or updates the carried mark of each open item carried
// for at least stale meetings, last item first so that the offsets of the
// ones before stay right.
func (e *editor) markStale(carried func(string) int, stale int) error {
	if carried == nil {
		return nil
	}
	items := e.doc.Items()
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if it.Box != core.Open {
			continue
		}
		src := string(e.doc.Bytes()[it.TextSpan.Start:it.TextSpan.End])
		text, had := StripCarried(src)
		n := carried(text)
		if n < stale || n == had {
			continue
		}
		mark := CarriedMark(n)
		start := it.TextSpan.Start + len(text)
		c := core.Change{{Start: start, End: it.TextSpan.End, Text: " " + mark}}
		if err := e.edit(c, "stale", src[len(text):], " "+mark); err != nil {
			return fmt.Errorf("line %d: %w", it.Line, err)
		}
	}
	return nil
}
