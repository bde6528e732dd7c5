package lint

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
)

// handles reports @handles that are not on the roster, with the handle
// most likely meant. The fix replaces the handle when exactly one roster
// handle is closest.
func (c *checker) handles() {
	if len(c.profile.Roster) == 0 {
		return // no roster to check against: every handle would be "unknown"
	}
	for _, l := range c.lines {
		for _, m := range core.Mentions(l.text) {
			h := m.Handle
			if c.known(h) || c.profile.IsPlaceholder(h) {
				continue
			}
			suggestion, ambiguous := c.suggest(h)
			_, isAlias := c.profile.Canonical(h)
			at := l.start + m.Start
			var msg string
			var fix core.Change
			switch {
			case suggestion == "":
				msg = fmt.Sprintf("%s is not on the roster: check the spelling, or add the name to the roster if it is right", h)
			case ambiguous != "":
				msg = fmt.Sprintf("%s is not on the roster: did you mean %s or %s?", h, suggestion, ambiguous)
			case isAlias:
				msg = fmt.Sprintf("%s is not a handle on the roster: the roster writes this person as %s; use that", h, suggestion)
				fix = core.Change{{Start: at, End: at + len(h), Text: suggestion}}
			default:
				msg = fmt.Sprintf("%s is not on the roster: did you mean %s?", h, suggestion)
				fix = core.Change{{Start: at, End: at + len(h), Text: suggestion}}
			}
			f := c.add(at, "unknown-handle", Warning, msg, fix)
			f.Subject = h
			if ambiguous == "" {
				f.Suggestion = suggestion
			}
		}
	}
}

// known reports whether h is on the roster or among the added names.
func (c *checker) known(h string) bool {
	return c.extra[normHandle(h)] || c.profile.Known(h)
}

// suggest returns the handle meant by an unknown handle: an alias's target,
// else the closest roster handle; when a second handle is as close, it is
// returned too and no fix is offered.
func (c *checker) suggest(h string) (best, other string) {
	key := normHandle(h)
	if s, ok := c.suggestions[key]; ok {
		return s[0], s[1]
	}
	if all := c.profile.Suggestions(h); len(all) > 0 {
		best = all[0]
		if len(all) > 1 {
			other = all[1]
		}
	}
	c.suggestions[key] = [2]string{best, other}
	return best, other
}

// attendingAndRegrets reports a person listed as attending and also under
// regrets or absent.
func (c *checker) attendingAndRegrets() {
	f := c.d.Facts()
	attending := map[string]string{} // person -> label of the list
	for _, l := range f.People {
		if l.Role == core.Attendee {
			for _, p := range l.People {
				if k := c.personKey(p.Name); attending[k] == "" {
					attending[k] = c.listLabel(l)
				}
			}
		}
	}
	find := lineFinder{}
	for _, l := range f.People {
		if l.Role != core.Regrets && l.Role != core.Absent {
			continue
		}
		for _, p := range l.People {
			as := attending[c.personKey(p.Name)]
			if as == "" {
				continue
			}
			off := c.d.LineStart(p.Line) + find.next(c, p.Line, p.Name)
			c.add(off, "attending-and-regrets", Warning, fmt.Sprintf(
				"%s is listed under %q and under %q: keep the one that is true", p.Name, as, c.listLabel(l)), nil)
		}
	}
}

// listLabel returns the label of a list of names as written: "Regrets",
// "Partly Absent", an "Attendees" section's title.
func (c *checker) listLabel(l *core.PeopleList) string {
	text := ""
	switch {
	case l.Label != nil:
		text = l.Label.Text
	case l.Section != nil:
		text = l.Section.Title
	}
	if i := strings.IndexAny(text, ":@\n"); i >= 0 {
		text = text[:i]
	}
	text = strings.Trim(strings.TrimSpace(text), "*_-– ")
	if text == "" {
		return l.Role.String()
	}
	return text
}

// personKey identifies a person: a handle by the handle it stands for.
func (c *checker) personKey(name string) string {
	if strings.HasPrefix(name, "@") {
		if h, ok := c.profile.Canonical(name); ok {
			return normHandle(h)
		}
	}
	return normHandle(name)
}

// lineFinder finds names in lines in the order they are written, each
// search starting after the previous find on the same line, so that a
// long line of names is read once.
type lineFinder map[int]*foundIn

type foundIn struct {
	text string // the line
	from int    // where the next search starts
}

// next returns the offset of name in line n at or after the last find,
// or the last find's offset when it is not there.
func (lf lineFinder) next(c *checker, n int, name string) int {
	f := lf[n]
	if f == nil {
		f = &foundIn{text: c.lineText(n)}
		lf[n] = f
	}
	if i := indexFold(f.text[f.from:], name); i >= 0 {
		f.from += i
		at := f.from
		f.from += len(name)
		return at
	}
	return f.from
}

// indexFold returns the offset of the first occurrence of sub in s, ASCII
// letters compared without regard to case (handles are ASCII; other
// letters must match exactly), or -1. Unlike searching strings.ToLower(s),
// the offset is one of s whatever its other characters.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
