package form

import (
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/ui"
)

// peopleView shows who chaired, who took the minutes, who attended, sent
// regrets or was absent, as chips: one group per list of names the
// minutes keep (a role may be written in several places, such as
// "Attendees" and "Partly attending"), and an empty group for a role not
// written yet. Each change writes the group's names with core's
// SetPeopleList (or SetPeople, which finds a place for a new role).
type peopleView struct {
	page        ui.Document
	box, roster ui.Node
	html        string
}

// peopleRoles are the roles shown, in order.
var peopleRoles = []core.Role{core.Chair, core.Scribe, core.Attendee, core.Regrets, core.Absent}

// peopleRef is one group of chips.
type peopleRef struct {
	role     core.Role
	list     *core.PeopleList // nil: the role is not written yet
	people   []core.Person
	label    string
	editable bool
}

func (pv *peopleView) bind(page ui.Document) bool {
	pv.page = page
	pv.box, pv.roster = page.ByID("people"), page.ByID("roster")
	return pv.box != nil && pv.roster != nil
}

// fillRoster puts the roster's handles in the datalist that the name
// fields suggest from.
func (pv *peopleView) fillRoster(handles []string) {
	var m markup
	for _, h := range handles {
		m.raw(`<option value="`)
		m.text(h)
		m.raw(`">`)
	}
	pv.roster.SetHTML(m.String())
}

// roleTitle is a role's name in the form.
func roleTitle(r core.Role) string {
	switch r {
	case core.Chair:
		return "Chair"
	case core.Scribe:
		return "Scribe"
	case core.Attendee:
		return "Attendees"
	case core.Regrets:
		return "Regrets"
	}
	return "Absent"
}

// peopleRefs lists the groups for the facts f.
func peopleRefs(f *core.Facts) []peopleRef {
	var refs []peopleRef
	for _, role := range peopleRoles {
		n := 0
		for _, l := range f.People {
			if l.Role != role {
				continue
			}
			n++
			refs = append(refs, peopleRef{role: role, list: l, people: l.People, label: listLabel(l), editable: editableList(l)})
		}
		if n == 0 {
			refs = append(refs, peopleRef{role: role, editable: true})
		}
	}
	return refs
}

// listLabel returns the words that label a list of names: a section's
// title, or a label item's text before the names.
func listLabel(l *core.PeopleList) string {
	if l.Label == nil {
		if l.Section != nil {
			return strings.TrimSpace(l.Section.Title)
		}
		return ""
	}
	t := l.Label.Text
	if i := strings.IndexAny(t, ":@\n"); i >= 0 {
		t = t[:i]
	}
	return strings.Trim(strings.TrimSpace(t), "*_-– ")
}

// editableList reports whether the form may rewrite a list's names. A
// chair or scribe read from a sentence ("Welcome – @sjn", "@tux took
// minutes") is shown but left to the Markdown view: rewriting it would
// replace the sentence by a label.
func editableList(l *core.PeopleList) bool {
	if l.Role != core.Chair && l.Role != core.Scribe || l.Label == nil {
		return true
	}
	t := strings.ToLower(strings.TrimLeft(l.Label.Text, "*_ "))
	for _, p := range []string{"meeting ", "chair", "organi", "secretary", "scribe", "minute", "minutes "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// nameOf is how a person is written back: the name, and the note in
// parentheses.
func nameOf(p core.Person) string {
	if p.Note != "" {
		return p.Name + " (" + p.Note + ")"
	}
	return p.Name
}

// names returns the group's names as written back.
func (r *peopleRef) names() []string {
	out := make([]string, len(r.people))
	for i, p := range r.people {
		out[i] = nameOf(p)
	}
	return out
}

// show renders the groups when they changed, keeping the focus in the
// name field it was in.
func (pv *peopleView) show(f *core.Facts, prof *profile.Profile) {
	refs := peopleRefs(f)
	html := renderPeople(refs, prof)
	if html == pv.html {
		return
	}
	pv.html = html
	focused := ""
	if ae := pv.page.Active(); closest(ae, "#people") != nil {
		focused = ae.ID()
	}
	pv.box.SetHTML(html)
	if focused != "" {
		focusAt(pv.page.ByID(focused), -1)
	}
}

// renderPeople returns the markup of the groups. The page's shell holds
// the markup for a document without names, so that nothing moves when the
// form starts.
func renderPeople(refs []peopleRef, prof *profile.Profile) string {
	var m markup
	count := map[core.Role]int{}
	for _, r := range refs {
		count[r.role]++
	}
	for n, r := range refs {
		ns := strconv.Itoa(n)
		title := roleTitle(r.role)
		if count[r.role] > 1 && r.label != "" && !strings.EqualFold(r.label, title) {
			title += " (" + r.label + ")"
		}
		m.raw(`<div class="pgroup"><span class="plabel" id="pl-`, ns, `">`)
		m.text(title)
		m.raw(`</span><ul class="chips" aria-labelledby="pl-`, ns, `">`)
		var warnings markup
		for i, person := range r.people {
			m.chip(r, ns, i, title, person, prof, &warnings)
		}
		m.raw(`</ul>`)
		if r.editable {
			m.raw(`<input class="chip-in" id="pi-`, ns, `" data-f="chip" data-l="`, ns, `" list="roster" autocomplete="off" placeholder="@handle" aria-label="`)
			m.text("Add to " + title)
			m.raw(`">`)
		} else {
			m.raw(`<span class="fhint">Written in a sentence: edit it in its item.</span>`)
		}
		m.raw(warnings.String(), `</div>`)
	}
	return m.String()
}

// chip renders name i of group r (numbered ns, called title) and, for a
// handle not on the roster that it can correct, a warning with the
// suggestion into warnings.
func (m *markup) chip(r peopleRef, ns string, i int, title string, person core.Person, prof *profile.Profile, warnings *markup) {
	is := strconv.Itoa(i)
	name := nameOf(person)
	sug, unknown := "", false
	if strings.HasPrefix(person.Name, "@") && !prof.Known(person.Name) {
		unknown = true
		sug, _ = prof.Suggest(person.Name)
	}
	class := "chip"
	if unknown {
		class = "chip chip-unknown"
	}
	m.raw(`<li class="`, class, `"><span>`)
	m.text(name)
	if unknown && sug == "" {
		m.raw(`<span class="sr-only"> (not on the roster)</span>`)
	}
	m.raw(`</span>`)
	if r.editable {
		m.raw(`<button type="button" class="chip-x" data-act="unchip" data-l="`, ns, `" data-n="`, is, `" aria-label="`)
		m.text("Remove " + name + " from " + title)
		m.raw(`">×</button>`)
	}
	m.raw(`</li>`)
	if unknown && sug == "" && r.editable {
		warnings.raw(`<p class="chip-warn">`)
		warnings.text(person.Name + " is not on the roster.")
		warnings.raw(` <button type="button" data-act="roster" data-s="`)
		warnings.text(person.Name)
		warnings.raw(`" aria-label="`)
		warnings.text("Add " + person.Name + " to the roster")
		warnings.raw(`">Add to roster</button></p>`)
		return
	}
	if sug == "" {
		return
	}
	warnings.raw(`<p class="chip-warn">`)
	warnings.text(person.Name + " is not on the roster: did you mean " + sug + "?")
	if r.editable {
		warnings.raw(` <button type="button" data-act="suggest" data-l="`, ns, `" data-n="`, is, `" data-s="`)
		warnings.text(sug)
		warnings.raw(`" aria-label="`)
		warnings.text("Replace " + person.Name + " by " + sug)
		warnings.raw(`">Use `)
		warnings.text(sug)
		warnings.raw(`</button>`)
	}
	warnings.raw(`</p>`)
}

// peopleRef returns group n of the current document, or nil.
func (p *Form) peopleRef(n int) *peopleRef {
	refs := peopleRefs(p.doc().Facts())
	if n < 0 || n >= len(refs) || !refs[n].editable {
		return nil
	}
	return &refs[n]
}

// setNames writes a group's names and keeps the focus in its name field.
func (p *Form) setNames(r *peopleRef, n int, names []string) {
	doc := p.doc()
	var c core.Change
	var err error
	if r.list != nil {
		c, err = doc.SetPeopleList(r.list, names)
	} else {
		c, err = doc.SetPeople(r.role, names)
	}
	p.factsSoon = true
	if p.apply(c, err, "") {
		focusAt(p.page.ByID("pi-"+strconv.Itoa(n)), -1)
	}
}

// peopleAction removes a name, or replaces it by the roster's suggestion.
func (p *Form) peopleAction(act string, b ui.Node) {
	n, i := attrInt(b, "data-l"), attrInt(b, "data-n")
	r := p.peopleRef(n)
	if r == nil || i < 0 || i >= len(r.people) {
		return
	}
	names := r.names()
	switch act {
	case "unchip":
		names = append(names[:i], names[i+1:]...)
	case "suggest":
		person := r.people[i]
		person.Name = attr(b, "data-s")
		names[i] = nameOf(person)
	}
	p.setNames(r, n, names)
}

// addNames adds the names typed in a group's field (several separated by
// commas); "sjn" becomes "@sjn" when the roster knows the handle.
func (p *Form) addNames(el ui.Node) {
	n := attrInt(el, "data-l")
	r := p.peopleRef(n)
	typed := el.Value()
	if r == nil || strings.TrimSpace(typed) == "" {
		return
	}
	el.SetValue("")
	names := r.names()
	added := false
	for _, name := range strings.Split(typed, ",") {
		name = p.normalizeName(name)
		if name == "" || hasName(names, name) {
			continue
		}
		names = append(names, name)
		added = true
	}
	if added {
		p.setNames(r, n, names)
	}
}

// normalizeName trims a typed name and writes a roster handle as the
// roster does.
func (p *Form) normalizeName(name string) string {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, " \t") {
		return name
	}
	at := name
	if !strings.HasPrefix(at, "@") {
		at = "@" + at
	}
	if p.prof.Known(at) {
		if c, ok := p.prof.Canonical(at); ok {
			return c
		}
		return at
	}
	return name
}

func hasName(names []string, name string) bool {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

// chipKey handles a key in a group's name field: Enter or a comma adds
// what is typed, Backspace in the empty field removes the last name.
func (p *Form) chipKey(k keyEvent, el ui.Node) {
	switch {
	case (k.key == "Enter" || k.key == ",") && !k.ctrl && !k.alt:
		k.handled()
		p.addNames(el)
	case k.key == "Backspace" && k.bare && el.Value() == "":
		n := attrInt(el, "data-l")
		if r := p.peopleRef(n); r != nil && len(r.people) > 0 {
			k.handled()
			names := r.names()
			p.setNames(r, n, names[:len(names)-1])
		}
	}
}
