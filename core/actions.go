package core

import (
	"strings"
)

// Action is a task of the minutes: an item that asks for something still
// to be done, with the people who are to do it.
type Action struct {
	// Owners are the handles named as doers, as written, in order; none
	// for a task nobody has taken (a call for volunteers, a question put
	// to no one).
	Owners []string
	// Owner is the first owner, "" for none.
	Owner string
	Text  string
	Line  int
	Item  *Item
	// Inherited is true when the owners are named by an enclosing item.
	Inherited bool
}

// ActionRules are a group's habits in writing tasks; the language's own
// rules (who is named first, "@a will …", questions) are core's. The zero
// value applies those alone.
type ActionRules struct {
	// Sections are words of section titles whose items are never tasks
	// ("upcoming events"), compared without regard to case.
	Sections []string
	// VolunteerCalls are phrases of an item that asks for volunteers
	// ("volunteers needed", "others?"): such an item names no owner, and
	// does not take an enclosing item's.
	VolunteerCalls []string
	// Comments are phrases of a reply ("good idea"): a short item that
	// says one after its author is a comment, not a task.
	Comments []string
}

// Tasks returns the minutes' tasks under rules r, in document order:
//
//   - an open item ("- [ ] …") whose text is a task, owned by the handles
//     it starts with ("@a and @b – …", "Contact @a, @b – …", "@a (+@b) …"),
//     else by the enclosing item's, else by no one;
//   - any other item that is not done and says "@a will …" (also "takes",
//     "may take", "is going to"), owned by the handles before the verb.
//
// An open item is no task when it names people only ("@a (?)"), is a
// comment, or sits in a section of r.Sections; it has no owner when it
// puts a question to no one ("Can someone …?") or, naming no one first,
// calls for volunteers. Done and struck items are no tasks, and their
// sub-items without a box are not owners' items (only "@a will …"
// makes one); the item that gives the next meeting's date is none.
func (d *Document) Tasks(r ActionRules) []Action { return d.tasks(r, d.Facts().NextItem) }

// tasks is Tasks; next is the item that gives the next meeting's date,
// which is no task.
func (d *Document) tasks(r ActionRules, next *Item) []Action {
	var out []Action
	d.Root.Walk(func(s *Section) bool {
		if s.Level > 0 && containsAnyFold(sectionPath(s), r.Sections) {
			return true
		}
		for _, it := range s.Items() {
			out = r.walk(it, false, nil, out)
		}
		for i := 0; i < len(out); i++ {
			if out[i].Item == next {
				out = append(out[:i], out[i+1:]...)
			}
		}
		return true
	})
	return out
}

// walk adds the tasks of it and its sub-items; done says an enclosing item
// is done, owners are the nearest enclosing item's leading handles.
func (r ActionRules) walk(it *Item, done bool, owners []string, out []Action) []Action {
	text := stripMarkup(it.Text)
	first, rest := leadingHandles(text, it.Handles)
	self := it.Box == Done || isStruck(it.Text)
	if a, ok := r.task(it, text, first, rest, done, self, owners); ok {
		out = append(out, a)
	}
	if len(first) > 0 {
		owners = first
	}
	for _, c := range it.Items {
		out = r.walk(c, done || self, owners, out)
	}
	return out
}

// task decides whether it is a task and whose.
// An item that is itself done (self) is none; without a box, only
// "@a will …" makes one, and under a done item (done) it takes no owner
// from the items above.
func (r ActionRules) task(it *Item, text string, first []string, rest string, done, self bool, inherited []string) (Action, bool) {
	a := Action{Text: it.Text, Line: it.Line, Item: it}
	if self {
		return a, false
	}
	commits := committed(text, it.Handles)
	switch {
	case it.Box != Open:
		if len(commits) == 0 {
			return a, false
		}
		a.Owners = commits
	case len(first) > 0 && isNamesOnly(rest) || r.isComment(rest):
		return a, false
	case isQuestion(rest), strings.HasPrefix(text, "?"): // "? - Show …": owner unknown
	case len(first) > 0:
		a.Owners = addNew(first, commits)
	case containsAnyFold(text, r.VolunteerCalls):
	case len(commits) > 0:
		a.Owners = commits
	case !done:
		a.Owners, a.Inherited = inherited, len(inherited) > 0
	}
	var kept []string
	for _, h := range a.Owners {
		if !isPlaceholder(h) {
			kept = append(kept, h)
		}
	}
	a.Owners = kept
	if len(kept) > 0 {
		a.Owner = kept[0]
	}
	return a, true
}

// isComment reports whether rest is a short reply such as "good idea!".
func (r ActionRules) isComment(rest string) bool {
	return len(strings.Fields(rest)) <= 6 && containsAnyFold(rest, r.Comments)
}

func (f *Facts) actions(d *Document) {
	for _, a := range d.tasks(ActionRules{}, f.NextItem) {
		if len(a.Owners) > 0 {
			f.Actions = append(f.Actions, a)
		}
	}
}

// containsAnyFold reports whether s contains one of words, without regard
// to case.
func containsAnyFold(s string, words []string) bool {
	s = strings.ToLower(s)
	for _, w := range words {
		if w != "" && strings.Contains(s, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// addNew appends to a the handles of b it lacks.
func addNew(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, h := range b {
		if !hasFold(out, h) {
			out = append(out, h)
		}
	}
	return out
}

func hasFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
