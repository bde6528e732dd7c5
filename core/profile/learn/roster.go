package learn

import (
	"sort"
	"strings"
	"unicode"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// person is someone the minutes name, by handle or by name.
type person struct {
	handle string
	names  count        // the spellings of the name
	files  int          // files that name them
	total  int          // times named
	last   int          // the last file
	in     map[int]bool // the files that name them
	first  int          // order first seen
}

// roster fills the roster with the people the minutes name, most often
// named first, and the aliases: a handle written once that is a typo's
// distance from a handle written more often, and the misspellings of names.
func (l *maker) roster(p *profile.Profile) {
	people := map[string]*person{}
	var order []*person
	add := func(key, handle, name string, file int) {
		pr := people[key]
		if pr == nil {
			pr = &person{handle: handle, last: -1, first: len(order), in: map[int]bool{}}
			people[key] = pr
			order = append(order, pr)
		}
		if name != "" {
			pr.names.add(name, file)
		}
		if pr.last != file {
			pr.files++
			pr.last = file
		}
		pr.in[file] = true
		pr.total++
	}
	for i, m := range l.ms {
		for _, n := range m.named {
			add(n.key, n.handle, n.name, i)
		}
		// Paragraphs name people too ("Triage done by **@rylev**."), and
		// lint checks every handle of the text against the roster.
		for _, s := range m.doc.Sections() {
			for _, b := range s.Blocks {
				if b.Kind == core.Paragraph {
					for _, mn := range core.Mentions(b.Text) {
						add(strings.ToLower(mn.Handle), mn.Handle, "", i)
					}
				}
			}
		}
	}
	// A name written once with a handle and elsewhere alone is one person.
	byName := map[string]*person{}
	for _, pr := range order {
		if pr.handle != "" {
			for _, n := range pr.names.order {
				byName[strings.ToLower(n)] = pr
			}
		}
	}
	var kept []*person
	for _, pr := range order {
		if pr.handle == "" {
			if to := byName[strings.ToLower(pr.names.top())]; to != nil {
				to.files += pr.files
				to.total += pr.total
				for f := range pr.in {
					to.in[f] = true
				}
				continue
			}
		}
		kept = append(kept, pr)
	}
	sort.SliceStable(kept, func(i, j int) bool {
		a, b := kept[i], kept[j]
		if a.files != b.files {
			return a.files > b.files
		}
		return a.total > b.total
	})
	p.Aliases = map[string]string{}
	var members []profile.Member
	byKey := named(kept)
	for _, pr := range kept {
		if to := typoOf(pr, members, byKey); to != nil {
			if pr.handle != "" {
				p.Aliases[pr.handle] = to.Handle
			} else {
				to.Aka = append(to.Aka, pr.names.top())
			}
			continue
		}
		members = append(members, profile.Member{Handle: pr.handle, Name: pr.names.top()})
	}
	p.Roster = members
	if len(p.Aliases) == 0 {
		p.Aliases = nil
	}
}

// typoOf returns the member pr's handle or name misspells: one written
// more often, a typo's distance away (one letter for handles of up to four
// letters and names of up to eight, two for longer ones); byKey finds each
// person by handle and name (named). Two spellings in one file's minutes
// are two people ("Mark" and "Mara" attending the same meeting), not a typo.
func typoOf(pr *person, members []profile.Member, byKey map[string]*person) *profile.Member {
	for i := range members {
		m := &members[i]
		q := byKey[strings.ToLower(m.Handle)+"|"+strings.ToLower(m.Name)]
		if q == nil || q.total <= pr.total || together(pr, q) {
			continue
		}
		if pr.handle != "" && m.Handle != "" && nearly(pr.handle[1:], m.Handle[1:], 4) {
			return m
		}
		if pr.handle == "" && m.Handle == "" && nearly(pr.names.top(), m.Name, 8) {
			return m
		}
	}
	return nil
}

// named finds each person by handle and name in lower case ("@a|ann"),
// for typoOf.
func named(all []*person) map[string]*person {
	byKey := map[string]*person{}
	for _, q := range all {
		byKey[strings.ToLower(q.handle)+"|"+strings.ToLower(q.names.top())] = q
	}
	return byKey
}

// mention is one naming of a person in a file: by handle (with the name
// written beside it, if any) or by name alone; key is whom it names.
type mention struct{ key, handle, name string }

// mentionsOf returns the people m names, in its lists of people then in
// its items, in order: a part of each file's work, done as it is added.
func mentionsOf(m *minutes) []mention {
	var out []mention
	for _, pl := range m.facts.People {
		for _, ps := range pl.People {
			name, handle := splitPerson(ps.Name)
			switch {
			case handle != "":
				out = append(out, mention{strings.ToLower(handle), handle, name})
			case name != "":
				out = append(out, mention{"name:" + strings.ToLower(name), "", name})
			}
		}
	}
	for _, it := range m.doc.Items() {
		for _, h := range it.Handles {
			out = append(out, mention{strings.ToLower(h), h, ""})
		}
	}
	return out
}

// together reports whether a file names both people.
func together(a, b *person) bool {
	for f := range a.in {
		if b.in[f] {
			return true
		}
	}
	return false
}

// nearly reports whether a and b are a typo apart: one edit when the
// shorter has up to short letters, else two.
func nearly(a, b string, short int) bool {
	limit := 2
	if min(len(a), len(b)) <= short {
		limit = 1
	}
	d := profile.Distance(a, b)
	return d > 0 && d <= limit
}

// splitPerson reads a name as written in a list of people: "Benjamin
// Gruenbaum @benjamingr", "min / simula / @minrk", "Christian Bromann
// (@bromann)", "@nornagon", "Dan Middleton (Intel)". The name ends at an
// organisation or note; the handle is the first @handle.
func splitPerson(s string) (name, handle string) {
	if hs := core.Handles(s); len(hs) > 0 {
		handle = hs[0]
		s = strings.Replace(s, handle, "", 1)
	}
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:] // "Team members: Niko": a label the list kept
	}
	for _, sep := range []string{" / ", "/", " (", "(", " <", "<", " [", " - ", " – ", ","} {
		if i := strings.Index(s, sep); i >= 0 {
			s = s[:i]
		}
	}
	name = strings.Trim(strings.TrimSpace(s), " *_()<>[]:;")
	if !strings.ContainsFunc(name, unicode.IsLetter) || isHeaderWord(name) {
		name = ""
	}
	return name, handle
}

// isHeaderWord reports whether name is a column title of a sign-in list
// ("name / institution / GitHub handle") rather than a person.
func isHeaderWord(name string) bool {
	switch strings.ToLower(name) {
	case "name", "names", "your name", "github handle", "handle", "institution", "organisation", "organization", "affiliation":
		return true
	}
	return false
}
