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

// meeting is the version of one meeting that Build reads.
type meeting struct {
	date     string
	file     string
	versions int
	doc      *core.Document
}

// Build reads the files, keeps the minutes among them (see the package
// doc), takes one version per meeting date and builds the registers. A nil
// profile is the CPANSec one. A file that does not parse is an error.
func Build(files []File, p *profile.Profile) (*Registers, error) {
	if p == nil {
		p = profile.Default()
	}
	ms, err := pick(files, p)
	if err != nil {
		return nil, err
	}
	r := &Registers{}
	r.attendance(ms, p)
	r.actions(ms, p)
	r.decisions(ms, p)
	return r, nil
}

// pick keeps one version per meeting date, in date order, and parses it.
func pick(files []File, p *profile.Profile) ([]meeting, error) {
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
		doc, err := core.Parse(f.Src, core.WithName(f.Name))
		if err != nil {
			return nil, err
		}
		out = append(out, meeting{date: date, file: f.Name, versions: count[date], doc: doc})
	}
	return out, nil
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
