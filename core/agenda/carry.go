package agenda

import (
	"fmt"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Groups whose minutes have no task boxes (Electron's working groups,
// Node.js TSC's older minutes, OpenJS, Jupyter) keep their action items
// in a section of their own ("## Action Items"), open until someone
// writes them done: struck through, or marked "DONE", "(done)", "✅". The
// next agenda carries that section's open items and drops the done ones
// with their sub-items; the box rule (dropItems) does the same for groups
// with boxes.

// actionTitles are the titles of action-item sections, lower case, past
// a trailing colon.
var actionTitles = []string{"action items", "action item", "actions", "action item review", "todo", "todos", "to do", "to-do", "to-dos", "follow-ups", "follow ups", "follow-up items", "open action items", "next steps"}

// isActionTitle reports whether a section title names the action items.
func isActionTitle(title string) bool {
	t := strings.ToLower(strings.TrimSpace(strings.Trim(strings.TrimSpace(title), ":*_")))
	for _, a := range actionTitles {
		if t == a {
			return true
		}
	}
	return false
}

// isActions reports whether section s holds action items: the profile's
// rule says so (its own or a parent's), or it gives none and the title
// names them.
func isActions(p *profile.Profile, s *core.Section) bool {
	if rule, _ := ruleOf(p, s); rule != "" {
		return rule == profile.RuleActions
	}
	return isActionTitle(s.Title)
}

// doneMarks are words and signs that mark an action item done when they
// start or end its text, compared in lower case.
var doneMarks = []string{"done", "(done)", "[done]", "done:", "done.", "done!", "completed", "(completed)", "[completed]", "completed:", "✅", "✔", "✔️", "✓", "☑", "☑️"}

// isDone reports whether an action item's text says it is done: struck
// through as a whole, or starting or ending with a done mark.
func isDone(text string) bool {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~") && len(t) > 4 {
		return true
	}
	fields := strings.Fields(strings.ToLower(strings.Trim(t, "*_")))
	if len(fields) == 0 {
		return false
	}
	first, last := strings.Trim(fields[0], "*_"), strings.Trim(fields[len(fields)-1], "*_")
	for _, m := range doneMarks {
		// "Done" alone or a word such as "Doneness" is no mark: the mark
		// is a whole first or last word of an item with more in it.
		if len(fields) > 1 && (first == m || last == m) {
			return true
		}
	}
	return false
}

// hasBoxes reports whether any item of d has a task box.
func hasBoxes(d *core.Document) bool {
	for _, it := range d.Items() {
		if it.Box != core.NoBox {
			return true
		}
	}
	return false
}

// carryActions drops the done items of the action-item sections, for
// groups without boxes (neither the profile nor the minutes use them):
// the open ones stay where they are and the report counts them.
func (e *editor) carryActions(p *profile.Profile) error {
	if e.format != nil || p.Format.Checkboxes || hasBoxes(e.doc) {
		return nil // boxes say what is done: dropItems drops the checked
	}
	var done []removal
	for _, s := range e.doc.Sections() {
		if s.Level == 0 || !isActions(p, s) {
			continue
		}
		open := 0
		for _, b := range s.Blocks {
			for _, it := range b.Items {
				if !isDone(it.Text) {
					open++
					continue
				}
				r := &Removed{Line: it.Line, Text: it.Text}
				for _, c := range it.Items {
					c.Walk(func(*core.Item) bool { r.Below++; return true })
				}
				done = append(done, removal{it, r})
			}
		}
		if open > 0 {
			e.report.Notes = append(e.report.Notes, fmt.Sprintf("line %d: %s: %d open %s carried (the minutes mark action items done in their text, not with boxes)", s.Line, s.Title, open, plural(open, "item")))
		}
	}
	if len(done) == 0 {
		return nil
	}
	for _, r := range done {
		e.report.Done = append(e.report.Done, *r.report)
	}
	return e.removeAll(done)
}
