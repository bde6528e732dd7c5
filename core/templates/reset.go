package templates

import (
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// Match returns the template whose format minutes d are in, among those
// that reset sections (Info.Reset): the first, by name, all of whose
// reset sections d has. Formats whose notes carry open task boxes reset
// nothing, and match none.
func Match(d *core.Document) (Info, bool) {
	titles := map[string]bool{}
	for _, s := range d.Sections() {
		titles[normalTitle(s.Title)] = true
	}
	for _, info := range List() {
		if len(info.Reset) == 0 {
			continue
		}
		all := true
		for _, r := range info.Reset {
			all = all && titles[normalTitle(r)]
		}
		if all {
			return info, true
		}
	}
	return Info{}, false
}

// normalTitle is a section title as Match compares it.
func normalTitle(t string) string { return strings.ToLower(strings.TrimSpace(t)) }

// ResetSections returns, for each of the template's reset sections, its
// text after the heading as New writes it for the meeting at: what a next
// agenda puts in place of the last meeting's notes and attendance. Keys
// are the titles as Info.Reset has them.
func ResetSections(name string, at when.When, p *profile.Profile) (map[string]string, error) {
	t, err := load(name)
	if err != nil {
		return nil, err
	}
	src, err := New(name, at, p)
	if err != nil {
		return nil, err
	}
	d, err := core.Parse(src)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for _, r := range t.Reset {
		for _, s := range d.Sections() {
			if normalTitle(s.Title) == normalTitle(r) {
				out[r] = string(src[s.Heading.End:s.Own.End])
			}
		}
	}
	return out, nil
}
