package registersview

// File is a file the page gives, from a file field or a drop
// (profiledialog.File is one).
type File interface {
	Name() string
	// Path is its path in a chosen folder, or "" for a file chosen alone.
	Path() string
	Size() int64
	Read() ([]byte, error)
}

// Named is the file f as Picked, named name (its path in what was given).
func Named(f File, name string) Picked { return namedFile{f, name} }

// Files are the files of a file field as Picked, each named by its path
// in the folder chosen, else (a file chosen alone) by its own name.
func Files[F File](files []F) []Picked {
	out := make([]Picked, len(files))
	for i, f := range files {
		name := f.Path()
		if name == "" {
			name = f.Name()
		}
		out[i] = Named(f, name)
	}
	return out
}

type namedFile struct {
	File
	name string
}

func (f namedFile) Name() string               { return f.name }
func (f namedFile) Folder() bool               { return false }
func (f namedFile) Entries() ([]Picked, error) { return nil, nil }
