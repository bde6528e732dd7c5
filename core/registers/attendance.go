package registers

import (
	"sort"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
)

// Meeting is one meeting's attendance.
type Meeting struct {
	// Date is the meeting date, YYYY-MM-DD.
	Date string
	// File is the version read; Versions is how many versions of the
	// meeting the folder holds.
	File     string
	Versions int
	// The people by role, each once, handles as the profile writes them.
	Attendees, Regrets, Absent, Chair, Scribe []string
}

// Person is one person's attendance over all meetings.
type Person struct {
	// Handle is the handle meant ("@robrwo"), or the name as first
	// written when it is not a handle; Name is the roster's full name.
	Handle string
	Name   string
	// Attended, Regrets and Absent count the meetings in each role.
	Attended, Regrets, Absent int
	// First and Last are the first and last meeting attended ("" if none).
	First, Last string
	// Spellings are the other ways the minutes wrote the person (@rrwo,
	// a full name), case aside.
	Spellings []string
}

// canonical returns the name meant by a name as written: the profile's
// handle for a known handle or alias or for a roster member's full name
// ("Salve J. Nilsen" is @sjn), else the name itself without enclosing
// brackets ("(@tux)").
func canonical(p *profile.Profile, name string) string {
	name = strings.Trim(strings.TrimSpace(name), "()[],;")
	if strings.HasPrefix(name, "@") {
		if c, ok := p.Canonical(name); ok {
			return c
		}
		return name
	}
	for _, m := range p.Roster {
		if m.Name == "" {
			continue
		}
		same := strings.EqualFold(m.Name, name)
		for _, a := range m.Aka {
			same = same || strings.EqualFold(a, name)
		}
		switch {
		case same && m.Handle != "":
			return m.Handle
		case same:
			return m.Name // a misspelling counts for the person
		}
	}
	return name
}

// attendance is the people met so far, by the lower case of their handle.
type attendance map[string]*Person

func newAttendance() attendance { return attendance{} }

// get returns the person meant by c, written as written.
func (people attendance) get(written, c string, p *profile.Profile) *Person {
	key := strings.ToLower(c)
	pr := people[key]
	if pr == nil {
		pr = &Person{Handle: c}
		if m, ok := p.Member(c); ok {
			pr.Name = m.Name
		}
		people[key] = pr
	}
	if !strings.EqualFold(written, pr.Handle) && !contains(pr.Spellings, written) {
		pr.Spellings = append(pr.Spellings, written)
	}
	return pr
}

// read counts meeting m's people and returns its attendance.
func (people attendance) read(m meeting, p *profile.Profile) Meeting {
	f := m.doc.Facts()
	mt := Meeting{Date: m.date, File: m.file, Versions: m.versions}
	lists := []*[]string{&mt.Attendees, &mt.Regrets, &mt.Absent, &mt.Chair, &mt.Scribe}
	present := map[*Person]bool{}
	for i, role := range []core.Role{core.Attendee, core.Regrets, core.Absent, core.Chair, core.Scribe} {
		for _, n := range f.Names(role) {
			c := canonical(p, n)
			if p.IsPlaceholder(c) || isGroup(p, c) || contains(*lists[i], c) {
				continue
			}
			*lists[i] = append(*lists[i], c)
			pr := people.get(strings.Trim(strings.TrimSpace(n), "()[],;"), c, p)
			switch role {
			case core.Regrets:
				pr.Regrets++
			case core.Absent:
				pr.Absent++
			default:
				present[pr] = true
			}
		}
	}
	for pr := range present {
		pr.Attended++
		if pr.First == "" {
			pr.First = m.date
		}
		pr.Last = m.date
	}
	return mt
}

// people returns everyone met, sorted by handle.
func (people attendance) people() []Person {
	out := make([]Person, 0, len(people))
	for _, pr := range people {
		out = append(out, *pr)
	}
	sort.Slice(out, func(i, j int) bool {
		return strings.ToLower(out[i].Handle) < strings.ToLower(out[j].Handle)
	})
	return out
}

// isGroup reports whether a handle mentions a group ("@all").
func isGroup(p *profile.Profile, h string) bool {
	for _, g := range p.Groups {
		if strings.EqualFold(strings.TrimPrefix(g, "@"), strings.TrimPrefix(h, "@")) {
			return true
		}
	}
	return false
}

// contains reports whether list holds s, without regard to case.
func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
