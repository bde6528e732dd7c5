package learn

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/when"
)

// File is a Markdown file to learn from.
type File struct {
	// Path is the file's slash-separated path, relative to the folder read.
	Path string
	Src  []byte
}

// Options say what is known besides the files.
type Options struct {
	// Repository is the GitHub repository, "OWNER/NAME", when known (a
	// Git remote); else the profile says OWNER/NAME for the user to fill.
	Repository string
	// URL is the site's address when known (FromRepository: the GitHub
	// Pages site of the remote); else the profile states none.
	URL string
	// Folder is the path of the folder read inside the repository, put
	// before the folder learned from the paths.
	Folder string
	// Renderer is the site's renderer when known (a _config.yml says
	// Jekyll); else it is guessed from the files.
	Renderer string
	// Name is the profile's name; else one is made from the group's.
	Name string
}

// Result is a learned profile with notes on how it was learned.
type Result struct {
	Profile *profile.Profile
	// Minutes is the number of files read as minutes (they have a date).
	Minutes int
	// Notes say what was learned from how many files, and what could not
	// be: one line each, written as comments at the top of YAML.
	Notes []string
}

// minutes is one file read as minutes.
type minutes struct {
	path  string
	doc   *core.Document
	facts *core.Facts
	date  when.When
	keys  []string  // its sections' keys, each once (keysOf)
	named []mention // the people it names (mentionsOf)
}

// Learn infers a profile from files. Files that are not minutes (no
// meeting date) are used only as the index of the minutes when they link
// them (a README.md); files that cannot be read are skipped and named in
// the notes. It fails when no file is minutes. It is a Learner given the
// files one after the other.
func Learn(files []File, opt Options) (*Result, error) {
	var l Learner
	for _, f := range files {
		l.Add(f)
	}
	return l.Result(opt)
}

// Learner learns a profile file by file: Add reads one file (the costly
// part, a parse), Result makes the profile of all those added. The page
// adds one file per task, so that learning from a folder of a few hundred
// minutes never holds the main thread for long. The zero value is ready.
type Learner struct {
	ms     []*minutes
	others []File
	notes  []string
	files  int
}

// Add reads one file: minutes (a file with a meeting date), or another
// file kept for the index, or one that cannot be read, named in the notes.
func (l *Learner) Add(f File) {
	l.files++
	d, err := core.Parse(f.Src, core.WithName(f.Path))
	if err != nil {
		l.notes = append(l.notes, "skipped "+f.Path+": "+err.Error())
		return
	}
	if isIndex(f.Path) {
		l.others = append(l.others, f)
		return
	}
	facts := d.Facts()
	w := facts.When
	if !w.HasYear() {
		// A date split by a folder year ("2018/CG-11-27.md"): core
		// reads file names, not folders.
		if fw, ok := when.InFileName(strings.ReplaceAll(f.Path, "/", "_")); ok {
			w = fw
		}
	}
	if w.HasYear() && w.Valid() {
		m := &minutes{path: f.Path, doc: d, facts: facts, date: w}
		m.keys, m.named = keysOf(m), mentionsOf(m)
		l.ms = append(l.ms, m)
	} else {
		l.others = append(l.others, f)
	}
}

// Files is the number of files added.
func (l *Learner) Files() int { return l.files }

// Result makes the profile of the files added, with what opt says besides
// them (it may be learned last: a folder's .git/config is one of its
// files). It fails when no file is minutes. The Learner is unchanged.
func (l *Learner) Result(opt Options) (*Result, error) { return l.ResultInSteps(opt, nil) }

// ResultInSteps is Result, calling between (when not nil) between the
// steps of making the profile — the site, the meetings, the format, the
// roster, the template, the check that it loads — each a part of the
// work: the page gives the main thread back there.
func (l *Learner) ResultInSteps(opt Options, between func()) (*Result, error) {
	if len(l.ms) == 0 {
		return nil, fmt.Errorf("no minutes among %d files: none states a meeting date", l.files)
	}
	ms := append([]*minutes(nil), l.ms...)
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].date.Compare(ms[j].date) < 0 })
	if between == nil {
		between = func() {}
	}
	m := &maker{ms: ms, latest: ms[len(ms)-1], opt: opt, between: between}
	m.notef("learned from %d minutes, %s to %s", len(ms), ms[0].date.DateString(), m.latest.date.DateString())
	m.notes = append(m.notes, l.notes...)
	p := m.profile(l.others)
	between()
	back, err := profile.Load(p.YAML())
	if err != nil {
		return nil, fmt.Errorf("the learned profile does not load: %v", err) // a bug: every field is checked as it is made
	}
	return &Result{Profile: back, Minutes: len(ms), Notes: m.notes}, nil
}

// YAML returns the profile file: the notes as comments, then the profile.
func (r *Result) YAML() []byte {
	var b strings.Builder
	b.WriteString("# Profile learned by 'minutes profile'; check it and edit what is wrong.\n")
	for _, n := range r.Notes {
		b.WriteString("# " + strings.ReplaceAll(n, "\n", " ") + "\n")
	}
	b.WriteString("\n")
	b.Write(r.Profile.YAML())
	return []byte(b.String())
}

// maker holds the minutes while a profile is made of them.
type maker struct {
	ms      []*minutes // by date
	latest  *minutes
	opt     Options
	notes   []string
	between func() // called between the steps (ResultInSteps)
}

func (l *maker) notef(format string, args ...any) {
	l.notes = append(l.notes, fmt.Sprintf(format, args...))
}

// most reports whether n of the files is most of them (more than half;
// one file of one).
func (l *maker) most(n int) bool { return 2*n > len(l.ms) || len(l.ms) == 1 && n == 1 }

// profile makes the profile from the minutes; others may hold the index.
func (l *maker) profile(others []File) *profile.Profile {
	p := &profile.Profile{}
	p.FullName = l.groupName()
	p.Group = p.FullName
	p.Name = l.opt.Name
	if p.Name == "" {
		p.Name = slug(p.Group)
	}
	l.site(p, others)
	l.between()
	l.meeting(p)
	l.between()
	p.Format = l.format()
	l.between()
	l.roster(p)
	l.between()
	p.Templates = []profile.Template{l.template(p)}
	p.Meeting.Template = p.Templates[0].Name
	return p
}

// groupName is the latest title without its date and the words for a
// meeting ("Node.js Technical Steering Committee (TSC)").
func (l *maker) groupName() string {
	var t string
	for _, title := range []string{l.commonTitle(), withoutDate(l.latest.facts.Title, l.latest.date)} {
		if t = trimGroup(title); t != "" {
			break
		}
	}
	if t == "" {
		if l.opt.Repository != "" {
			_, t, _ = strings.Cut(l.opt.Repository, "/")
		} else {
			t = "group"
		}
		l.notef("group: the titles do not name the group; %q, edit it", t)
	}
	return t
}

// trimGroup takes the words for a meeting off a title's end.
func trimGroup(t string) string {
	t = strings.Trim(t, " *_-–—:,#")
	for {
		lower := strings.ToLower(t)
		trimmed := false
		for _, w := range []string{"meeting", "minutes", "notes", "agenda", "sync", "public", "weekly", "-", "–", ":"} {
			if strings.HasSuffix(lower, " "+w) || lower == w {
				t = strings.Trim(t[:len(t)-len(w)], " *_-–—:,#")
				trimmed = true
				break
			}
		}
		if !trimmed {
			return t
		}
	}
}

// commonTitle returns the words the titles share at their start (or, when
// none, at their end), without the dates: "Node.js Technical Steering
// Committee (TSC) Meeting" from titles that all begin so; the latest title
// when they share none.
func (l *maker) commonTitle() string {
	var titles [][]string
	for _, m := range l.ms {
		if t := strings.Fields(withoutDate(m.facts.Title, m.date)); len(t) > 0 {
			titles = append(titles, t)
		}
	}
	if len(titles) == 0 {
		return ""
	}
	latest := titles[len(titles)-1]
	prefix, suffix := len(latest), len(latest)
	for _, t := range titles {
		p := 0
		for p < len(t) && p < prefix && strings.EqualFold(t[p], latest[p]) {
			p++
		}
		prefix = p
		s := 0
		for s < len(t) && s < suffix && strings.EqualFold(t[len(t)-1-s], latest[len(latest)-1-s]) {
			s++
		}
		suffix = s
	}
	switch {
	case prefix > 0:
		return strings.Join(latest[:prefix], " ")
	case suffix > 0 && suffix < len(latest):
		return strings.Join(latest[len(latest)-suffix:], " ")
	}
	return strings.Join(latest, " ")
}

// slug is name in lower case, letters and digits joined by "-".
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	if b.Len() == 0 {
		return "group"
	}
	return b.String()
}

// count tallies strings, remembering the order they were first seen.
type count struct {
	n     map[string]int
	order []string
	last  map[string]int // the index of the last file that had it
}

func (c *count) add(s string, file int) {
	if c.n == nil {
		c.n, c.last = map[string]int{}, map[string]int{}
	}
	if _, ok := c.n[s]; !ok {
		c.order = append(c.order, s)
	}
	c.n[s]++
	c.last[s] = file
}

// top returns the most counted string, the one of the latest file on a
// tie; "" when nothing was counted.
func (c *count) top() string {
	best := ""
	for _, s := range c.order {
		if best == "" || c.n[s] > c.n[best] || c.n[s] == c.n[best] && c.last[s] > c.last[best] {
			best = s
		}
	}
	return best
}

// sorted returns the strings counted, most counted first, then in the
// order first seen.
func (c *count) sorted() []string {
	out := append([]string(nil), c.order...)
	sort.SliceStable(out, func(i, j int) bool { return c.n[out[i]] > c.n[out[j]] })
	return out
}

// base returns the last element of a slash path.
func base(p string) string { return path.Base(p) }

// isIndex reports whether a file is a folder's index (README.md,
// index.md), which lists minutes and is none.
func isIndex(p string) bool {
	switch strings.ToLower(base(p)) {
	case "readme.md", "readme.markdown", "index.md", "index.markdown":
		return true
	}
	return false
}
