package registers

import (
	"io/fs"
	"path"
	"sort"

	"github.com/cpansec/minutes/core"
	"github.com/cpansec/minutes/core/profile"
	"github.com/cpansec/minutes/core/publish"
)

// File is one file of a minutes folder: its name (a path or a base name)
// and its content.
type File struct {
	Name string
	Src  []byte
}

// Registers are the three registers of a folder of minutes.
type Registers struct {
	// Meetings are the meetings in date order, with who attended.
	Meetings []Meeting
	// People are everyone named in an attendance role, sorted by handle.
	People []Person
	// Actions are the task items, in the order they first appeared.
	Actions []Action
	// Decisions are the decisions in meeting order.
	Decisions []Decision
}

// meeting is the version of one meeting that Build reads; doc is set
// while the meeting is read.
type meeting struct {
	date     string
	file     string
	versions int
	src      []byte
	doc      *core.Document
}

// Build reads the files, keeps the minutes among them (see the package
// doc), takes one version per meeting date and builds the registers. A nil
// profile is the CPANSec one. A file that does not parse is an error.
func Build(files []File, p *profile.Profile) (*Registers, error) {
	b := NewBuilder(files, p)
	for !b.Finished() {
		if err := b.Step(); err != nil {
			return nil, err
		}
	}
	return b.Registers(), nil
}

// A Builder builds the registers one meeting at a time, each in a few
// steps (parse, attendance, actions, decisions), so that a page can read
// a long history in slices between which it stays responsive; Build is a
// Builder run to the end.
type Builder struct {
	p     *profile.Profile
	ms    []meeting
	next  int // the meeting being read
	phase int // its next step, an index of phases
	r     Registers
	att   attendance
	act   actions
	dec   decisions
}

// NewBuilder chooses the meetings to read among files (one version per
// meeting date, see the package doc); a nil profile is the CPANSec one.
func NewBuilder(files []File, p *profile.Profile) *Builder {
	if p == nil {
		p = profile.Default()
	}
	return &Builder{p: p, ms: pick(files, p), att: newAttendance(), act: newActions(), dec: newDecisions(p)}
}

// Meetings returns how many meetings the Builder has read and will read
// in all.
func (b *Builder) Meetings() (read, total int) { return b.next, len(b.ms) }

// Finished reports whether every meeting has been read.
func (b *Builder) Finished() bool { return b.next == len(b.ms) }

// phases are the steps of reading one meeting, in order.
var phases = []func(b *Builder, m *meeting) error{
	func(b *Builder, m *meeting) error {
		doc, err := core.Parse(m.src, core.WithName(m.file))
		m.doc = doc
		return err
	},
	func(b *Builder, m *meeting) error {
		b.r.Meetings = append(b.r.Meetings, b.att.read(*m, b.p))
		return nil
	},
	func(b *Builder, m *meeting) error { b.act.read(*m, b.p); return nil },
	func(b *Builder, m *meeting) error { b.r.Decisions = b.dec.read(b.r.Decisions, *m); return nil },
}

// Step takes the next step of reading the current meeting; a file that
// does not parse is an error, and stops the Builder.
func (b *Builder) Step() error {
	if b.Finished() {
		return nil
	}
	m := &b.ms[b.next]
	if err := phases[b.phase](b, m); err != nil {
		b.ms = b.ms[:b.next]
		return err
	}
	if b.phase++; b.phase == len(phases) {
		m.doc, m.src = nil, nil // a long history is not kept parsed
		b.next, b.phase = b.next+1, 0
	}
	return nil
}

// Registers returns the registers of the meetings read so far.
func (b *Builder) Registers() *Registers {
	r := b.r
	r.People = b.att.people()
	r.Actions = b.act.list()
	return &r
}

// Pick returns the files Build reads of files, in date order: one version
// per meeting date (see the package doc). These are enough to build the
// registers again, less Meeting.Versions; a nil profile is the CPANSec one.
func Pick(files []File, p *profile.Profile) []File {
	if p == nil {
		p = profile.Default()
	}
	ms := pick(files, p)
	out := make([]File, len(ms))
	for i, m := range ms {
		out[i] = File{Name: m.file, Src: m.src}
	}
	return out
}

// pick keeps one version per meeting date, in date order.
func pick(files []File, p *profile.Profile) []meeting {
	best := map[string]*File{}
	count := map[string]int{}
	for i := range files {
		f := &files[i]
		d, ok := publish.DateFromFileName(p, f.Name)
		if !ok {
			continue
		}
		date := d.DateString()
		count[date]++
		if b := best[date]; b == nil || len(f.Src) > len(b.Src) || len(f.Src) == len(b.Src) && f.Name > b.Name {
			best[date] = f
		}
	}
	dates := make([]string, 0, len(best))
	for d := range best {
		dates = append(dates, d)
	}
	sort.Strings(dates)
	out := make([]meeting, 0, len(dates))
	for _, date := range dates {
		f := best[date]
		out = append(out, meeting{date: date, file: f.Name, versions: count[date], src: f.Src})
	}
	return out
}

// ReadFS reads the regular files at the top of fsys (a folder opened with
// os.DirFS, or the files a page was given) for Build.
func ReadFS(fsys fs.FS) ([]File, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	var out []File
	for _, e := range entries {
		if !e.Type().IsRegular() || path.Ext(e.Name()) != ".md" {
			continue
		}
		src, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, File{Name: e.Name(), Src: src})
	}
	return out, nil
}
