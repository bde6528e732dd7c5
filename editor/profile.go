package editor

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/profile/learn"
)

// ProfileKey is where the browser keeps the group's profile the scribe
// chose in the page: the profile file's YAML, as Profile.YAML writes it or
// as it was loaded. No key means the built-in profile.
const ProfileKey = KeyPrefix + "profile"

// storedProfileName names the stored profile in its errors.
const storedProfileName = "the stored profile"

// ReadProfile reads a profile file (YAML or JSON) called name. Its errors
// read "name:line: message", as the command-line tool's do.
func ReadProfile(name string, data []byte) (*profile.Profile, error) {
	if len(data) > MaxOpenSize {
		return nil, TooLarge(name, int64(len(data)))
	}
	p, err := profile.Load(data)
	var pe *profile.Error
	switch {
	case errors.As(err, &pe) && pe.Line > 0:
		return nil, fmt.Errorf("%s:%d: %s", name, pe.Line, pe.Msg)
	case err != nil:
		return nil, fmt.Errorf("%s:1: %v", name, err)
	}
	return p, nil
}

// StoredProfile returns the profile chosen in this browser, and whether it
// is one of the scribe's (else it is profile.Default()). A stored profile
// that cannot be read is left where it is — nothing the scribe chose is
// dropped — and the default is used with the error that says why.
func StoredProfile(s Store) (p *profile.Profile, custom bool, err error) {
	data, ok, err := s.Get(ProfileKey)
	if err != nil {
		return profile.Default(), false, fmt.Errorf("%s could not be read: %v", storedProfileName, err)
	}
	if !ok {
		return profile.Default(), false, nil
	}
	p, err = ReadProfile(storedProfileName, []byte(data))
	if err != nil {
		return profile.Default(), false, err
	}
	return p, true, nil
}

// StoreProfile makes data, a profile file called name, the chosen
// profile. It is read first: a profile that does not load, or that the
// storage refuses, changes nothing and the error says why.
func StoreProfile(s Store, name string, data []byte) (*profile.Profile, error) {
	p, err := ReadProfile(name, data)
	if err != nil {
		return nil, err
	}
	if err := s.Set(ProfileKey, string(data)); err != nil {
		return nil, fmt.Errorf("the browser would not keep the profile: %v", err)
	}
	return p, nil
}

// UseBuiltinProfile makes the built-in profile the chosen one again.
func UseBuiltinProfile(s Store) error { return s.Remove(ProfileKey) }

// LearnPath says whether a file chosen to learn a profile from is one to
// read, and under which path. relative is the path the browser gives for a
// file of a chosen folder ("TSC/meetings/2024-07-10.md", starting with the
// folder's own name), or "" for files chosen one by one, which are known
// by name. Only Markdown files are read, and none under a hidden folder
// (.git) or node_modules.
func LearnPath(relative, name string) (string, bool) {
	p := name
	if relative != "" {
		parts := strings.Split(relative, "/")
		for _, dir := range parts[:len(parts)-1] {
			if strings.HasPrefix(dir, ".") || dir == "node_modules" {
				return "", false
			}
		}
		if len(parts) > 1 {
			parts = parts[1:] // the chosen folder itself
		}
		p = strings.Join(parts, "/")
	}
	switch strings.ToLower(path.Ext(p)) {
	case ".md", ".markdown":
		return p, true
	}
	return "", false
}

// Candidate is a profile read or learned in the page and not applied
// yet: the Profile dialog shows it (DescribeProfile), lets the scribe
// correct what files cannot tell (SetSite), then stores it (Apply).
type Candidate struct {
	// Name is the profile file's name, or says what it was learned from.
	Name string
	// Profile is the profile as it will be applied.
	Profile *profile.Profile
	// Notes say how a learned profile was learned and what it could not
	// learn (learn.Result.Notes); none for a file.
	Notes []string
	// Builtin is true for the built-in profile: applying it forgets the
	// stored one.
	Builtin bool

	data    []byte // the file as read; nil once it must be written anew
	learned *learn.Result
}

// BuiltinCandidate is the built-in profile, to go back to.
func BuiltinCandidate() *Candidate {
	return &Candidate{Name: "the built-in " + profile.Default().Group + " profile", Profile: profile.Default(), Builtin: true}
}

// ReadCandidate reads a profile file chosen in the page; errors read
// "name:line: message".
func ReadCandidate(name string, data []byte) (*Candidate, error) {
	p, err := ReadProfile(name, data)
	if err != nil {
		return nil, err
	}
	return &Candidate{Name: name, Profile: p, data: data}, nil
}

// LearnCandidate learns a profile from the files chosen in the page (see
// learn.Learn and LearnPath).
func LearnCandidate(files []learn.File) (*Candidate, error) {
	var l learn.Learner
	for _, f := range files {
		l.Add(f)
	}
	return LearnedCandidate(&l, learn.Options{}, nil)
}

// LearnedCandidate is the profile learned from the files added to l, with
// what opt says of the site (the page's Profile dialog adds them one by
// one, learn.FromRepository gives opt); between, when not nil, is called
// between the steps of making it (learn.Learner.ResultInSteps).
func LearnedCandidate(l *learn.Learner, opt learn.Options, between func()) (*Candidate, error) {
	if l.Files() == 0 {
		return nil, errors.New("none of the files chosen is Markdown (.md): choose the group's minutes files")
	}
	r, err := l.ResultInSteps(opt, between)
	if err != nil {
		return nil, err
	}
	return &Candidate{Name: fmt.Sprintf("the profile learned from %d files", l.Files()), Profile: r.Profile, Notes: r.Notes, learned: r}, nil
}

// SetSite sets the group's name, the site's repository and the minutes'
// folder to what the scribe typed, when they differ. They are checked
// when the profile is applied.
func (c *Candidate) SetSite(group, repository, folder string) {
	group, repository, folder = strings.TrimSpace(group), strings.TrimSpace(repository), strings.Trim(strings.TrimSpace(folder), "/")
	p := c.Profile
	if group == p.Group && repository == p.Site.Repository && folder == p.Site.Folder {
		return
	}
	if p.FullName == "" {
		p.FullName = p.Group // the name learned, often the long one
	}
	if repository != p.Site.Repository && p.Site.URL != "" && p.Site.URL == learn.PagesURL(p.Site.Repository, "") {
		p.Site.URL = learn.PagesURL(repository, "") // the Pages site learned was the other repository's
	}
	p.Group, p.Site.Repository, p.Site.Folder = group, repository, folder
	c.data = nil      // a file is written anew: its comments would not say the same
	c.Builtin = false // the built-in profile changed is the scribe's own
	if c.learned != nil {
		c.learned.Notes = without(c.learned.Notes, "site.repository:")
	}
}

// without drops the notes about a setting the scribe has set.
func without(notes []string, prefix string) []string {
	var out []string
	for _, n := range notes {
		if !strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	return out
}

// YAML is the profile file the candidate stores: the file as read while
// unchanged, a learned profile with its notes as comments.
func (c *Candidate) YAML() []byte {
	switch {
	case c.data != nil:
		return c.data
	case c.learned != nil:
		return c.learned.YAML()
	}
	return c.Profile.YAML()
}

// Check reads the profile as Apply stores it: an error says what is wrong
// with a setting the scribe typed ("name:line: message").
func (c *Candidate) Check() error {
	if c.Builtin {
		return nil
	}
	_, err := ReadProfile(c.fileName(), c.YAML())
	return err
}

// Apply makes the candidate the profile chosen in this browser. Nothing
// changes when the profile does not load (a setting the scribe typed is
// wrong: "name:line: message") or the storage refuses it.
func (c *Candidate) Apply(s Store) error {
	if c.Builtin {
		return UseBuiltinProfile(s)
	}
	_, err := StoreProfile(s, c.fileName(), c.YAML())
	return err
}

// fileName names the candidate in errors: its file, or the profile the
// page writes.
func (c *Candidate) fileName() string {
	if c.data != nil {
		return c.Name
	}
	return ".minutes.yaml"
}

// ProfileFact is one line of what a profile says, as the page shows it
// before the profile is applied.
type ProfileFact struct {
	Label, Value string
}

// DescribeProfile says what the page takes from a profile: the group, how
// its minutes files are named and published (repository, website), its meetings, how each role
// is labelled, its sections and templates.
func DescribeProfile(p *profile.Profile) []ProfileFact {
	var out []ProfileFact
	add := func(label, value string) {
		if value != "" {
			out = append(out, ProfileFact{label, value})
		}
	}
	add("Group", p.Group)
	if p.FullName != p.Group {
		add("Full name", p.FullName)
	}
	add("Minutes files", path.Join(p.Site.Folder, p.Site.FileName))
	add("Repository", p.Site.Repository)
	add("Website", p.Site.URL)
	if p.Site.IndexLine != "" {
		add("Index", p.Site.IndexFile+": "+p.Site.IndexLine)
	}
	if p.WebsiteIsGitHub() {
		add("Read", "on GitHub")
	} else {
		add("Read", "on the group's Jekyll site")
	}
	add("Meetings", meetingsOf(p))
	add("Roles", rolesOf(p.Format.Roles))
	add("Sections", strings.Join(p.Format.Sections, " · "))
	add("Templates", templatesOf(p))
	if n := len(p.Roster); n > 0 {
		add("Roster", fmt.Sprintf("%d people", n))
	}
	return out
}

// meetingsOf says the usual time and cadence, when the profile states them.
func meetingsOf(p *profile.Profile) string {
	var parts []string
	if p.HasCadence() {
		parts = append(parts, fmt.Sprintf("every %d days", p.Meeting.CadenceDays))
	}
	if p.HasMeetingTime() {
		parts = append(parts, "at "+p.Meeting.Time)
	}
	return strings.Join(parts, " ")
}

// rolesOf lists each role's labels: "attendees: Present; chair: Facilitator".
func rolesOf(r profile.Roles) string {
	var parts []string
	for _, role := range []struct {
		name   string
		labels []string
	}{{"attendees", r.Attendees}, {"regrets", r.Regrets}, {"absent", r.Absent}, {"chair", r.Chair}, {"scribe", r.Scribe}} {
		if len(role.labels) > 0 {
			parts = append(parts, role.name+": "+strings.Join(role.labels, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// templatesOf names the group's own templates, the default first.
func templatesOf(p *profile.Profile) string {
	var names []string
	for _, t := range p.Templates {
		names = append(names, t.Name)
	}
	if len(names) == 0 {
		return "the built-in ones"
	}
	return strings.Join(names, ", ")
}
