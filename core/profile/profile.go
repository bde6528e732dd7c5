package profile

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/cpansec/minutes/core/when"
	"github.com/cpansec/minutes/core/yamlite"
)

// DatePlaceholder stands for the meeting date in Site.FileName and
// Site.IndexLine.
const DatePlaceholder = "YYYY-MM-DD"

// DefaultName is the name of the built-in profile Default returns.
const DefaultName = "cpansec"

// Profile is one group's settings. Read one with Load, Builtin or Default;
// each call returns a new Profile, so names added with Add stay with it.
// A Profile is not safe for use by several goroutines while Add runs.
type Profile struct {
	// Name identifies a built-in profile ("cpansec").
	Name string `yaml:"name" json:"name"`
	// Group is the short name of the group, used in titles ("CPANSec").
	Group string `yaml:"group" json:"group"`
	// FullName is the group's full name.
	FullName string `yaml:"full_name" json:"full_name"`
	// Site says where the minutes are published.
	Site Site `yaml:"site" json:"site"`
	// Meeting holds the usual meeting settings.
	Meeting Meeting `yaml:"meeting" json:"meeting"`
	// Boards are the group's project boards, current ones first.
	Boards []Board `yaml:"boards" json:"boards"`
	// Roster lists the people the minutes mention, by handle.
	Roster []Member `yaml:"roster" json:"roster"`
	// Groups are handles that mention a group of people ("@all").
	Groups []string `yaml:"groups" json:"groups"`
	// Placeholders are handle-like words of templates ("@FIXME").
	Placeholders []string `yaml:"placeholders" json:"placeholders"`
	// Aliases maps handles written in minutes that do not name the person
	// (typos, CPAN ids) to the handle meant.
	Aliases map[string]string `yaml:"aliases" json:"aliases"`
	// Decisions are the words that mark a line of the minutes as a
	// decision ("Decision:", "Agreed", "voted"), compared without regard
	// to case at word boundaries; empty means the registers' own list.
	Decisions []string `yaml:"decisions,omitempty" json:"decisions,omitempty"`
	// Actions are the group's habits in writing action items.
	Actions Actions `yaml:"actions" json:"actions"`
	// Format is how the group writes its minutes (see Format).
	Format Format `yaml:"format,omitempty" json:"format,omitempty"`
	// Templates are the group's own templates, before the built-in ones.
	Templates []Template `yaml:"templates,omitempty" json:"templates,omitempty"`

	// added holds the handles added at run time, normalised.
	added []string
	// timeDefaulted and cadenceDefaulted say that setDefaults filled the
	// meeting time or cadence the profile left out (a profile built in
	// memory, as minutes profile learns one, states what it has).
	timeDefaulted, cadenceDefaulted bool
}

// Site says where a group publishes its minutes.
type Site struct {
	// URL and Title are the website's address and name, as its
	// _config.yml sets them ({{ site.url }}, {{ site.title }}).
	URL   string `yaml:"url" json:"url"`
	Title string `yaml:"title" json:"title"`
	// Repository is the GitHub repository of the website, "OWNER/NAME".
	Repository string `yaml:"repository" json:"repository"`
	// Branch is the branch that pull requests go to.
	Branch string `yaml:"branch" json:"branch"`
	// Folder is the folder of the minutes in the repository.
	Folder string `yaml:"folder" json:"folder"`
	// FileName is the minutes file name, with DatePlaceholder for the
	// date, or YYYY, MM and DD for its parts; it may start with folders
	// named by the date ("YYYY/CG-MM-DD.md" for main/2018/CG-11-27.md).
	FileName string `yaml:"file_name" json:"file_name"`
	// IndexFile is the path of the file that lists the minutes.
	IndexFile string `yaml:"index_file" json:"index_file"`
	// IndexLine is the line that lists one minutes file in IndexFile, with
	// DatePlaceholder for the date.
	IndexLine string `yaml:"index_line" json:"index_line"`
	// FrontMatter are the lines the site needs at the top of each minutes
	// file's front matter ("layout: single", "toc: true"); empty for a
	// site that reads the Markdown as it is (GitHub), and then lint asks
	// for no front matter.
	FrontMatter []string `yaml:"front_matter,omitempty" json:"front_matter,omitempty"`
	// Renderer is how the site makes pages of the minutes: RendererJekyll
	// (the default) or RendererGitHub.
	Renderer string `yaml:"renderer" json:"renderer"`
}

// Meeting holds a group's usual meeting settings.
type Meeting struct {
	// Time is the usual meeting time, "HH:MM UTC".
	Time string `yaml:"time" json:"time"`
	// CadenceDays is the number of days between meetings.
	CadenceDays int `yaml:"cadence_days" json:"cadence_days"`
	// Location is where the group meets, as the minutes write it.
	Location string `yaml:"location" json:"location"`
	// Template is the name of the template new minutes use.
	Template string `yaml:"template" json:"template"`
	// ApprovePrevious is true for a group whose agendas put the previous
	// minutes up for approval ("Previous meeting minutes (YYYY-MM-DD) to
	// be approved"): minutes next adds that line only then.
	ApprovePrevious bool `yaml:"approve_previous,omitempty" json:"approve_previous,omitempty"`
	// StaleAfter is how many meetings an open item is carried before the
	// next agenda marks it as stale; 0 means DefaultStaleAfter.
	StaleAfter int `yaml:"stale_after,omitempty" json:"stale_after,omitempty"`
}

// DefaultStaleAfter is the meetings an item is carried before it is
// stale when the profile does not say: about three months at CPANSec's
// two-weekly cadence.
const DefaultStaleAfter = 6

// Stale returns Meeting.StaleAfter, or DefaultStaleAfter when unset.
func (m Meeting) Stale() int {
	if m.StaleAfter > 0 {
		return m.StaleAfter
	}
	return DefaultStaleAfter
}

// Board is a project board of the group.
type Board struct {
	// Name is the board's current name, as the latest minutes write it.
	Name string `yaml:"name" json:"name"`
	// URL links the board (the view the minutes link).
	URL string `yaml:"url" json:"url"`
	// Formerly lists names the board had in earlier minutes.
	Formerly []string `yaml:"formerly,omitempty" json:"formerly,omitempty"`
	// Retired is true for a board the minutes no longer list.
	Retired bool `yaml:"retired,omitempty" json:"retired,omitempty"`
}

// Actions are how a group writes action items, beyond the language's
// rules (see core.ActionRules, which publish.Actions fills from them).
type Actions struct {
	// NotInSections are words of section titles whose items are never
	// actions ("upcoming events").
	NotInSections []string `yaml:"not_in_sections" json:"not_in_sections"`
	// VolunteerCalls are phrases of items that ask for volunteers: such an
	// item has no owner ("volunteers needed", "others?").
	VolunteerCalls []string `yaml:"volunteer_calls" json:"volunteer_calls"`
	// Comments are phrases of short replies that are no tasks ("good
	// idea").
	Comments []string `yaml:"comments" json:"comments"`
}

// Member is a person on the roster.
type Member struct {
	// Handle is the GitHub handle with its "@", or empty.
	Handle string `yaml:"handle" json:"handle"`
	// Name is the person's name, when the minutes give it. An entry may
	// have a name and no handle, for groups that write names.
	Name string `yaml:"name,omitempty" json:"name,omitempty"`
	// Aka are other spellings of the name seen in the minutes (typos).
	Aka []string `yaml:"aka,omitempty" json:"aka,omitempty"`
}

//go:generate go run ./internal/genbuiltin

// Names returns the names of the built-in profiles, sorted.
func Names() []string {
	return append([]string(nil), builtinNames...)
}

// Builtin returns a new copy of the built-in profile called name. The
// profiles of builtin/ are Go values generated from their YAML
// (builtin_gen.go, go generate), so that no YAML is parsed when the page
// starts: Load of the 7.8 kB of YAML took 1.3 ms natively and several
// times that in the browser, once per call.
func Builtin(name string) (*Profile, error) {
	if i := slices.Index(builtinNames, name); i >= 0 {
		return builtinProfiles[i].clone(), nil
	}
	return nil, &Error{Msg: "no built-in profile " + strconv.Quote(name) + " (have " + strings.Join(Names(), ", ") + ")"}
}

// clone returns a copy of p that shares no slice or map with it, so that
// a built-in profile's copies stay apart (TestBuiltinCopies).
func (p *Profile) clone() *Profile {
	c := *p
	c.Site.FrontMatter = slices.Clone(p.Site.FrontMatter)
	c.Boards = slices.Clone(p.Boards)
	for i := range c.Boards {
		c.Boards[i].Formerly = slices.Clone(c.Boards[i].Formerly)
	}
	c.Roster = slices.Clone(p.Roster)
	for i := range c.Roster {
		c.Roster[i].Aka = slices.Clone(c.Roster[i].Aka)
	}
	c.Groups = slices.Clone(p.Groups)
	c.Placeholders = slices.Clone(p.Placeholders)
	c.Aliases = maps.Clone(p.Aliases)
	c.Decisions = slices.Clone(p.Decisions)
	a := &c.Actions
	a.NotInSections, a.VolunteerCalls, a.Comments = slices.Clone(a.NotInSections), slices.Clone(a.VolunteerCalls), slices.Clone(a.Comments)
	f := &c.Format
	f.DateIn, f.FrontMatter, f.Sections = slices.Clone(f.DateIn), slices.Clone(f.FrontMatter), slices.Clone(f.Sections)
	f.SectionRules = slices.Clone(f.SectionRules)
	r := &f.Roles
	r.Attendees, r.Regrets, r.Absent = slices.Clone(r.Attendees), slices.Clone(r.Regrets), slices.Clone(r.Absent)
	r.Chair, r.Scribe = slices.Clone(r.Chair), slices.Clone(r.Scribe)
	c.Templates = slices.Clone(p.Templates)
	c.added = slices.Clone(p.added)
	return &c
}

// Default returns a new copy of the CPANSec profile.
func Default() *Profile {
	p, err := Builtin(DefaultName)
	if err != nil {
		panic("built-in profile is broken: " + err.Error()) // caught by the tests
	}
	return p
}

// Load reads a profile from YAML or JSON (the subset yamlite reads) and
// checks it. Unknown keys are errors, so that a misspelt setting is not
// silently ignored. Errors carry the line of the offending key: see Error.
func Load(data []byte) (*Profile, error) {
	doc, err := yamlite.Parse(data)
	if err != nil {
		e := err.(*yamlite.Error)
		return nil, &Error{Line: e.Line, Msg: "invalid profile: " + e.Msg}
	}
	p := &Profile{}
	if len(doc.Content) > 0 {
		if err := p.decode(doc.Content[0]); err != nil {
			return nil, err
		}
	}
	p.setDefaults()
	if err := p.check(doc); err != nil {
		return nil, err
	}
	return p, nil
}

// Generic returns a profile that knows nothing of a group: no site, no
// roster, no usual meeting time or cadence. Lint rules that rest on those
// facts stay silent with it; it is what a command uses for minutes that
// are not the built-in group's and have no profile of their own.
func Generic() *Profile {
	p := &Profile{}
	p.setDefaults()
	return p
}

// HasMeetingTime reports whether the profile states the group's usual
// meeting time (Clock returns 16:00 UTC otherwise).
func (p *Profile) HasMeetingTime() bool { return p.Meeting.Time != "" && !p.timeDefaulted }

// HasCadence reports whether the profile states the days between
// meetings (Meeting.CadenceDays is 14 otherwise).
func (p *Profile) HasCadence() bool { return p.Meeting.CadenceDays != 0 && !p.cadenceDefaulted }

// setDefaults fills the settings a profile may leave out.
func (p *Profile) setDefaults() {
	p.timeDefaulted = p.timeDefaulted || p.Meeting.Time == ""
	p.cadenceDefaulted = p.cadenceDefaulted || p.Meeting.CadenceDays == 0
	if p.Site.Branch == "" {
		p.Site.Branch = "main"
	}
	if p.Meeting.CadenceDays == 0 {
		p.Meeting.CadenceDays = 14
	}
	if p.Meeting.Time == "" {
		p.Meeting.Time = "16:00 UTC"
	}
	if p.Group == "" {
		p.Group = p.Name
	}
	if p.Site.Renderer == "" {
		p.Site.Renderer = RendererJekyll
	}
}

// Clock returns the usual meeting time; a time written without a zone is
// UTC.
func (p *Profile) Clock() when.Clock {
	c, err := when.ParseClock(p.Meeting.Time)
	if err != nil {
		return when.Clock{Hour: 16, Zone: when.UTC} // unreachable for a checked profile
	}
	if c.Zone == "" {
		c.Zone = when.UTC
	}
	return c
}

// Owner returns the owner part of the site repository.
func (p *Profile) Owner() string {
	owner, _, _ := strings.Cut(p.Site.Repository, "/")
	return owner
}

// RepoName returns the name part of the site repository.
func (p *Profile) RepoName() string {
	_, name, _ := strings.Cut(p.Site.Repository, "/")
	return name
}

// ActiveBoards returns the boards that are not retired, in order.
func (p *Profile) ActiveBoards() []Board {
	var out []Board
	for _, b := range p.Boards {
		if !b.Retired {
			out = append(out, b)
		}
	}
	return out
}

// FindBoard returns the board named name (its current or a former name,
// compared without regard to case) or linked by name when it is a URL of
// the board (with or without a "/views/N" suffix).
func (p *Profile) FindBoard(name string) (Board, bool) {
	name = strings.TrimSpace(name)
	for _, b := range p.Boards {
		if strings.EqualFold(b.Name, name) || sameBoardURL(b.URL, name) {
			return b, true
		}
		for _, f := range b.Formerly {
			if strings.EqualFold(f, name) {
				return b, true
			}
		}
	}
	return Board{}, false
}

// sameBoardURL reports whether u and v link the same project board.
func sameBoardURL(u, v string) bool {
	base := func(s string) string {
		s = strings.TrimSuffix(s, "/")
		if i := strings.Index(s, "/views/"); i >= 0 {
			s = s[:i]
		}
		return strings.ToLower(s)
	}
	return strings.Contains(v, "://") && base(u) == base(v)
}
