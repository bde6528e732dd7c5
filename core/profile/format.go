package profile

// The site renderers a profile may name in site.renderer: how the pages
// readers see are made from the Markdown.
const (
	// RendererJekyll is a Jekyll site with kramdown in GFM mode (GitHub
	// Pages' build), the default.
	RendererJekyll = "jekyll"
	// RendererGitHub is GitHub's own renderer: the group's minutes are read
	// on github.com, in the repository's file view.
	RendererGitHub = "github"
)

// Format is how a group writes its minutes: what `minutes profile` learns
// from a folder of them, or what a group writes by hand. Every field may
// be empty, which says nothing.
type Format struct {
	// DateIn lists where the minutes state the meeting's date, most
	// common first: "file name", "meeting_time" (front matter), "title",
	// "heading", "body".
	DateIn []string `yaml:"date_in,omitempty" json:"date_in,omitempty"`
	// DateStyle is how the text spells the date, with YYYY, MM (or M
	// without a leading zero), DD (or D) and Month for a month's name:
	// "YYYY-MM-DD", "YYYY.MM.DD", "YYYY-M-D", "Month D, YYYY".
	DateStyle string `yaml:"date_style,omitempty" json:"date_style,omitempty"`
	// FrontMatter are the keys of the front matter most files have, in
	// their order.
	FrontMatter []string `yaml:"front_matter,omitempty" json:"front_matter,omitempty"`
	// ListMarker is the bullet most list items use: "-", "*" or "+".
	ListMarker string `yaml:"list_marker,omitempty" json:"list_marker,omitempty"`
	// Checkboxes is true when agendas and action items carry task boxes
	// ("- [ ] item").
	Checkboxes bool `yaml:"checkboxes,omitempty" json:"checkboxes,omitempty"`
	// Roles are the labels the minutes give each role, most common first.
	Roles Roles `yaml:"roles,omitempty" json:"roles,omitempty"`
	// NextMeeting is true when the minutes say when the next meeting is
	// (a "Next meeting:" line): lint asks for one only then.
	NextMeeting bool `yaml:"next_meeting,omitempty" json:"next_meeting,omitempty"`
	// Sections is the recurring skeleton: the headings most files have,
	// as written ("## Agenda"), in order. A date in a heading is written
	// with DatePlaceholder.
	Sections []string `yaml:"sections,omitempty" json:"sections,omitempty"`
	// SectionRules say, by section title, what the next agenda does with
	// each section of the last minutes (see Rules); a section without a
	// rule is left to the next agenda's other steps. Written as a mapping
	// of "Title: rule" lines, in order.
	SectionRules []SectionRule `yaml:"section_rules,omitempty" json:"section_rules,omitempty"`
}

// Roles are the labels of each role, as the minutes write them
// ("Facilitator", "Council members").
type Roles struct {
	Attendees []string `yaml:"attendees,omitempty" json:"attendees,omitempty"`
	Regrets   []string `yaml:"regrets,omitempty" json:"regrets,omitempty"`
	Absent    []string `yaml:"absent,omitempty" json:"absent,omitempty"`
	Chair     []string `yaml:"chair,omitempty" json:"chair,omitempty"`
	Scribe    []string `yaml:"scribe,omitempty" json:"scribe,omitempty"`
}

// Template is a template of the group's own, kept in its profile: the
// Markdown of new minutes with the placeholders of package templates.
type Template struct {
	// Name is what meeting.template and 'minutes new --template' call it.
	Name string `yaml:"name" json:"name"`
	// Description says which format it makes.
	Description string `yaml:"description,omitempty" json:"description,omitempty"`
	// Body is the template's Markdown.
	Body string `yaml:"body" json:"body"`
}

// WebsiteIsGitHub reports whether the group's minutes are read as GitHub
// shows them: the preview's website mode is then GitHub's rendering.
func (p *Profile) WebsiteIsGitHub() bool { return p.Site.Renderer == RendererGitHub }

// Template returns the profile's own template called name.
func (p *Profile) Template(name string) (Template, bool) {
	for _, t := range p.Templates {
		if t.Name == name {
			return t, true
		}
	}
	return Template{}, false
}
